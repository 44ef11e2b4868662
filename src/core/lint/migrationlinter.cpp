// Lint replays each migration's SQL on a simulated schema, in chain order,
// and checks after each one that main tables, history tables and trigger
// functions moved together, and that the downgrade puts things back.

#include "lint/migrationlinter.h"

#include "columntype.h"
#include "conventions.h"
#include "history/historyfunction.h"
#include "lint/chainrules.h"
#include "lint/simulatedschema.h"
#include "lint/statementlocks.h"
#include "sql/sqlreader.h"

#include <QSet>

namespace sw {

namespace {

using sql::DdlAction;

struct ColumnChange {
    QString column;
    QString newName;
    int line = 0;
};

// What one upgrade() did, table by table.
struct UpgradeRecord {
    QMap<QString, QList<ColumnChange>> added, dropped, renamed;
    QMap<QString, int> functionsWritten;  // name -> line where its body starts
    QSet<QString> tablesCreated;
    QSet<QString> tablesTouched;
};

QString historyType(const QString &type)
{
    const auto parsed = parseColumnType(type);
    return parsed ? parsed->withoutSerial().canonical() : type;
}

class MigrationChecker {
public:
    explicit MigrationChecker(const LintOptions &options) : m_options(options) {}

    QList<Problem> run(const QList<MigrationScript> &scripts)
    {
        for (const MigrationScript &s : chainOrder(scripts))
            check(s);
        return m_findings;
    }

private:
    void add(const MigrationScript &s, const QString &code, int line, const QString &table, const QString &column, const QString &message,
             Problem::Severity severity = Problem::Severity::Error)
    {
        m_findings.append(Problem{severity, code, message, s.info.path, {}, table, column, line, s.info.revision});
    }

    void check(const MigrationScript &s);
    void reportPython(const MigrationScript &s, const MigrationFunction &f);
    UpgradeRecord replayUpgrade(const MigrationScript &s);
    void checkPairs(const MigrationScript &s, const UpgradeRecord &record);
    void checkFunctions(const MigrationScript &s, const UpgradeRecord &record);
    void checkHistoryTables(const MigrationScript &s, const UpgradeRecord &record);
    void checkDowngrade(const MigrationScript &s, const SimulatedSchema &before);
    void checkLocks(const MigrationScript &s, const SqlBlock &block, MigrationLocks &locks);

    SimulatedSchema m_schema;
    // What the CHECK (col IS NOT NULL) constraints of the chain so far prove (MigrationLocks).
    QMap<QString, QSet<QString>> m_provenNotNull;
    QMap<QString, QString> m_notValidNotNull;
    QList<Problem> m_findings;
    LintOptions m_options;
};

// Statements that change rows or settings, not the schema: a fill has nothing
// to undo on the way down (a production-safe backfill migration).
bool onlyChangesData(const MigrationFunction &f)
{
    static const QSet<QString> dataWords{"update", "insert", "delete", "do", "set", "reset", "select", "analyze", "vacuum", "copy"};
    if (!f.isPlainSql())
        return false;
    for (const SqlBlock &block : f.executes)
        for (const sql::Statement &statement : sql::splitStatements(block.sql)) {
            const QList<sql::Token> tokens = sql::tokenize(statement.text);
            if (!tokens.isEmpty() && !(tokens.first().kind == sql::Token::Kind::Word && dataWords.contains(tokens.first().text)))
                return false;
        }
    return true;
}

// CREATE/DROP INDEX CONCURRENTLY, REINDEX … CONCURRENTLY: PostgreSQL refuses them in a transaction block.
bool runsOnlyOutsideTransaction(const QList<sql::Token> &tokens)
{
    if (tokens.isEmpty() || !(tokens.first().isWord("create") || tokens.first().isWord("drop") || tokens.first().isWord("reindex")))
        return false;
    for (qsizetype i = 1; i < std::min<qsizetype>(tokens.size(), 5); ++i)
        if (tokens.at(i).isWord("concurrently"))
            return true;
    return false;
}

void MigrationChecker::check(const MigrationScript &s)
{
    if (!s.upgrade.present)
        add(s, QStringLiteral("missing-upgrade"), s.info.revisionLine, {}, {}, QStringLiteral("the migration has no upgrade()"));
    if (!s.downgrade.present)
        add(s, QStringLiteral("missing-downgrade"), s.upgrade.line, {}, {}, QStringLiteral("the migration has no downgrade(): it cannot be rolled back"));
    else if (s.downgrade.isEmpty() && !s.upgrade.isEmpty() && !onlyChangesData(s.upgrade))
        add(s, QStringLiteral("empty-downgrade"), s.downgrade.line, {}, {},
            QStringLiteral("downgrade() does nothing, but upgrade() changes the schema"));
    reportPython(s, s.upgrade);
    reportPython(s, s.downgrade);

    const SimulatedSchema before = m_schema;
    const UpgradeRecord record = replayUpgrade(s);
    checkPairs(s, record);
    checkFunctions(s, record);
    checkHistoryTables(s, record);
    checkDowngrade(s, before);
}

void MigrationChecker::reportPython(const MigrationScript &s, const MigrationFunction &f)
{
    for (const PythonStatement &p : f.otherOperations + f.notUnderstood)
        add(s, QStringLiteral("not-understood"), p.line, {}, {},
            QStringLiteral("lint follows op.execute() with literal SQL only and skips: %1").arg(p.text), Problem::Severity::Warning);
}

// Each statement's lock on a table that holds rows, and the risky ones as
// warnings; a name PostgreSQL would cut at 63 bytes as an error.
void MigrationChecker::checkLocks(const MigrationScript &s, const SqlBlock &block, MigrationLocks &locks)
{
    for (const sql::Statement &statement : sql::splitStatements(block.sql)) {
        const QList<sql::Token> tokens = sql::tokenize(statement.text);
        if (!block.autocommit && runsOnlyOutsideTransaction(tokens)) {
            add(s, QStringLiteral("concurrently-in-transaction"), block.line + statement.line, {}, {},
                QStringLiteral("%1 cannot run inside a transaction block, and Alembic runs upgrade() in one: put it alone in its migration, "
                               "inside `with op.get_context().autocommit_block():`").arg(statement.text.simplified().left(60)));
            m_findings.last().squawk = QStringLiteral("ban-concurrent-index-creation-in-transaction");
        }
        for (const sql::Token &t : tokens)
            if (t.isName() && t.text.toUtf8().size() > 63) {
                add(s, QStringLiteral("identifier-too-long"), block.line + t.line + statement.line, {}, {},
                    QStringLiteral("%1 is %2 bytes long: PostgreSQL cuts names at 63 bytes, so the object gets another name than the one written")
                        .arg(t.text.left(40) + QStringLiteral("…"))
                        .arg(t.text.toUtf8().size()));
                m_findings.last().squawk = QStringLiteral("identifier-too-long");
            }
    }
    for (const StatementLockMark &mark : blockLocks(block.sql, block.line, locks)) {
        const StatementSafety &safety = mark.safety;
        const int line = mark.line;
        if (safety.lock != LockMode::None && m_options.statements)
            m_options.statements->append({s.info.path, s.info.revision, line, lockModeName(safety.lock), tableWorkName(safety.work), lockBlocks(safety.lock),
                                          safety.table, safety.newTable, mark.statement.trimmed().section(QLatin1Char('\n'), 0, 0)});
        for (SafetyFinding f : safety.findings) {
            Problem::Severity severity = f.note ? Problem::Severity::Info : Problem::Severity::Warning;
            if (m_options.tableSizes && !f.note) {
                const QString key = f.table.contains(QLatin1Char('.')) ? f.table : QStringLiteral("public.") + f.table;
                if (m_options.tableSizes->contains(key))
                    weighByTableSize(f, severity, m_options.tableSizes->value(key));
                else
                    f.message = QStringLiteral("%1 is not in the database yet; ").arg(f.table) + f.message;
            }
            // A history table's finding names its main table (the message names the history table).
            const QString main = m_schema.mainTableOfHistory(f.table);
            add(s, f.code, line, main.isEmpty() ? f.table : main, f.column, f.message, severity);
            m_findings.last().squawk = f.squawk;
            if (const qsizetype dot = m_findings.last().table.indexOf(QLatin1Char('.')); dot > 0) {
                m_findings.last().schema = m_findings.last().table.left(dot);
                m_findings.last().table = m_findings.last().table.mid(dot + 1);
            }
        }
    }
}

UpgradeRecord MigrationChecker::replayUpgrade(const MigrationScript &s)
{
    UpgradeRecord record;
    const SimulatedSchema before = m_schema;
    MigrationLocks locks(before);
    locks.provenNotNull = m_provenNotNull;
    locks.notValidNotNull = m_notValidNotNull;
    for (const SqlBlock &block : s.upgrade.executes) {
        checkLocks(s, block, locks);
        for (const DdlAction &action : sql::readDdl(block.sql)) {
            const int line = block.line + action.line;
            const QString table = SimulatedSchema::key(action.object);
            const QString mainTable = m_schema.mainTableOfHistory(table);
            switch (action.kind) {
            case DdlAction::Kind::AddColumn:
                record.added[table].append({action.column, {}, line});
                if (!mainTable.isEmpty() && action.definition.notNull && !action.definition.hasDefault)
                    add(s, QStringLiteral("history-not-null"), line, mainTable, action.column,
                        QStringLiteral("%1.%2 is NOT NULL without a default: on a history table that holds rows this fails, "
                                       "and history columns must accept old rows; drop the NOT NULL").arg(table, action.column));
                break;
            case DdlAction::Kind::DropColumn:
                record.dropped[table].append({action.column, {}, line});
                break;
            case DdlAction::Kind::RenameColumn:
                record.renamed[table].append({action.column, action.newName, line});
                break;
            case DdlAction::Kind::CreateTable:
                record.tablesCreated << table;
                if (!mainTable.isEmpty())
                    for (const sql::ColumnDefinition &c : action.columns)
                        if (c.notNull && c.name != conventions::kHistoryIdColumn && c.name != conventions::kOperationColumn
                            && c.name != conventions::kChangedAtColumn)
                            add(s, QStringLiteral("history-not-null"), line, mainTable, c.name,
                                QStringLiteral("history column %1.%2 is NOT NULL; history columns carry no constraints").arg(table, c.name));
                break;
            case DdlAction::Kind::AlterColumnType:
                if (const sql::ColumnDefinition *current = m_schema.column(table, action.column)) {
                    const auto from = parseColumnType(current->type), to = parseColumnType(action.definition.type);
                    if (from && to && mainTable.isEmpty() && classifyTypeChange(*from, *to).mayLoseData)
                        add(s, QStringLiteral("lossy-type-change"), line, table, action.column,
                            QStringLiteral("changing %1.%2 from %3 to %4 can lose or reject existing values").arg(table, action.column, from->sql(), to->sql()),
                            Problem::Severity::Warning);
                }
                break;
            case DdlAction::Kind::CreateFunction:
                record.functionsWritten.insert(table, block.line + action.bodyLine);
                break;
            default:
                break;
            }
            if (action.kind != DdlAction::Kind::Other)
                record.tablesTouched << table << (action.kind == DdlAction::Kind::RenameTable ? SimulatedSchema::key({action.object.schema, action.newName}) : table);
            m_schema.apply(action);
        }
    }
    m_provenNotNull = locks.provenNotNull;
    m_notValidNotNull = locks.notValidNotNull;
    return record;
}

void MigrationChecker::checkPairs(const MigrationScript &s, const UpgradeRecord &record)
{
    struct Rule {
        const QMap<QString, QList<ColumnChange>> &changes;
        const char *code;
        const char *verb;
    };
    for (const Rule &rule : {Rule{record.added, "history-column-not-added", "added to"}, Rule{record.dropped, "history-column-not-dropped", "dropped from"},
                             Rule{record.renamed, "history-column-not-renamed", "renamed in"}}) {
        for (auto it = rule.changes.cbegin(); it != rule.changes.cend(); ++it) {
            const QString history = conventions::historyTableName(it.key());
            // A history table made in this migration is made with the new columns.
            if (!m_schema.mainTableOfHistory(it.key()).isEmpty() || !m_schema.tables.contains(history) || record.tablesCreated.contains(history))
                continue;
            const QList<ColumnChange> historyChanges = rule.changes.value(history);
            for (const ColumnChange &change : *it) {
                const bool paired = std::any_of(historyChanges.begin(), historyChanges.end(), [&](const ColumnChange &h) {
                    return h.column == change.column && h.newName == change.newName;
                });
                if (!paired)
                    add(s, QLatin1String(rule.code), change.line, it.key(), change.column,
                        QStringLiteral("%1 is %2 %3 but not %2 %4 in this migration").arg(change.column, QLatin1String(rule.verb), it.key(), history));
            }
            const QString function = conventions::historyFunctionName(it.key());
            if (!it->isEmpty() && !record.functionsWritten.contains(function))
                add(s, QStringLiteral("trigger-function-not-updated"), it->first().line, it.key(), it->first().column,
                    QStringLiteral("columns of %1 change but %2() is not rewritten in this migration; its column lists go out of step")
                        .arg(it.key(), function));
        }
    }
}

void MigrationChecker::checkFunctions(const MigrationScript &s, const UpgradeRecord &record)
{
    for (auto it = record.functionsWritten.cbegin(); it != record.functionsWritten.cend(); ++it) {
        const HistoryFunctionSource source = readHistoryFunction(m_schema.functions.value(it.key()));
        const bool looksLikeHistory = it.key().endsWith(QLatin1String("_history_trigger"))
            || std::any_of(source.branches.begin(), source.branches.end(), [this](const HistoryBranch &b) { return !m_schema.mainTableOfHistory(b.target).isEmpty(); });
        if (!looksLikeHistory)
            continue;
        std::optional<QStringList> historyColumns;
        const QString target = source.branches.isEmpty() ? QString() : source.branches.first().target;
        if (m_schema.tables.contains(target)) {
            QStringList names;
            for (const sql::ColumnDefinition &c : m_schema.tables.value(target))
                if (c.name != conventions::kHistoryIdColumn)
                    names << c.name;
            historyColumns = names;
        }
        const QString mainTable = m_schema.mainTableOfHistory(target);
        for (Problem p : checkHistoryFunction(source, it.key() + QStringLiteral("()"), historyColumns)) {
            p.file = s.info.path;
            p.table = mainTable;
            p.line = it.value() + p.line;
            m_findings << p;
        }
    }
}

void MigrationChecker::checkHistoryTables(const MigrationScript &s, const UpgradeRecord &record)
{
    for (auto it = m_schema.tables.cbegin(); it != m_schema.tables.cend(); ++it) {
        const QString mainTable = m_schema.mainTableOfHistory(it.key());
        if (mainTable.isEmpty() || !m_schema.tables.contains(mainTable)
            || !(record.tablesTouched.contains(mainTable) || record.tablesTouched.contains(it.key())))
            continue;
        const QList<sql::ColumnDefinition> mainColumns = m_schema.tables.value(mainTable);
        QList<sql::ColumnDefinition> copies = *it;
        copies.removeIf([](const sql::ColumnDefinition &c) {
            return c.name == conventions::kHistoryIdColumn || c.name == conventions::kOperationColumn || c.name == conventions::kChangedAtColumn;
        });
        QStringList mainNames, copyNames;
        for (const sql::ColumnDefinition &c : mainColumns) {
            mainNames << c.name;
            const sql::ColumnDefinition *copy = m_schema.column(it.key(), c.name);
            if (!copy)
                add(s, QStringLiteral("history-column-missing"), s.upgrade.line, mainTable, c.name,
                    QStringLiteral("%1.%2 has no counterpart in %3 after this migration").arg(mainTable, c.name, it.key()));
            else if (historyType(copy->type) != historyType(c.type))
                add(s, QStringLiteral("history-column-type"), s.upgrade.line, mainTable, c.name,
                    QStringLiteral("%1.%2 is %3 but %4.%2 is %5").arg(mainTable, c.name, c.type, it.key(), copy->type));
        }
        for (const sql::ColumnDefinition &c : copies) {
            copyNames << c.name;
            if (!mainNames.contains(c.name))
                add(s, QStringLiteral("history-column-extra"), s.upgrade.line, mainTable, c.name,
                    QStringLiteral("%1.%2 has no counterpart in %3 after this migration").arg(it.key(), c.name, mainTable));
        }
        if (mainNames.size() == copyNames.size() && QSet<QString>(mainNames.begin(), mainNames.end()) == QSet<QString>(copyNames.begin(), copyNames.end())
            && mainNames != copyNames)
            add(s, QStringLiteral("history-column-order"), s.upgrade.line, mainTable, {},
                QStringLiteral("%1 lists its columns in another order than %2; the trigger function names its columns, "
                               "so rows are copied right: nothing to fix").arg(it.key(), mainTable), Problem::Severity::Info);
    }
}

void MigrationChecker::checkDowngrade(const MigrationScript &s, const SimulatedSchema &before)
{
    if (!s.downgrade.present || !s.downgrade.isPlainSql() || !s.upgrade.isPlainSql() || s.downgrade.isEmpty())
        return;
    SimulatedSchema restored = m_schema;
    for (const SqlBlock &block : s.downgrade.executes)
        for (const DdlAction &action : sql::readDdl(block.sql))
            restored.apply(action);
    QStringList differences;
    for (auto it = before.tables.cbegin(); it != before.tables.cend(); ++it) {
        if (!restored.tables.contains(it.key()))
            differences << QStringLiteral("table %1 is not restored").arg(it.key());
        else if (restored.tables.value(it.key()) != *it)
            differences << QStringLiteral("the columns of %1 differ from before the upgrade").arg(it.key());
    }
    for (auto it = restored.tables.cbegin(); it != restored.tables.cend(); ++it)
        if (!before.tables.contains(it.key()))
            differences << QStringLiteral("table %1 is left behind").arg(it.key());
    for (auto it = restored.functions.cbegin(); it != restored.functions.cend(); ++it)
        if (!before.functions.contains(it.key()))
            differences << QStringLiteral("function %1() is left behind").arg(it.key());
    for (auto it = before.functions.cbegin(); it != before.functions.cend(); ++it)
        if (!restored.functions.contains(it.key()))
            differences << QStringLiteral("function %1() is not restored").arg(it.key());
    if (!differences.isEmpty())
        add(s, QStringLiteral("downgrade-does-not-restore"), s.downgrade.line, {}, {},
            QStringLiteral("downgrade() does not undo upgrade(): %1").arg(differences.join(QStringLiteral("; "))));
}

} // namespace

QList<Problem> lintMigrationFolder(const QString &dir, const LintOptions &options)
{
    QList<Problem> findings;  // the files that are no migration first: lint names them all, then lints the rest
    const QList<MigrationScript> scripts = readMigrationScripts(dir, &findings);
    findings += lintChain(scripts);
    findings += MigrationChecker(options).run(scripts);
    std::stable_sort(findings.begin(), findings.end(), [](const Problem &a, const Problem &b) {
        return std::tie(a.file, a.line) < std::tie(b.file, b.line);
    });
    return findings;
}

} // namespace sw
