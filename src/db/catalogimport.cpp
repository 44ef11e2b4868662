#include "catalogimport.h"

#include "catalogcensus.h"
#include "catalogqueries.h"
#include "catalogreaders.h"
#include "columntype.h"
#include "conventions.h"
#include "expressioncanonicalizer.h"
#include "importlimits.h"
#include "queryqueue.h"
#include "sqlobjectcatalog.h"
#include "sql/expressionform.h"

#include <pqxx/pqxx>

namespace sw::db {

namespace {

// The design's own words for its types where the database says the same.
void adoptExistingTypes(Project &imported, const Project &existing)
{
    for (TypeDefinition &t : imported.types) {
        const auto match = std::find_if(existing.types.begin(), existing.types.end(), [&](const TypeDefinition &e) { return e.qualifiedName() == t.qualifiedName(); });
        if (match == existing.types.end() || match->kind != t.kind)
            continue;
        t.unknownKeys = match->unknownKeys;
        if (parseColumnType(match->base) == parseColumnType(t.base))
            t.base = match->base;
        if (sameExpression(match->defaultExpr, t.defaultExpr))
            t.defaultExpr = match->defaultExpr;
        for (Check &c : t.checks)
            for (const Check &e : match->checks)
                if (e.name == c.name && sameExpression(e.expression, c.expression))
                    c = e;
        for (Column &a : t.attributes)
            for (const Column &e : match->attributes)
                if (e.name == a.name && parseColumnType(e.type) == parseColumnType(a.type))
                    a = e;
    }
    for (Extension &e : imported.extensions)
        for (const Extension &mine : existing.extensions)
            if (mine.name == e.name)
                e.unknownKeys = mine.unknownKeys;
}

void adoptExisting(Project &imported, const Project &existing, Connection &connection)
{
    adoptExistingTypes(imported, existing);
    const Project canonical = canonicalizeExpressions(connection, existing);
    for (Table &t : imported.tables) {
        const auto match = std::find_if(existing.tables.begin(), existing.tables.end(),
                                        [&](const Table &e) { return e.schema == t.schema && e.name == t.name; });
        if (match == existing.tables.end())
            continue;
        const Table &canonicalTable = canonical.tables.at(match - existing.tables.begin());
        t.id = match->id;
        t.unknownKeys = match->unknownKeys;
        for (Column &c : t.columns) {
            const Column *design = match->column(c.name);
            const Column *designCanonical = canonicalTable.column(c.name);
            if (!design)
                continue;
            c.id = design->id;
            c.fillExpr = design->fillExpr;
            c.unknownKeys = design->unknownKeys;
            if (designCanonical->defaultExpr == c.defaultExpr)
                c.defaultExpr = design->defaultExpr;
            const auto same = [](const QString &a, const QString &b) { return parseColumnType(a) && parseColumnType(a) == parseColumnType(b); };
            if (same(design->type, c.type))
                c.type = design->type;
        }
        for (Check &check : t.checks)
            for (int i = 0; i < match->checks.size(); ++i)
                if (conventions::checkName(*match, i) == check.name && canonicalTable.checks.at(i).expression == check.expression)
                    check.expression = match->checks.at(i).expression;
    }
}

// The tables of a design: history tables belong to their main table, which
// keeps history ("history": true); the others are tables without.
QList<Table> withHistoryRecognised(const QList<Table> &relations)
{
    QSet<QString> historyTables;
    for (const Table &t : relations)
        if (t.hasColumn(conventions::kHistoryIdColumn) && t.hasColumn(conventions::kOperationColumn))
            historyTables << t.schema + QLatin1Char('.') + t.name;
    QSet<QString> tablesWithHistory, historyTablesHeld;  // a history table is held by its main table
    for (const Table &t : relations)
        if (const QString history = t.schema + QLatin1Char('.') + conventions::historyTableName(t.name); historyTables.contains(history)) {
            tablesWithHistory << t.schema + QLatin1Char('.') + t.name;
            historyTablesHeld << history;
        }
    QList<Table> tables;
    tables.reserve(relations.size() - tablesWithHistory.size());
    for (const Table &t : relations) {
        const QString key = t.schema + QLatin1Char('.') + t.name;
        if (historyTablesHeld.contains(key))
            continue;
        tables << t;
        tables.last().history = tablesWithHistory.contains(key);
    }
    return tables;
}

// The design's tables and sequences, from the relations read: history tables
// belong to their main table, a key says whether its target is in the design
// and has its index; what a design cannot hold is left out, named in `warnings`.
void addTablesAndSequences(Project &project, QStringList &warnings, QList<Table> designTables, const QList<Sequence> &standaloneSequences,
                           const LiveSchema &live, const QSet<QString> &updatedAtTriggers)
{
    project.tables.reserve(designTables.size());
    for (Table &t : designTables) {
        // A house rule the table has or has not, as the database says: never assumed from its column.
        t.updatedAtTrigger = updatedAtTriggers.contains(t.schema + QLatin1Char('.') + t.name) || !t.hasColumn(conventions::kUpdatedAtColumn);
        for (const LiveTrigger &trigger : live.triggersOn(t.schema, t.name))  // its history triggers fire per statement
            if (t.history && trigger.name == conventions::historyTriggerName(t.name, QStringLiteral("insert")) && !trigger.forEachRow)
                t.historyMode = QStringLiteral("statement");
        project.tables << std::move(t);
    }
    for (Sequence s : standaloneSequences) {
        const Table *owner = project.findTable(s.ownedBy.section(QLatin1Char('.'), 0, -2), s.schema);
        if (!s.ownedBy.isEmpty() && !owner) {
            warnings << QStringLiteral("sequence %1 is owned by %2, which is not imported: imported without its owner").arg(s.name, s.ownedBy);
            s.ownedBy.clear();
        }
        project.sequences << s;
    }
    leaveOutUnknownTypes(project, warnings);
    // An extension's types are listed only where the design uses them (hstore also makes ghstore, for its indexes).
    QSet<QString> used;
    for (const Table &t : project.tables)
        for (const Column &c : t.columns)
            used << c.type;
    for (const TypeDefinition &t : project.types) {
        used << t.base;
        for (const Column &a : t.attributes)
            used << a.type;
    }
    for (Extension &e : project.extensions)
        e.types.removeIf([&](const QString &type) {
            return std::none_of(used.begin(), used.end(), [&](const QString &u) {
                const auto parsed = parseColumnType(u);
                return parsed && parsed->userDefined && parsed->base == type;
            });
        });
    // A key to a table left out of the import (another schema) is to a table outside the project;
    // a key the database keeps without an index says so, or the design would add one.
    for (Table &t : project.tables) {
        const QList<ForeignKey> unindexed = conventions::foreignKeysNeedingIndex(t);
        for (ForeignKey &fk : t.foreignKeys) {
            fk.external = !project.findTable(fk.references, t.schema);
            fk.indexed = std::none_of(unindexed.begin(), unindexed.end(), [&](const ForeignKey &u) { return u.columns == fk.columns; });
        }
    }
}


// One import in one snapshot: its queries posted in the order the server
// should read them, from a thread of their own (the server reads the next
// while this thread builds the design from the last), and their rows read in
// the order the design is built.
class CatalogRead {
public:
    CatalogRead(pqxx::transaction_base &tx, const ImportOptions &options)
        : m_tx(tx), m_schemas(textArray(options.schemas)), m_everything(options.depth == ImportDepth::Everything),
          m_designOnly(options.depth == ImportDepth::DesignOnly)
    {
    }

    void readTablesAndColumns();
    void build(ImportResult &result, const std::function<void(const Project &)> &onTablesRead);

private:
    using Rows = std::future<pqxx::result>;
    Rows query(const std::string &sql) { return m_queue.post([this, sql] { return m_tx.exec_params(sql, m_schemas); }); }
    // Keys, indexes and sequences of the tables read in part go with them: not read ($2).
    Rows besideInPart(const std::string &sql)
    {
        return m_queue.post([this, sql, inPart = catalog::oidArray(m_readInPart)] { return m_tx.exec_params(sql, m_schemas, inPart); });
    }
    void postTheTablesParts();
    // Again when tables read in part turn out to be no history tables.
    void postKeysIndexesAndSequences()
    {
        m_constraints = besideInPart(catalog::kConstraints);
        m_indexes = besideInPart(catalog::kIndexes);
        m_sequences = besideInPart(catalog::kSequences);
    }
    void readAgainWhatIsNoHistory();
    void postSqlObjects();

    pqxx::transaction_base &m_tx;
    const std::string m_schemas;
    const bool m_everything, m_designOnly;
    QueryQueue m_queue;
    catalog::ReadTables m_read;
    QSet<pqxx::oid> m_readInPart;  // named as history tables: only the columns that make one read
    Rows m_triggers, m_columns, m_types, m_extensions, m_constraints, m_indexes, m_sequences, m_schemaComments, m_functions,
        m_revisions, m_sqlObjectsRows;
    pqxx::result m_triggerRows;
    std::future<SqlObjectsRead> m_sqlObjects;
    std::future<QStringList> m_unheld;
};

void CatalogRead::readTablesAndColumns()
{
    // The hashes of thousands of catalog rows stay in memory; a parallel worker or JIT compiling costs more than these queries take.
    m_queue.post([this] { return m_tx.exec("SET LOCAL work_mem = '32MB'; SET LOCAL max_parallel_workers_per_gather = 0; SET LOCAL jit = off"); });
    Rows tables = query(catalog::kTables);
    // Which of them are the design's own (their definitions read) is known once the columns are in.
    m_triggers = m_queue.post([this] { return m_tx.exec_params(catalog::kTriggers, m_schemas, m_everything); });
    QList<pqxx::row> tableRows = catalog::readTables(tables.get(), m_read);
    // A history table is the design's through its main table: of a table named as the history table
    // of another read, only the columns that make it one.
    if (m_designOnly)
        m_readInPart = catalog::namedAsHistoryTables(m_read.tables, tableRows);
    // Asked as soon as the tables read in part are known (the server reads the triggers meanwhile).
    m_columns = m_queue.post([this, read = catalog::oidArray(m_read.oids()), inPart = catalog::oidArray(m_readInPart),
                              marks = textArray({conventions::kHistoryIdColumn, conventions::kOperationColumn})] {
        return m_tx.exec_params(catalog::kColumnsPartly, read, inPart, marks);
    });
    // Room for every column (dropped ones counted), or the two that mark a history table: no reallocation.
    for (qsizetype i = 0; i < m_read.tables.size(); ++i)
        m_read.tables[i].columns.reserve(m_readInPart.contains(catalog::oidAt(tableRows.at(i), 0)) ? 2 : tableRows.at(i)[10].as<int>());
    tableRows.clear();  // freed here, not beside the threads the tables are handed to (they share one heap)
    postTheTablesParts();
    catalog::readColumns(m_columns.get(), m_read);
    readAgainWhatIsNoHistory();
    postSqlObjects();
}

// What the tables need first (types and extensions: which column types a design can hold), then what they do not.
void CatalogRead::postTheTablesParts()
{
    m_types = query(catalog::kTypes);
    m_extensions = m_queue.post([this] { return m_tx.exec(catalog::kExtensions); });
    postKeysIndexesAndSequences();
    m_schemaComments = query("SELECT nspname, obj_description(oid, 'pg_namespace') FROM pg_namespace WHERE nspname = ANY($1::text[])");
    m_functions = m_everything ? query(catalog::kFunctions) : m_queue.post([] { return pqxx::result(); });
    m_revisions = m_queue.post([this] {
        return m_tx.exec1("SELECT to_regclass('alembic_version') IS NOT NULL")[0].as<bool>() ? m_tx.exec("SELECT version_num FROM alembic_version ORDER BY 1")
                                                                                             : pqxx::result();
    });
}

// Named like a history table, but without its columns: read whole, with its keys, indexes and sequences.
void CatalogRead::readAgainWhatIsNoHistory()
{
    QSet<pqxx::oid> notHistory;
    for (const pqxx::oid oid : std::as_const(m_readInPart))
        if (const Table *t = m_read.find(oid); !t->hasColumn(conventions::kHistoryIdColumn) || !t->hasColumn(conventions::kOperationColumn))
            notHistory << oid;
    if (notHistory.isEmpty())
        return;
    for (const pqxx::oid oid : std::as_const(notHistory))
        m_read.find(oid)->columns.clear();
    catalog::readColumns(m_queue.post([this, oids = catalog::oidArray(notHistory)] { return m_tx.exec_params(catalog::kColumns, oids, "{}"); }).get(), m_read);
    m_readInPart -= notHistory;
    postKeysIndexesAndSequences();
}

// The conventions' functions and triggers come with the tables: not read (thousands of them on a large
// schema); the rest are the design's. Which tables keep history is known from their columns. Asked
// last, after the tables' parts: a caller may start on the tables while the server reads these.
void CatalogRead::postSqlObjects()
{
    m_triggerRows = m_triggers.get();
    const SqlObjectSelection designs = [&] {  // the names of thousands of conventional objects, freed at once
        const QSet<QString> conventional = conventions::derivedObjectIdentities(withHistoryRecognised(m_read.tables));
        QSet<pqxx::oid> ownTriggers;
        for (const auto &row : m_triggerRows)
            if (!conventional.contains(SqlObject{SqlObject::Kind::Trigger, text(row[0]), text(row[2]), {}, text(row[1])}.identity()))
                ownTriggers << catalog::oidAt(row, 8);
        return SqlObjectSelection{routinesAside(conventional), catalog::oidArray(ownTriggers)};
    }();
    m_sqlObjects = m_queue.post([this, designs] { return readSqlObjects(m_tx, m_schemas, designs); });
    m_unheld = m_queue.post([this] { return objectsADesignCannotHold(m_tx, m_schemas); });
}

void CatalogRead::build(ImportResult &result, const std::function<void(const Project &)> &onTablesRead)
{
    catalog::readConstraints(m_constraints.get(), m_read);
    catalog::readIndexes(m_indexes.get(), m_read, result.warnings);
    const QList<Sequence> standaloneSequences = catalog::readSequences(m_sequences.get(), m_read);
    result.project.extensions = catalog::readExtensions(m_extensions.get());
    result.project.types = catalog::readTypes(m_types.get());
    result.live.triggers = catalog::readTriggers(m_triggerRows, m_everything);
    const QSet<QString> updatedAtTriggers = catalog::tablesWithUpdatedAtTrigger(m_triggerRows);
    m_triggerRows.clear();  // as the tables' rows: freed before the tables are handed on
    result.live.relations = m_read.tables;
    addTablesAndSequences(result.project, result.warnings, withHistoryRecognised(m_read.tables), standaloneSequences, result.live, updatedAtTriggers);
    if (onTablesRead)
        onTablesRead(result.project);
    // Comments on the schemas read; public's own from initdb is no design's (and public without one is).
    // A schema nothing of the design lives in is kept too, by its comment ("" for none).
    const QStringList used = result.project.schemas();
    for (const auto &row : m_schemaComments.get())
        if (result.project.schemaComment(text(row[0])) != text(row[1]) || (!used.contains(text(row[0])) && text(row[0]) != QLatin1String("public")))
            result.project.schemaComments.insert(text(row[0]), text(row[1]));
    for (const auto &row : m_functions.get())
        result.live.functionSources.insert(text(row[0]) + QLatin1Char('.') + text(row[1]), text(row[2]));
    for (const auto &row : m_revisions.get())
        result.live.revisions << text(row[0]);
    SqlObjectsRead sqlObjects = m_sqlObjects.get();
    result.project.sqlObjects = sqlObjects.objects;
    result.besideTables = sqlObjects.leftOut;
    result.warnings += m_unheld.get();
    m_read.statisticsTargets.sort();
    for (const QString &column : std::as_const(m_read.statisticsTargets))
        result.warnings << notHeldYet(QStringLiteral("the statistics target of column %1").arg(column));
}

} // namespace

ImportResult importSchema(Connection &connection, const ImportOptions &options, const std::function<void(const Project &)> &onTablesRead)
{
    ImportResult result;
    {
        pqxx::transaction<pqxx::repeatable_read, pqxx::read_only> tx(connection.raw());  // one snapshot for every query
        CatalogRead read(tx, options);
        read.readTablesAndColumns();
        read.build(result, onTablesRead);
    }
    if (options.existing)
        adoptExisting(result.project, *options.existing, connection);
    else
        result.project = withPlainestExpressions(connection, result.project);
    return result;
}

} // namespace sw::db
