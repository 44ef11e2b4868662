// PostgreSQL 15's lock levels and table work per statement, from the
// documentation of ALTER TABLE, CREATE INDEX and the explicit-locking chapter.
// A statement on a table (or materialized view) created earlier in the same
// migration risks nothing: no one else can see it until the migration commits.

#include "lint/statementlocks.h"

#include "columntype.h"

namespace sw {

namespace {

using sql::Token;

// Reads tokens left to right; words are lower-cased by the tokenizer. From SQL,
// each token is read when first looked at: most statements are known by their
// first words, and the rest of a table's columns or a function's body is not read.
class Cursor {
public:
    explicit Cursor(QList<Token> tokens) : m_tokens(std::move(tokens)) {}
    explicit Cursor(const QString &sql) : m_more(std::in_place, sql) {}

    bool atEnd() { return !peek(); }
    const Token *peek(int ahead = 0)
    {
        while (m_more && m_at + ahead >= m_tokens.size()) {
            std::optional<Token> t = m_more->next();
            if (!t)
                m_more.reset();
            else
                m_tokens << std::move(*t);
        }
        return m_at + ahead < m_tokens.size() ? &m_tokens.at(m_at + ahead) : nullptr;
    }
    bool is(const char *word, int ahead = 0) { return peek(ahead) && peek(ahead)->isWord(word); }
    bool accept(const char *word)
    {
        if (!is(word))
            return false;
        ++m_at;
        return true;
    }
    void skip()
    {
        peek();  // read before passed, as if all were read at once
        ++m_at;
    }
    // A possibly qualified name: "orders", "billing.orders".
    sql::ObjectName name()
    {
        sql::ObjectName name;
        if (!peek() || !peek()->isName())
            return name;
        name.name = m_tokens.at(m_at++).text;
        if (peek() && peek()->isSymbol(".") && peek(1) && peek(1)->isName()) {
            name.schema = name.name;
            name.name = m_tokens.at(m_at + 1).text;
            m_at += 2;
        }
        return name;
    }
    // The table named after the next ON: "CREATE INDEX … ON [ONLY] orders", "CREATE TRIGGER … ON orders".
    sql::ObjectName tableAfterOn()
    {
        while (!atEnd() && !is("on"))
            skip();
        accept("on");
        accept("only");
        return name();
    }
    // The tokens up to the next comma outside parentheses (an ALTER TABLE action), consumed with the comma.
    QList<Token> untilComma()
    {
        QList<Token> part;
        int depth = 0;
        for (; peek(); ++m_at) {
            const Token &t = m_tokens.at(m_at);
            if (t.isSymbol("("))
                ++depth;
            else if (t.isSymbol(")"))
                --depth;
            else if (depth == 0 && t.isSymbol(",")) {
                ++m_at;
                break;
            }
            part << t;
        }
        return part;
    }
    QList<Token> rest()
    {
        while (peek(int(m_tokens.size() - m_at))) {
        }
        return m_tokens.mid(m_at);
    }

private:
    QList<Token> m_tokens;
    std::optional<sql::Tokenizer> m_more;  // the tokens not read yet
    qsizetype m_at = 0;
};

bool hasWord(const QList<Token> &tokens, const char *word)
{
    return std::any_of(tokens.begin(), tokens.end(), [&](const Token &t) { return t.isWord(word); });
}

bool hasWords(const QList<Token> &tokens, const char *first, const char *second)
{
    for (qsizetype i = 0; i + 1 < tokens.size(); ++i)
        if (tokens.at(i).isWord(first) && tokens.at(i + 1).isWord(second))
            return true;
    return false;
}

// Functions PostgreSQL marks volatile that a default is written with: such a
// default is computed per row, so adding the column rewrites the table.
bool callsVolatileFunction(const QList<Token> &tokens)
{
    static const QSet<QString> volatileFunctions{
        QStringLiteral("random"), QStringLiteral("clock_timestamp"), QStringLiteral("timeofday"), QStringLiteral("gen_random_uuid"),
        QStringLiteral("uuid_generate_v1"), QStringLiteral("uuid_generate_v1mc"), QStringLiteral("uuid_generate_v4"), QStringLiteral("nextval"),
        QStringLiteral("txid_current"), QStringLiteral("pg_current_xact_id")};
    for (qsizetype i = 0; i + 1 < tokens.size(); ++i)
        if (tokens.at(i).kind == Token::Kind::Word && volatileFunctions.contains(tokens.at(i).text) && tokens.at(i + 1).isSymbol("("))
            return true;
    return false;
}

// The words of a column definition where its type ends.
bool startsConstraint(const Token &t)
{
    static const QSet<QString> words{QStringLiteral("not"), QStringLiteral("null"), QStringLiteral("default"), QStringLiteral("primary"),
                                     QStringLiteral("unique"), QStringLiteral("references"), QStringLiteral("check"), QStringLiteral("constraint"),
                                     QStringLiteral("generated"), QStringLiteral("collate")};
    return t.kind == Token::Kind::Word && words.contains(t.text);
}

QString typeText(const QList<Token> &tokens)
{
    QString text;
    for (const Token &t : tokens) {
        if (startsConstraint(t) || t.isWord("using"))
            break;
        const bool glue = t.kind == Token::Kind::Symbol || text.endsWith(QLatin1Char('(')) || text.endsWith(QLatin1Char(',')) || text.isEmpty();
        text += (glue ? QString() : QStringLiteral(" ")) + t.text;
    }
    return text;
}

bool changesOnlyTheCatalog(const QString &fromText, const QString &toText)
{
    const auto from = parseColumnType(fromText), to = parseColumnType(toText);
    return from && to && typeChangeKeepsRows(*from, *to);
}

// "col IS NOT NULL" as a whole check expression: the column it proves NOT NULL.
QString notNullCheckColumn(const QList<Token> &tokens)
{
    QList<Token> inner;
    for (const Token &t : tokens)
        if (!t.isSymbol("(") && !t.isSymbol(")"))
            inner << t;
    if (inner.size() == 4 && inner.at(0).isName() && inner.at(1).isWord("is") && inner.at(2).isWord("not") && inner.at(3).isWord("null"))
        return inner.at(0).text;
    return {};
}

class Analysis {
public:
    Analysis(MigrationLocks &m, StatementSafety &s) : m_migration(m), m_safety(s) {}

    void statement(Cursor &c);

private:
    void takes(LockMode lock, TableWork work)
    {
        m_safety.lock = std::max(m_safety.lock, lock);
        m_safety.work = std::max(m_safety.work, work);
    }
    void finding(const char *code, const char *squawk, const QString &column, const QString &message, bool note = false)
    {
        if (!m_new)  // a table made in this migration is empty and unseen
            m_safety.findings << SafetyFinding{QLatin1String(code), QLatin1String(squawk), m_safety.table, column, message, note};
    }
    void onTable(const sql::ObjectName &name)
    {
        m_key = SimulatedSchema::key(name);
        m_safety.table = name.schema.isEmpty() ? name.name : name.schema + QLatin1Char('.') + name.name;
        m_new = m_safety.newTable = m_migration.created.contains(m_key);
    }
    void createStatement(Cursor &c);
    void dropStatement(Cursor &c);
    void alterTable(Cursor &c);
    void alterAction(QList<Token> action);
    void addColumn(const QList<Token> &definition);
    void alterColumn(const QString &column, Cursor &c);
    void addConstraint(const QList<Token> &tokens);

    MigrationLocks &m_migration;
    StatementSafety &m_safety;
    QString m_key;
    bool m_new = false;
};

void Analysis::statement(Cursor &c)
{
    if (c.accept("set")) {  // SET [LOCAL | SESSION] lock_timeout …
        c.accept("local") || c.accept("session");
        if (c.is("lock_timeout"))
            m_migration.lockTimeout = true;
        return;
    }
    if (c.accept("create")) {
        createStatement(c);
        return;
    }
    if (c.accept("drop")) {
        dropStatement(c);
        return;
    }
    if (c.accept("alter") && c.accept("table")) {
        alterTable(c);
        return;
    }
    if (c.accept("insert") && c.accept("into")) {
        onTable(c.name());
        takes(LockMode::RowExclusive, TableWork::Rows);
        return;
    }
    if (c.accept("update")) {
        c.accept("only");
        onTable(c.name());
        takes(LockMode::RowExclusive, TableWork::Rows);
        return;
    }
    if (c.accept("delete") && c.accept("from")) {
        c.accept("only");
        onTable(c.name());
        takes(LockMode::RowExclusive, TableWork::Rows);
    }
}

// CREATE …, after its first word.
void Analysis::createStatement(Cursor &c)
{
    c.accept("or") && c.accept("replace");
    c.accept("unique");
    if (c.accept("index")) {
        const bool concurrently = c.accept("concurrently");
        onTable(c.tableAfterOn());
        takes(concurrently ? LockMode::ShareUpdateExclusive : LockMode::Share, TableWork::Scan);
        if (!concurrently)
            finding("index-blocks-writes", "require-concurrent-index-creation", {},
                    QStringLiteral("CREATE INDEX on %1 blocks its writes (SHARE lock) while it reads the whole table; "
                                   "use CREATE INDEX CONCURRENTLY, alone in its migration, inside op.get_context().autocommit_block()").arg(m_safety.table));
        return;
    }
    c.accept("unlogged") || c.accept("temporary") || c.accept("temp");
    // A materialized view made here is as new as a table: its indexes block no one.
    if (c.accept("table") || (c.accept("materialized") && c.accept("view"))) {
        c.accept("if") && c.accept("not") && c.accept("exists");
        onTable(c.name());
        m_migration.created.insert(m_key);
        m_new = m_safety.newTable = true;
        takes(LockMode::AccessExclusive, TableWork::Catalog);
        return;
    }
    if (c.accept("trigger") || (c.accept("constraint") && c.accept("trigger"))) {
        onTable(c.tableAfterOn());
        takes(LockMode::ShareRowExclusive, TableWork::Catalog);
    }
    return;  // functions, views, sequences, types: no table of the design is locked
}

// DROP …, after its first word.
void Analysis::dropStatement(Cursor &c)
{
    if (c.accept("index")) {
        const bool concurrently = c.accept("concurrently");
        c.accept("if") && c.accept("exists");
        const sql::ObjectName index = c.name();
        m_safety.table = index.schema.isEmpty() ? index.name : index.schema + QLatin1Char('.') + index.name;
        takes(concurrently ? LockMode::ShareUpdateExclusive : LockMode::AccessExclusive, TableWork::Catalog);
        if (!concurrently)
            finding("drop-index-blocks", "require-concurrent-index-deletion", {},
                    QStringLiteral("DROP INDEX %1 locks its table against reads and writes (ACCESS EXCLUSIVE) and waits for every query on it; "
                                   "use DROP INDEX CONCURRENTLY, alone in its migration, inside op.get_context().autocommit_block()").arg(m_safety.table));
        return;
    }
    if (c.accept("table")) {
        c.accept("if") && c.accept("exists");
        onTable(c.name());
        takes(LockMode::AccessExclusive, TableWork::Catalog);
        finding("drops-table", "ban-drop-table", {},
                QStringLiteral("DROP TABLE %1 removes it and its rows; code still running against it fails. "
                               "Stop using it in the application first, in an earlier release").arg(m_safety.table));
        return;
    }
    if (c.accept("trigger")) {
        onTable(c.tableAfterOn());
        takes(LockMode::AccessExclusive, TableWork::Catalog);
    }
    return;
}

void Analysis::alterTable(Cursor &c)
{
    c.accept("if") && c.accept("exists");
    c.accept("only");
    onTable(c.name());
    if (c.is("rename")) {
        takes(LockMode::AccessExclusive, TableWork::Catalog);
        c.skip();
        if (c.accept("to")) {
            finding("renames-table", "renaming-table", {},
                    QStringLiteral("renaming %1 breaks code that still uses the old name while the new release rolls out; "
                                   "add a view under the old name, or rename in steps with the application").arg(m_safety.table));
        } else if (!c.is("constraint")) {
            c.accept("column");
            const QString column = c.peek() ? c.peek()->text : QString();
            finding("renames-column", "renaming-column", column,
                    QStringLiteral("renaming %1.%2 breaks code that still uses the old name while the new release rolls out; "
                                   "add the new column, write both, move readers, then drop the old one").arg(m_safety.table, column));
        }
        return;
    }
    while (!c.atEnd())
        alterAction(c.untilComma());
}

void Analysis::alterAction(QList<Token> action)
{
    Cursor c(action);
    if (c.accept("add")) {
        if (c.is("constraint") || c.is("check") || c.is("foreign") || c.is("unique") || c.is("primary") || c.is("exclude")) {
            addConstraint(c.rest());
            return;
        }
        c.accept("column");
        c.accept("if") && c.accept("not") && c.accept("exists");
        addColumn(c.rest());
        return;
    }
    if (c.accept("drop")) {
        takes(LockMode::AccessExclusive, TableWork::Catalog);
        if (c.accept("constraint"))
            return;
        c.accept("column");
        c.accept("if") && c.accept("exists");
        const QString column = c.peek() ? c.peek()->text : QString();
        finding("drops-column", "ban-drop-column", column,
                QStringLiteral("dropping %1.%2 breaks code that still reads or writes it while the new release rolls out; "
                               "stop using it in the application first, in an earlier release").arg(m_safety.table, column));
        return;
    }
    if (c.accept("alter")) {
        c.accept("column");
        const QString column = c.peek() ? c.peek()->text : QString();
        c.skip();
        alterColumn(column, c);
        return;
    }
    if (c.accept("validate") && c.accept("constraint")) {
        takes(LockMode::ShareUpdateExclusive, TableWork::Scan);
        // A NOT VALID "col IS NOT NULL" check, validated now, proves its column.
        const QString column = m_migration.notValidNotNull.take(m_key + QLatin1Char('#') + (c.peek() ? c.peek()->text : QString()));
        if (!column.isEmpty())
            m_migration.provenNotNull[m_key].insert(column);
        return;
    }
    if (c.is("enable") || c.is("disable")) {
        takes(LockMode::ShareRowExclusive, TableWork::Catalog);
        return;
    }
    if ((c.accept("set") && (c.is("logged") || c.is("unlogged") || c.is("tablespace"))) || hasWords(action, "set", "access")) {
        takes(LockMode::AccessExclusive, TableWork::Rewrite);
        return;
    }
    if (c.is("attach") || c.is("detach")) {
        takes(LockMode::ShareUpdateExclusive, TableWork::Scan);
        return;
    }
    takes(LockMode::AccessExclusive, TableWork::Catalog);  // anything else: the strongest lock, briefly
}

void Analysis::addColumn(const QList<Token> &definition)
{
    const QString column = definition.isEmpty() ? QString() : definition.first().text;
    const QString type = typeText(definition.mid(1));
    const auto parsed = parseColumnType(type);
    const bool serial = parsed && parsed->isSerial();
    const bool primaryKey = hasWords(definition, "primary", "key");
    qsizetype defaultAt = -1;
    for (qsizetype i = 0; i < definition.size(); ++i)
        if (definition.at(i).isWord("default"))
            defaultAt = i;
    const bool hasDefault = defaultAt >= 0;
    const bool volatileDefault = hasDefault && callsVolatileFunction(definition.mid(defaultAt));
    const bool generated = hasWord(definition, "generated");
    const bool notNull = hasWords(definition, "not", "null") || primaryKey;
    takes(LockMode::AccessExclusive, TableWork::Catalog);
    if (serial || volatileDefault || generated) {
        takes(LockMode::AccessExclusive, TableWork::Rewrite);
        if (serial && primaryKey)
            finding("serial-primary-key-rewrites", "adding-serial-primary-key-field", column,
                    QStringLiteral("adding %1.%2 as a serial primary key rewrites the table and builds its index under an ACCESS EXCLUSIVE lock; "
                                   "add the column, fill it in batches, build a unique index CONCURRENTLY, then ADD PRIMARY KEY USING INDEX").arg(m_safety.table, column));
        else
            finding("default-rewrites-table", "adding-field-with-default", column,
                    QStringLiteral("adding %1.%2 with a value computed per row rewrites the whole table under an ACCESS EXCLUSIVE lock (no reads, no writes); "
                                   "add it without a default (or with a constant one), then fill it in batches").arg(m_safety.table, column));
    } else if (notNull && !hasDefault) {
        finding("not-null-without-default", "adding-required-field", column,
                QStringLiteral("adding %1.%2 NOT NULL without a default fails on a table that holds rows; "
                               "add it nullable, fill it in batches, then make it NOT NULL through a validated CHECK").arg(m_safety.table, column));
    }
    if (hasWord(definition, "references")) {
        takes(LockMode::ShareRowExclusive, TableWork::Scan);
        finding("foreign-key-scans", "adding-foreign-key-constraint", column,
                QStringLiteral("the foreign key on %1.%2 is checked against every row while both tables are locked against writes; "
                               "add the column, then the key NOT VALID, then VALIDATE CONSTRAINT in a following migration").arg(m_safety.table, column));
    }
    if (hasWord(definition, "unique") || (primaryKey && !serial)) {
        takes(LockMode::AccessExclusive, TableWork::Scan);
        finding(primaryKey ? "primary-key-builds-index" : "unique-builds-index", primaryKey ? "adding-serial-primary-key-field" : "disallowed-unique-constraint",
                column, QStringLiteral("the %1 on %2.%3 builds its index under an ACCESS EXCLUSIVE lock; "
                                       "build a unique index CONCURRENTLY first, then add the constraint USING INDEX")
                            .arg(primaryKey ? QStringLiteral("primary key") : QStringLiteral("unique constraint"), m_safety.table, column));
    }
}

void Analysis::alterColumn(const QString &column, Cursor &c)
{
    if (c.is("set") && c.is("data", 1)) {
        c.skip();
        c.skip();
    }
    if (c.accept("type")) {
        const QString to = typeText(c.rest());
        const sql::ColumnDefinition *current = m_migration.schema().column(m_key, column);
        const bool catalogOnly = current && changesOnlyTheCatalog(current->type, to) && !hasWord(c.rest(), "using");
        takes(LockMode::AccessExclusive, catalogOnly ? TableWork::Catalog : TableWork::Rewrite);
        if (!catalogOnly)
            finding("type-change-rewrites", "changing-column-type", column,
                    QStringLiteral("changing %1.%2 to %3 rewrites the table and its indexes under an ACCESS EXCLUSIVE lock (no reads, no writes); "
                                   "add a new column, fill it in batches, and switch the application over").arg(m_safety.table, column, to));
        else  // no risk to the table, but clients that read the column's type see another one
            finding("type-change-in-catalog", "changing-column-type", column,
                    QStringLiteral("%1.%2 becomes %3 in the catalog only (no rewrite, a brief ACCESS EXCLUSIVE lock); "
                                   "code that reads the column's type sees the new one").arg(m_safety.table, column, to),
                    true);
        return;
    }
    if ((c.is("set") || c.is("drop")) && c.is("not", 1) && c.is("null", 2)) {
        const bool setting = c.is("set");
        takes(LockMode::AccessExclusive, TableWork::Catalog);
        if (!setting) {
            finding("drops-not-null", "ban-drop-not-null", column,
                    QStringLiteral("%1.%2 may now be NULL: code that reads it may not expect that").arg(m_safety.table, column));
            return;
        }
        if (m_migration.provenNotNull.value(m_key).contains(column))
            return;  // a valid CHECK (col IS NOT NULL) lets PostgreSQL skip the scan
        takes(LockMode::AccessExclusive, TableWork::Scan);
        finding("set-not-null-scans", "adding-not-nullable-field", column,
                QStringLiteral("SET NOT NULL on %1.%2 reads the whole table under an ACCESS EXCLUSIVE lock (no reads, no writes); "
                               "add CHECK (%2 IS NOT NULL) NOT VALID, VALIDATE it, then SET NOT NULL, which then only touches the catalog").arg(m_safety.table, column));
        return;
    }
    // SET / DROP DEFAULT, statistics, storage, identity: the catalog, under the strongest lock, briefly.
    takes(hasWord(c.rest(), "statistics") ? LockMode::ShareUpdateExclusive : LockMode::AccessExclusive, TableWork::Catalog);
}

void Analysis::addConstraint(const QList<Token> &tokens)
{
    Cursor c(tokens);
    QString name;
    if (c.accept("constraint")) {
        name = c.peek() ? c.peek()->text : QString();
        c.skip();
    }
    const bool notValid = hasWords(tokens, "not", "valid");
    if (c.accept("check")) {
        takes(LockMode::AccessExclusive, notValid ? TableWork::Catalog : TableWork::Scan);
        const QString proves = notNullCheckColumn(c.rest().mid(0, c.rest().size() - (notValid ? 2 : 0)));
        if (!proves.isEmpty() && notValid)
            m_migration.notValidNotNull.insert(m_key + QLatin1Char('#') + name, proves);
        else if (!proves.isEmpty())
            m_migration.provenNotNull[m_key].insert(proves);
        if (!notValid)
            finding("check-scans", "constraint-missing-not-valid", {},
                    QStringLiteral("the check %1 on %2 is tested on every row under an ACCESS EXCLUSIVE lock (no reads, no writes); "
                                   "add it NOT VALID, then VALIDATE CONSTRAINT in a following migration").arg(name, m_safety.table));
        return;
    }
    if (c.accept("foreign")) {
        takes(LockMode::ShareRowExclusive, notValid ? TableWork::Catalog : TableWork::Scan);
        if (!notValid)
            finding("foreign-key-scans", "adding-foreign-key-constraint,constraint-missing-not-valid", {},
                    QStringLiteral("the foreign key %1 on %2 is checked against every row while both tables are locked against writes; "
                                   "add it NOT VALID, then VALIDATE CONSTRAINT in a following migration").arg(name, m_safety.table));
        return;
    }
    const bool unique = c.is("unique");
    if (unique || c.is("primary")) {
        if (hasWords(tokens, "using", "index")) {
            takes(LockMode::AccessExclusive, TableWork::Catalog);
            return;
        }
        takes(LockMode::AccessExclusive, TableWork::Scan);
        finding(unique ? "unique-builds-index" : "primary-key-builds-index",
                unique ? "disallowed-unique-constraint,constraint-missing-not-valid" : "adding-serial-primary-key-field", {},
                QStringLiteral("%1 on %2 builds its index under an ACCESS EXCLUSIVE lock; build a unique index CONCURRENTLY first, "
                               "then add the constraint USING INDEX").arg(name.isEmpty() ? QStringLiteral("the constraint") : name, m_safety.table));
        return;
    }
    takes(LockMode::AccessExclusive, TableWork::Scan);  // EXCLUDE: builds its index
}

} // namespace

QString lockModeName(LockMode lock)
{
    switch (lock) {
    case LockMode::None: return QStringLiteral("none");
    case LockMode::AccessShare: return QStringLiteral("ACCESS SHARE");
    case LockMode::RowShare: return QStringLiteral("ROW SHARE");
    case LockMode::RowExclusive: return QStringLiteral("ROW EXCLUSIVE");
    case LockMode::ShareUpdateExclusive: return QStringLiteral("SHARE UPDATE EXCLUSIVE");
    case LockMode::Share: return QStringLiteral("SHARE");
    case LockMode::ShareRowExclusive: return QStringLiteral("SHARE ROW EXCLUSIVE");
    case LockMode::Exclusive: return QStringLiteral("EXCLUSIVE");
    case LockMode::AccessExclusive: return QStringLiteral("ACCESS EXCLUSIVE");
    }
    return {};
}

QString lockBlocks(LockMode lock)
{
    switch (lock) {
    case LockMode::AccessExclusive: return QStringLiteral("reads and writes");
    case LockMode::Exclusive:
    case LockMode::ShareRowExclusive:
    case LockMode::Share: return QStringLiteral("writes");
    case LockMode::ShareUpdateExclusive: return QStringLiteral("other schema changes and VACUUM");
    default: return QStringLiteral("nothing but table-wide locks");
    }
}

QString tableWorkName(TableWork work)
{
    switch (work) {
    case TableWork::None: return QStringLiteral("no table");
    case TableWork::Catalog: return QStringLiteral("catalog only");
    case TableWork::Rows: return QStringLiteral("changes rows");
    case TableWork::Scan: return QStringLiteral("scans the table");
    case TableWork::Rewrite: return QStringLiteral("rewrites the table");
    }
    return {};
}

const SimulatedSchema &MigrationLocks::schema()
{
    if (!m_before)
        m_before = &m_made.emplace(m_makeBefore());
    return *m_before;
}

StatementSafety MigrationLocks::analyse(const QString &statement)
{
    StatementSafety safety;
    Cursor cursor(statement);
    Analysis(*this, safety).statement(cursor);
    // One finding per migration: the first statement that waits for a strong lock on a table in use.
    const bool blocking = safety.lock >= LockMode::Share && safety.lock != LockMode::ShareUpdateExclusive;
    if (blocking && !lockTimeout && !lockTimeoutReported && !safety.table.isEmpty() && !safety.newTable) {
        lockTimeoutReported = true;
        safety.findings.prepend(SafetyFinding{QStringLiteral("no-lock-timeout"), QStringLiteral("require-lock-timeout"), safety.table, {},
                                              QStringLiteral("this migration waits for the %1 lock on %2 without lock_timeout: behind one long query it blocks "
                                                             "every other query on the table for as long; begin upgrade() with SET LOCAL lock_timeout = '5s'")
                                                  .arg(lockModeName(safety.lock), safety.table)});
    }
    return safety;
}

QList<StatementLockMark> blockLocks(const QString &sql, int firstLine, MigrationLocks &locks)
{
    QList<StatementLockMark> marks;
    for (const sql::Statement &statement : sql::splitStatements(sql))
        marks << StatementLockMark{firstLine + statement.line, statement.text, locks.analyse(statement.text)};
    return marks;
}

QList<StatementLockMark> planLocks(const QList<MigrationStep> &upgrade, const QList<int> &sqlLines, const Project &before)
{
    MigrationLocks locks([&before] { return SimulatedSchema::of(before); });
    QList<StatementLockMark> marks;
    for (qsizetype i = 0; i < upgrade.size(); ++i)
        marks += blockLocks(upgrade.at(i).sql, sqlLines.at(i), locks);
    return marks;
}

} // namespace sw
