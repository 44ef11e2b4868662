#include "catalogimport.h"

#include "catalogvalues.h"

#include "columntype.h"
#include "conventions.h"
#include "expressioncanonicalizer.h"
#include "identifiers.h"
#include "importlimits.h"
#include "queryqueue.h"
#include "sqlobjectcatalog.h"
#include "lint/simulatedschema.h"
#include "problem.h"
#include "sql/expressionform.h"
#include "sql/indexdefinition.h"
#include "sql/sequencesql.h"

#include <QHash>
#include <QSet>
#include <QRegularExpression>

#include <pqxx/pqxx>

#include <numeric>

namespace sw::db {

namespace {

QStringList names(const pqxx::field &f) { return text(f).split(QChar(31), Qt::SkipEmptyParts); }

ReferentialAction action(const QString &code)
{
    switch (code.isEmpty() ? 'a' : code.at(0).toLatin1()) {
    case 'r': return ReferentialAction::Restrict;
    case 'c': return ReferentialAction::Cascade;
    case 'n': return ReferentialAction::SetNull;
    case 'd': return ReferentialAction::SetDefault;
    default: return ReferentialAction::NoAction;
    }
}

QString serialType(const QString &integerType)
{
    return integerType == QLatin1String("bigint") ? QStringLiteral("bigserial")
        : integerType == QLatin1String("smallint") ? QStringLiteral("smallserial") : QStringLiteral("serial");
}

const std::string kTables = R"(
SELECT c.oid, n.nspname, c.relname, coalesce(ds.description, ''),
       CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END, c.relpersistence = 'u', array_to_string(c.reloptions, chr(31)),
       pn.nspname, pc.relname, CASE WHEN c.relispartition THEN pg_get_expr(c.relpartbound, c.oid) END, c.relnatts
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_inherits i ON c.relispartition AND i.inhrelid = c.oid
LEFT JOIN pg_class pc ON pc.oid = i.inhparent LEFT JOIN pg_namespace pn ON pn.oid = pc.relnamespace
LEFT JOIN pg_description ds ON ds.objoid = c.oid AND ds.classoid = 'pg_class'::regclass AND ds.objsubid = 0
WHERE c.relkind IN ('r', 'p') AND n.nspname = ANY($1::text[]) AND c.relname <> 'alembic_version')";

// The columns of the tables `$1` (those the tables query read, by oid: not
// found again by schema and kind). Comments come from one join of
// pg_description, not a col_description() call per row. A default is looked
// up only for a column that has one, and not for the tables read in part
// (`$2`): a history table's history_id is a nextval() whose deparsing looks up
// its sequence. It cannot name a column, so pg_get_expr() deparses it without
// its table (relid 0), which spares it opening the table per row; a generated
// column's expression names columns. The sequence a column owns comes with
// the sequences (kSequences).
const std::string kColumns = R"(
SELECT a.attrelid, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,
       CASE WHEN a.atthasdef AND a.attrelid <> ALL($2::oid[]) THEN
         (SELECT pg_get_expr(d.adbin, CASE WHEN a.attgenerated = 's' THEN d.adrelid ELSE 0 END) FROM pg_attrdef d WHERE d.adrelid = a.attrelid AND d.adnum = a.attnum) END,
       coalesce(ds.description, ''), a.attidentity::text,
       a.attnum, a.attgenerated = 's',
       CASE WHEN a.attcollation <> ty.typcollation THEN (SELECT co.collname FROM pg_collation co WHERE co.oid = a.attcollation) END,
       CASE WHEN a.attstorage <> ty.typstorage THEN a.attstorage::text END, a.attcompression::text
FROM pg_attribute a JOIN pg_type ty ON ty.oid = a.atttypid
LEFT JOIN pg_description ds ON ds.objoid = a.attrelid AND ds.classoid = 'pg_class'::regclass AND ds.objsubid = a.attnum
WHERE a.attnum > 0 AND NOT a.attisdropped AND a.attrelid = ANY($1::oid[]))";

// Of the tables read in part (`$2`, named as history tables) only the columns named in `$3`.
const std::string kColumnsPartly = kColumns + " AND (a.attrelid <> ALL($2::oid[]) OR a.attname = ANY($3::text[]))";

std::string oidArray(const QSet<pqxx::oid> &oids)
{
    QStringList numbers;
    for (const pqxx::oid oid : oids)
        numbers << QString::number(oid);
    return (QLatin1Char('{') + numbers.join(QLatin1Char(',')) + QLatin1Char('}')).toStdString();
}

// A key's columns come by number, named from the columns read; by name only
// where those of its table were not read whole: a partition's (its parent's
// are), or a referenced table outside the import or read in part (`$2`).
const std::string kKeyColumnNames = R"(array_to_string(ARRAY(SELECT a.attname FROM unnest(con.%1) WITH ORDINALITY k(num, ord)
                             JOIN pg_attribute a ON a.attrelid = con.%2 AND a.attnum = k.num ORDER BY k.ord), chr(31)))";

std::string keyColumnNames(const char *keys, const char *table)
{
    return QString::fromStdString(kKeyColumnNames).arg(QLatin1String(keys), QLatin1String(table)).toStdString();
}

const std::string kConstraints = R"(
SELECT con.conrelid, con.conname, con.contype,
       CASE WHEN c.relispartition THEN )" + keyColumnNames("conkey", "conrelid") + R"( END,
       fn.nspname, fc.relname,
       CASE WHEN fc.relispartition OR fc.relkind NOT IN ('r', 'p') OR fn.nspname <> ALL($1::text[]) OR fc.relname = 'alembic_version' OR fc.oid = ANY($2::oid[])
            THEN )" + keyColumnNames("confkey", "confrelid") + R"( END,
       con.confdeltype, con.confupdtype, CASE WHEN con.contype IN ('c', 'x', 'u') THEN pg_get_constraintdef(con.oid) END, ds.description,
       con.condeferrable, con.condeferred, con.confmatchtype = 'f', con.convalidated, array_to_string(con.conkey, ' '), array_to_string(con.confkey, ' '), con.confrelid, con.oid
FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_class fc ON fc.oid = con.confrelid LEFT JOIN pg_namespace fn ON fn.oid = fc.relnamespace
LEFT JOIN pg_description ds ON ds.objoid = con.oid AND ds.classoid = 'pg_constraint'::regclass AND ds.objsubid = 0
WHERE con.contype IN ('p', 'u', 'f', 'c', 'x') AND n.nspname = ANY($1::text[]) AND con.conislocal AND con.conparentid = 0
  AND con.conrelid <> ALL($2::oid[]))";

// The indexes no constraint made (those come with the constraints), read from the server's definition.
// NOT EXISTS: as an anti-join the planner sees how few are left, and probes pg_class for those only.
const char *kIndexes = R"(
SELECT i.indrelid, ic.relname, pg_get_indexdef(i.indexrelid), ds.description
FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_class c ON c.oid = i.indrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_description ds ON ds.objoid = i.indexrelid AND ds.classoid = 'pg_class'::regclass AND ds.objsubid = 0
WHERE n.nspname = ANY($1::text[]) AND c.relkind IN ('r', 'p') AND NOT ic.relispartition AND i.indrelid <> ALL($2::oid[])
  AND NOT EXISTS (SELECT 1 FROM pg_constraint con WHERE con.conindid = i.indexrelid AND con.conrelid = i.indrelid AND con.contype IN ('p', 'u', 'x'))
ORDER BY i.indrelid, ic.oid)";

// Every trigger, by name: which are the conventions' is known from the tables,
// and only the others' definitions are read (readSqlObjects, by oid). Its
// function's name with all of them (`$2`) or only those fired per statement
// (tgtype's first bit: per row), which is what a design's history mode needs.
// Sorted here, not by the server: a new backend's sort of 8,000 rows costs
// more than the query. Of pg_class only the kinds a trigger can be on (not
// the indexes and sequences, twice the tables): a smaller hash to build.
const char *kTriggers = R"(
SELECT n.nspname, c.relname, t.tgname, CASE WHEN $2 OR t.tgtype & 1 = 0 THEN (SELECT p.proname FROM pg_proc p WHERE p.oid = t.tgfoid) END,
       t.tgtype, t.tgenabled <> 'D', t.tgoldtable, t.tgnewtable, t.oid, t.tgrelid
FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE NOT t.tgisinternal AND t.tgparentid = 0 AND n.nspname = ANY($1::text[]) AND c.relkind IN ('r', 'p', 'v', 'f'))";

// The rows of `result` that `keep`, as ORDER BY `key` would give them. The
// queries of thousands of rows are sorted here: a new backend's sort (in
// memory it touches for the first time) costs more than the client's.
template <typename Key, typename Keep>
QList<pqxx::row> sortedRows(const pqxx::result &result, Key key, Keep keep)
{
    QList<std::pair<decltype(key(result[0])), pqxx::row>> keyed;
    keyed.reserve(result.size());
    for (const pqxx::row &row : result)
        if (keep(row))
            keyed.append({key(row), row});
    std::sort(keyed.begin(), keyed.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<pqxx::row> rows;
    rows.reserve(keyed.size());
    for (const auto &[k, row] : keyed)
        rows << row;
    return rows;
}
template <typename Key>
QList<pqxx::row> sortedRows(const pqxx::result &result, Key key)
{
    return sortedRows(result, key, [](const pqxx::row &) { return true; });
}

pqxx::oid oidAt(const pqxx::row &row, int column) { return row[column].as<pqxx::oid>(); }

// The triggers of kTriggers fired per statement, or all of them, by table and name (a name sorts bytewise).
QList<pqxx::row> triggersInOrder(const pqxx::result &triggers, bool all)
{
    return sortedRows(
        triggers, [](const pqxx::row &r) { return std::pair(oidAt(r, 9), std::string_view(r[2].c_str(), r[2].size())); },
        [all](const pqxx::row &r) { return all || !(r[4].as<int>() & 1); });
}

const char *kFunctions = R"(
SELECT n.nspname, p.proname, p.prosrc
FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace JOIN pg_language l ON l.oid = p.prolang
WHERE l.lanname = 'plpgsql' AND n.nspname = ANY($1::text[]))";


// The extensions installed (plpgsql comes with every database), each with the
// types it made, as a column names them.
const char *kExtensions = R"(
SELECT e.extname, n.nspname,
       array_to_string(ARRAY(SELECT format_type(t.oid, NULL) FROM pg_depend d JOIN pg_type t ON t.oid = d.objid
                             WHERE d.classid = 'pg_type'::regclass AND d.refclassid = 'pg_extension'::regclass AND d.refobjid = e.oid
                               AND d.deptype = 'e' AND t.typcategory <> 'A' AND t.typtype <> 'p' ORDER BY 1), chr(31))
FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
WHERE e.extname <> 'plpgsql'
ORDER BY e.extname)";

// Enums, domains and free-standing composite types (not a table's row type:
// one set of those, not a probe of pg_class per table), not those an extension made.
const char *kTypes = R"(
SELECT n.nspname, t.typname, t.typtype,
       array_to_string(ARRAY(SELECT enumlabel FROM pg_enum WHERE enumtypid = t.oid ORDER BY enumsortorder), chr(31)),
       CASE WHEN t.typtype = 'd' THEN format_type(t.typbasetype, t.typtypmod) END, t.typnotnull, t.typdefault,
       coalesce(obj_description(t.oid, 'pg_type'), ''),
       array_to_string(ARRAY(SELECT c.conname || chr(30) || pg_get_constraintdef(c.oid) FROM pg_constraint c
                             WHERE c.contypid = t.oid AND c.contype = 'c' ORDER BY c.conname), chr(31)),
       array_to_string(ARRAY(SELECT a.attname || chr(30) || format_type(a.atttypid, a.atttypmod) FROM pg_attribute a
                             WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum), chr(31))
FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
WHERE n.nspname = ANY($1::text[]) AND (t.typtype IN ('e', 'd') OR t.typtype = 'c' AND t.typrelid IN (SELECT oid FROM pg_class WHERE relkind = 'c'))
  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_type'::regclass AND d.objid = t.oid AND d.deptype = 'e')
ORDER BY t.oid)";

TypeDefinition typeDefinition(const pqxx::row &row)
{
    TypeDefinition t;
    t.schema = text(row[0]);
    t.name = text(row[1]);
    const QString kind = text(row[2]);
    t.kind = kind == QLatin1String("e") ? TypeDefinition::Kind::Enum : kind == QLatin1String("d") ? TypeDefinition::Kind::Domain : TypeDefinition::Kind::Composite;
    t.comment = text(row[7]);
    if (t.kind == TypeDefinition::Kind::Enum) {
        t.values = names(row[3]);
    } else if (t.kind == TypeDefinition::Kind::Domain) {
        t.base = text(row[4]);
        t.nullable = !row[5].as<bool>();
        if (!row[6].is_null())
            t.defaultExpr = withoutRedundantCast(text(row[6]), t.base);
        for (const QString &check : names(row[8]))
            t.checks << Check{check.section(QChar(30), 0, 0), checkExpression(check.section(QChar(30), 1)), {}};
    } else {
        for (const QString &attribute : names(row[9])) {
            Column a;
            a.name = attribute.section(QChar(30), 0, 0);
            a.type = attribute.section(QChar(30), 1);
            t.attributes << a;
        }
    }
    return t;
}

// Every sequence, with the column that owns it (serial: 'a', identity: 'i')
// by table and attribute number: the columns are read already.
const char *kSequences = R"(
SELECT n.nspname, c.relname, format_type(s.seqtypid, NULL), s.seqstart, s.seqincrement, s.seqmin, s.seqmax, s.seqcache, s.seqcycle,
       d.deptype::text, d.refobjid, d.refobjsubid, coalesce(ds.description, ''), c.oid
FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_description ds ON ds.objoid = c.oid AND ds.classoid = 'pg_class'::regclass AND ds.objsubid = 0
LEFT JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
WHERE n.nspname = ANY($1::text[]) AND (d.refobjid IS NULL OR d.refobjid <> ALL($2::oid[])))";

SequenceOptions sequenceOptions(const pqxx::row &row, const QString &type)
{
    return sql::nonDefaultSequenceOptions(type, row[3].as<qint64>(), row[4].as<qint64>(), row[5].as<qint64>(), row[6].as<qint64>(),
                                          row[7].as<qint64>(), row[8].as<bool>());
}

// pg_trigger.tgtype bits, from PostgreSQL's trigger.h.
LiveTrigger trigger(const pqxx::row &row)
{
    const int type = row[4].as<int>();
    LiveTrigger t{text(row[0]), text(row[1]), text(row[2]), text(row[3]), {}, {}, (type & 1) != 0, row[5].as<bool>(), text(row[6]), text(row[7])};
    t.timing = (type & 64) ? QStringLiteral("INSTEAD OF") : (type & 2) ? QStringLiteral("BEFORE") : QStringLiteral("AFTER");
    if (type & 4)
        t.events << QStringLiteral("INSERT");
    if (type & 16)
        t.events << QStringLiteral("UPDATE");
    if (type & 8)
        t.events << QStringLiteral("DELETE");
    if (type & 32)
        t.events << QStringLiteral("TRUNCATE");
    return t;
}

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

// Of the tables read (`rows`, one per table), those named as the history table
// of another of the same schema: a design-only import reads them in part.
QSet<pqxx::oid> namedAsHistoryTables(const QList<Table> &tables, const QList<pqxx::row> &rows)
{
    QSet<QString> names;
    names.reserve(tables.size());
    for (const Table &t : tables)
        names << t.schema + QLatin1Char('.') + t.name;
    QSet<pqxx::oid> named;
    for (qsizetype i = 0; i < tables.size(); ++i)
        if (const QString main = mainTableOfHistory(tables.at(i).name); !main.isEmpty() && names.contains(tables.at(i).schema + QLatin1Char('.') + main))
            named << oidAt(rows.at(i), 0);
    return named;
}

// The tables of a design: history tables belong to their main table, which
// keeps history ("history": true); the others are tables without.
QList<Table> withHistoryRecognised(const QList<Table> &relations)
{
    QSet<QString> historyTables;
    for (const Table &t : relations)
        if (t.hasColumn(conventions::kHistoryIdColumn) && t.hasColumn(conventions::kOperationColumn))
            historyTables << t.schema + QLatin1Char('.') + t.name;
    QSet<QString> tablesWithHistory;
    for (const Table &t : relations)
        if (historyTables.contains(t.schema + QLatin1Char('.') + conventions::historyTableName(t.name)))
            tablesWithHistory << t.schema + QLatin1Char('.') + t.name;
    QList<Table> tables;
    tables.reserve(relations.size() - tablesWithHistory.size());
    for (const Table &t : relations) {
        const QString key = t.schema + QLatin1Char('.') + t.name;
        if (historyTables.contains(key) && tablesWithHistory.contains(t.schema + QLatin1Char('.') + mainTableOfHistory(t.name)))
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

} // namespace

ImportResult importSchema(Connection &connection, const ImportOptions &options, const std::function<void(const Project &)> &onTablesRead)
{
    ImportResult result;
    QHash<pqxx::oid, qsizetype> tableIndex;
    QHash<std::pair<pqxx::oid, int>, qsizetype> columnIndex;  // by table and attribute number
    QList<Table> tables;
    QList<Sequence> standaloneSequences;
    SqlObjectsRead sqlObjects;
    {
        // One snapshot for every query.
        pqxx::transaction<pqxx::repeatable_read, pqxx::read_only> tx(connection.raw());
        const std::string schemas = textArray(options.schemas);
        // The queries go out one after another from a thread of their own and are read in order below:
        // the server reads the next while this thread builds the design from the last.
        QueryQueue queue;
        const auto query = [&](const auto &sql) { return queue.post([&tx, &schemas, sql] { return tx.exec_params(sql, schemas); }); };
        // The hashes of thousands of catalog rows stay in memory; a parallel worker or JIT compiling costs more than these queries take.
        queue.post([&tx] { return tx.exec("SET LOCAL work_mem = '32MB'; SET LOCAL max_parallel_workers_per_gather = 0; SET LOCAL jit = off"); });
        auto tablesRead = query(kTables);
        const bool everything = options.depth == ImportDepth::Everything;
        // Which of them are the design's own (their definitions read) is known once the columns are in.
        auto triggersRead = queue.post([&tx, &schemas, everything] { return tx.exec_params(kTriggers, schemas, everything); });
        QList<pqxx::row> tablesResult = sortedRows(tablesRead.get(), [](const pqxx::row &r) { return oidAt(r, 0); });
        tables.reserve(tablesResult.size());
        for (const auto &row : tablesResult) {
            Table t;
            t.schema = text(row[1]);
            t.name = text(row[2]);
            t.comment = text(row[3]);
            t.history = false;
            t.unlogged = row[5].as<bool>();
            t.storageParameters = names(row[6]);
            t.partitionBy = text(row[4]);
            if (!row[9].is_null()) {
                t.partitionOf = text(row[7]) == t.schema ? text(row[8]) : text(row[7]) + QLatin1Char('.') + text(row[8]);
                t.partitionBound = text(row[9]);
            }
            tableIndex.insert(row[0].as<pqxx::oid>(), tables.size());
            tables << std::move(t);
        }
        // A history table is the design's through its main table: of a table named as the history table
        // of another read, only the columns that make it one.
        QSet<pqxx::oid> readInPart = options.depth == ImportDepth::DesignOnly ? namedAsHistoryTables(tables, tablesResult) : QSet<pqxx::oid>();
        // Asked as soon as the tables read in part are known (the server reads the triggers meanwhile).
        auto columnsRead = queue.post([&tx, read = oidArray(QSet<pqxx::oid>(tableIndex.keyBegin(), tableIndex.keyEnd())), inPart = oidArray(readInPart),
                                       marks = textArray({conventions::kHistoryIdColumn, conventions::kOperationColumn})] {
            return tx.exec_params(kColumnsPartly, read, inPart, marks);
        });
        // Room for every column (dropped ones counted), or the two that mark a history table: no reallocation.
        for (qsizetype i = 0; i < tables.size(); ++i)
            tables[i].columns.reserve(readInPart.contains(oidAt(tablesResult.at(i), 0)) ? 2 : tablesResult.at(i)[10].as<int>());
        tablesResult.clear();  // freed here, not beside the threads the tables are handed to (they share one heap)
        // Keys, indexes and sequences of the tables read in part go with them: not read ($2).
        const auto besideInPart = [&](const std::string &sql) {
            return queue.post([&tx, &schemas, inPart = oidArray(readInPart), sql] { return tx.exec_params(sql, schemas, inPart); });
        };
        // What the tables need first (types and extensions: which column types a design can hold), then what they do not.
        auto typesRead = query(kTypes), extensionsRead = queue.post([&tx] { return tx.exec(kExtensions); });
        auto constraintsRead = besideInPart(kConstraints), indexesRead = besideInPart(kIndexes), sequencesRead = besideInPart(kSequences),
             schemaCommentsRead = query("SELECT nspname, obj_description(oid, 'pg_namespace') FROM pg_namespace WHERE nspname = ANY($1::text[])");
        auto functionsRead = everything ? query(kFunctions) : queue.post([] { return pqxx::result(); });
        auto revisionsRead = queue.post([&tx] {
            return tx.exec1("SELECT to_regclass('alembic_version') IS NOT NULL")[0].as<bool>() ? tx.exec("SELECT version_num FROM alembic_version ORDER BY 1")
                                                                                               : pqxx::result();
        });
        QHash<pqxx::oid, QList<int>> attributeNumbers;  // of the columns read, by table, in the order they came
        const auto readColumns = [&](const pqxx::result &columns) {
            for (const auto &row : columns) {  // of the tables read only (asked by their oids)
                Table &t = tables[tableIndex.value(row[0].as<pqxx::oid>())];
                if (t.isPartition())
                    continue;  // its parent's columns
                Column c;
                c.name = text(row[1]);
                c.type = text(row[2]);
                c.nullable = !row[3].as<bool>();
                // pg_attrdef holds a generated column's expression where others keep their default.
                if (!row[4].is_null() && row[8].as<bool>())
                    c.generatedExpr = text(row[4]);
                else if (!row[4].is_null())
                    c.defaultExpr = withoutRedundantCast(text(row[4]), c.type);
                c.comment = text(row[5]);
                c.collation = text(row[9]);
                static const QHash<QString, QString> storage = {{"p", "plain"}, {"e", "external"}, {"x", "extended"}, {"m", "main"}};
                c.storage = storage.value(text(row[10]));
                c.compression = text(row[11]) == QLatin1String("p") ? QStringLiteral("pglz") : text(row[11]) == QLatin1String("l") ? QStringLiteral("lz4") : QString();
                c.identity = text(row[6]) == QLatin1String("a") ? QStringLiteral("always") : text(row[6]) == QLatin1String("d") ? QStringLiteral("by default") : QString();
                attributeNumbers[row[0].as<pqxx::oid>()] << row[7].as<int>();
                t.columns << std::move(c);
            }
            // In attribute order, which the server was not asked for (a new backend's sort of 12,000 rows costs more than this).
            for (auto it = attributeNumbers.begin(); it != attributeNumbers.end(); ++it) {
                QList<int> &numbers = it.value();
                QList<Column> &columns = tables[tableIndex.value(it.key())].columns;
                if (!std::is_sorted(numbers.begin(), numbers.end())) {
                    QList<qsizetype> order(columns.size());
                    std::iota(order.begin(), order.end(), 0);
                    std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) { return numbers.at(a) < numbers.at(b); });
                    QList<Column> sorted;
                    sorted.reserve(columns.size());
                    for (const qsizetype i : order)
                        sorted << std::move(columns[i]);
                    columns = std::move(sorted);
                    std::sort(numbers.begin(), numbers.end());
                }
                for (qsizetype i = 0; i < numbers.size(); ++i)
                    columnIndex.insert({it.key(), numbers.at(i)}, i);
            }
            attributeNumbers.clear();
        };
        readColumns(columnsRead.get());
        QSet<pqxx::oid> notHistory;  // named like a history table, but without its columns: read whole
        for (const pqxx::oid oid : std::as_const(readInPart))
            if (const Table &t = tables.at(tableIndex.value(oid)); !t.hasColumn(conventions::kHistoryIdColumn) || !t.hasColumn(conventions::kOperationColumn))
                notHistory << oid;
        if (!notHistory.isEmpty()) {
            for (const pqxx::oid oid : std::as_const(notHistory))
                tables[tableIndex.value(oid)].columns.clear();
            readColumns(queue.post([&tx, oids = oidArray(notHistory)] { return tx.exec_params(kColumns, oids, "{}"); }).get());
            readInPart -= notHistory;
            constraintsRead = besideInPart(kConstraints), indexesRead = besideInPart(kIndexes), sequencesRead = besideInPart(kSequences);
        }
        // The conventions' functions and triggers come with the tables: not read (thousands of them on a large
        // schema); the rest are the design's. Which tables keep history is known from their columns. Asked
        // last, after the tables' parts: a caller may start on the tables while the server reads these.
        pqxx::result triggers = triggersRead.get();
        const SqlObjectSelection designs = [&] {  // the names of thousands of conventional objects, freed at once
            const QSet<QString> conventional = conventions::derivedObjectIdentities(withHistoryRecognised(tables));
            QSet<pqxx::oid> ownTriggers;
            for (const auto &row : triggers)
                if (!conventional.contains(SqlObject{SqlObject::Kind::Trigger, text(row[0]), text(row[2]), {}, text(row[1])}.identity()))
                    ownTriggers << row[8].as<pqxx::oid>();
            return SqlObjectSelection{routinesAside(conventional), oidArray(ownTriggers)};
        }();
        auto sqlObjectsRead = queue.post([&tx, &schemas, designs] { return readSqlObjects(tx, schemas, designs); });
        // A key's columns by number, named from those read; by the server where they were not read (`named`).
        const auto keyColumns = [&](const pqxx::field &named, const pqxx::field &numbers, const pqxx::field &table) {
            if (!named.is_null())
                return names(named);
            QStringList columns;
            for (const QString &number : text(numbers).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                const auto column = columnIndex.constFind({table.as<pqxx::oid>(), number.toInt()});
                if (column == columnIndex.cend())  // the query names the columns of every table not read whole: cannot happen
                    throw std::runtime_error("a key names column number " + number.toStdString() + " of a table whose columns were not read");
                columns << tables.at(tableIndex.value(table.as<pqxx::oid>())).columns.at(*column).name;
            }
            return columns;
        };
        for (const pqxx::row &row : sortedRows(constraintsRead.get(), [](const pqxx::row &r) { return std::pair(oidAt(r, 0), oidAt(r, 18)); })) {
            if (!tableIndex.contains(row[0].as<pqxx::oid>()))
                continue;  // alembic_version and other relations left out above
            Table &t = tables[tableIndex.value(row[0].as<pqxx::oid>())];
            const QString name = text(row[1]), kind = text(row[2]), definition = text(row[9]), comment = text(row[10]);
            if (kind == QLatin1String("x")) {
                t.exclusions << Exclusion{name, definition.mid(int(qstrlen("EXCLUDE "))), {}, comment};
                continue;
            }
            const QString deferrable = !row[11].as<bool>() ? QString() : row[12].as<bool>() ? QStringLiteral("deferred") : QStringLiteral("immediate");
            if (kind == QLatin1String("p")) {
                t.primaryKey = keyColumns(row[3], row[15], row[0]);
                t.primaryKeyDeferrable = deferrable;
                t.primaryKeyComment = comment;
            } else if (kind == QLatin1String("u")) {
                Index unique{name, keyColumns(row[3], row[15], row[0]), true, {}};
                unique.constraint = true;  // a constraint, as the database has it, not a bare unique index
                unique.nullsNotDistinct = definition.startsWith(QLatin1String("UNIQUE NULLS NOT DISTINCT"));
                unique.deferrable = deferrable;
                unique.comment = comment;
                static const QRegularExpression include(QStringLiteral(" INCLUDE \\(([^)]*)\\)"));
                if (const QRegularExpressionMatch m = include.match(definition); m.hasMatch())
                    for (const QString &column : m.captured(1).split(QStringLiteral(", ")))
                        unique.include << (column.startsWith(QLatin1Char('"')) ? column.mid(1, column.size() - 2).replace(QStringLiteral("\"\""), QStringLiteral("\"")) : column);
                t.indexes << unique;
            } else if (kind == QLatin1String("f")) {
                const QString refSchema = text(row[4]), refTable = text(row[5]);
                ForeignKey fk{name, keyColumns(row[3], row[15], row[0]), refSchema == t.schema ? refTable : refSchema + QLatin1Char('.') + refTable,
                              keyColumns(row[6], row[16], row[17]), action(text(row[7])), action(text(row[8])), false, {}};
                fk.matchFull = row[13].as<bool>();
                fk.deferrable = row[11].as<bool>();
                fk.initiallyDeferred = row[12].as<bool>();
                fk.notValid = !row[14].as<bool>();
                fk.comment = comment;
                t.foreignKeys << fk;
            } else {
                Check check{name, checkExpression(text(row[9])), {}};
                check.notValid = !row[14].as<bool>();
                check.comment = comment;
                t.checks << check;
            }
        }
        for (const auto &row : indexesRead.get()) {
            if (!tableIndex.contains(row[0].as<pqxx::oid>()))
                continue;  // alembic_version and other relations left out above
            Table &t = tables[tableIndex.value(row[0].as<pqxx::oid>())];
            // Read from the server's own definition, which the design must write back exactly;
            // what it cannot hold (storage parameters, NULLS NOT DISTINCT) is left out by name.
            std::optional<Index> index = sql::indexFromDefinition(text(row[2]), t);
            if (!index) {
                result.warnings << QStringLiteral("index %1 of %2 (%3) is more than a design can hold yet: left out").arg(text(row[1]), t.name, text(row[2]));
                continue;
            }
            index->comment = text(row[3]);
            t.indexes << *index;
        }
        for (const pqxx::row &row : sortedRows(sequencesRead.get(), [](const pqxx::row &r) { return oidAt(r, 13); })) {
            const QString type = text(row[2]), deptype = text(row[9]);
            const std::pair<pqxx::oid, int> ownerColumn{row[10].is_null() ? 0 : row[10].as<pqxx::oid>(), row[11].is_null() ? 0 : row[11].as<int>()};
            Table *owner = columnIndex.contains(ownerColumn) ? &tables[tableIndex.value(ownerColumn.first)] : nullptr;
            Column *column = owner ? &owner->columns[columnIndex.value(ownerColumn)] : nullptr;
            // Serial: a sequence the column owns, under the name PostgreSQL gives it.
            const QString serialSequence = owner ? quoteIdentifier(conventions::sequenceName(owner->name, column->name)) : QString();
            if (column && deptype == QLatin1String("a") && column->defaultExpr
                && (*column->defaultExpr == QStringLiteral("nextval('%1'::regclass)").arg(serialSequence)
                    || *column->defaultExpr == QStringLiteral("nextval('%1.%2'::regclass)").arg(quoteIdentifier(owner->schema), serialSequence))) {
                column->type = serialType(column->type);
                column->defaultExpr.reset();
            }
            const bool serial = column && deptype == QLatin1String("a") && parseColumnType(column->type) && parseColumnType(column->type)->isSerial();
            if (column && (deptype == QLatin1String("i") || serial)) {
                column->sequence = sequenceOptions(row, type);
                continue;
            }
            Sequence s{text(row[1]), text(row[0]), type, sequenceOptions(row, type), {}, {}, {}};
            if (column)
                s.ownedBy = (owner->schema == s.schema ? owner->name : owner->schema + QLatin1Char('.') + owner->name) + QLatin1Char('.') + column->name;
            s.comment = text(row[12]);
            standaloneSequences << s;
        }
        for (const auto &row : extensionsRead.get()) {
            Extension e{text(row[0]), text(row[1])};
            const QStringList known = e.providedTypes();
            for (const QString &type : names(row[2]))
                if (!known.contains(type))
                    e.types << type;
            result.project.extensions << e;
        }
        for (const auto &row : typesRead.get())
            result.project.types << typeDefinition(row);
        for (const pqxx::row &row : triggersInOrder(triggers, everything))  // a design's history mode needs only those fired per statement
            result.live.triggers << trigger(row);
        QSet<QString> updatedAtTriggers;  // "schema.table" of the tables that have the conventions' updated_at trigger
        for (const auto &row : triggers)
            if (text(row[2]) == conventions::updatedAtTriggerName(text(row[1])))
                updatedAtTriggers << text(row[0]) + QLatin1Char('.') + text(row[1]);
        triggers.clear();  // as the tables result above: freed before the tables are handed on
        result.live.relations = tables;
        addTablesAndSequences(result.project, result.warnings, withHistoryRecognised(tables), standaloneSequences, result.live, updatedAtTriggers);
        if (onTablesRead)
            onTablesRead(result.project);
        // Comments on the schemas read; public's own from initdb is no design's (and public without one is).
        for (const auto &row : schemaCommentsRead.get())
            if (result.project.schemaComment(text(row[0])) != text(row[1]))
                result.project.schemaComments.insert(text(row[0]), text(row[1]));
        for (const auto &row : functionsRead.get())
            result.live.functionSources.insert(text(row[0]) + QLatin1Char('.') + text(row[1]), text(row[2]));
        for (const auto &row : revisionsRead.get())
            result.live.revisions << text(row[0]);
        sqlObjects = sqlObjectsRead.get();
    }
    result.project.sqlObjects = sqlObjects.objects;
    result.besideTables = sqlObjects.leftOut;
    if (options.existing)
        adoptExisting(result.project, *options.existing, connection);
    else
        result.project = withPlainestExpressions(connection, result.project);
    return result;
}

} // namespace sw::db
