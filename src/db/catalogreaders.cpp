#include "catalogreaders.h"

#include "columntype.h"
#include "conventions.h"
#include "expressioncanonicalizer.h"
#include "identifiers.h"
#include "problem.h"
#include "sql/expressionform.h"
#include "sql/indexdefinition.h"
#include "sql/sequencesql.h"

#include <QRegularExpression>

#include <numeric>

namespace sw::db::catalog {

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

// The triggers of kTriggers fired per statement, or all of them, by table and name (a name sorts bytewise).
QList<pqxx::row> triggersInOrder(const pqxx::result &triggers, bool all)
{
    return sortedRows(
        triggers, [](const pqxx::row &r) { return std::pair(oidAt(r, 9), std::string_view(r[2].c_str(), r[2].size())); },
        [all](const pqxx::row &r) { return all || !(r[4].as<int>() & 1); });
}

TypeDefinition typeDefinition(const pqxx::row &row)
{
    TypeDefinition t;
    t.schema = text(row[0]);
    t.name = text(row[1]);
    const QString kind = text(row[2]);
    t.kind = kind == QLatin1String("e")   ? TypeDefinition::Kind::Enum
           : kind == QLatin1String("d") ? TypeDefinition::Kind::Domain
           : kind == QLatin1String("r") ? TypeDefinition::Kind::Range
                                        : TypeDefinition::Kind::Composite;
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
    } else if (t.kind == TypeDefinition::Kind::Range) {
        t.base = text(row[10]);
        t.rangeOptions = names(row[11]);
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

void readUniqueConstraint(const pqxx::row &row, const ReadTables &read, Table &t, const QString &deferrable)
{
    const QString definition = text(row[9]);
    Index unique{text(row[1]), read.keyColumns(row[3], row[15], row[0]), true, {}};
    unique.constraint = true;  // a constraint, as the database has it, not a bare unique index
    unique.nullsNotDistinct = definition.startsWith(QLatin1String("UNIQUE NULLS NOT DISTINCT"));
    unique.deferrable = deferrable;
    unique.comment = text(row[10]);
    static const QRegularExpression include(QStringLiteral(" INCLUDE \\(([^)]*)\\)"));
    if (const QRegularExpressionMatch m = include.match(definition); m.hasMatch())
        for (const QString &column : m.captured(1).split(QStringLiteral(", ")))
            unique.include << (column.startsWith(QLatin1Char('"')) ? column.mid(1, column.size() - 2).replace(QStringLiteral("\"\""), QStringLiteral("\"")) : column);
    t.indexes << unique;
}

void readForeignKey(const pqxx::row &row, const ReadTables &read, Table &t)
{
    const QString refSchema = text(row[4]), refTable = text(row[5]);
    ForeignKey fk{text(row[1]), read.keyColumns(row[3], row[15], row[0]), refSchema == t.schema ? refTable : refSchema + QLatin1Char('.') + refTable,
                  read.keyColumns(row[6], row[16], row[17]), action(text(row[7])), action(text(row[8])), false, {}};
    fk.matchFull = row[13].as<bool>();
    fk.deferrable = row[11].as<bool>();
    fk.initiallyDeferred = row[12].as<bool>();
    fk.notValid = !row[14].as<bool>();
    fk.comment = text(row[10]);
    t.foreignKeys << fk;
}

// The columns of `columns` in the order of `numbers`, theirs.
void sortByAttributeNumber(QList<Column> &columns, QList<int> &numbers)
{
    if (std::is_sorted(numbers.begin(), numbers.end()))
        return;
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

Column column(const pqxx::row &row)
{
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
    return c;
}

} // namespace

std::string oidArray(const QSet<pqxx::oid> &oids)
{
    QStringList numbers;
    for (const pqxx::oid oid : oids)
        numbers << QString::number(oid);
    return (QLatin1Char('{') + numbers.join(QLatin1Char(',')) + QLatin1Char('}')).toStdString();
}

Table *ReadTables::find(pqxx::oid oid)
{
    const auto at = byOid.constFind(oid);
    return at == byOid.cend() ? nullptr : &tables[*at];
}

QStringList ReadTables::keyColumns(const pqxx::field &named, const pqxx::field &numbers, const pqxx::field &table) const
{
    if (!named.is_null())
        return names(named);
    QStringList columns;
    for (const QString &number : text(numbers).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const auto column = columnByNumber.constFind({table.as<pqxx::oid>(), number.toInt()});
        if (column == columnByNumber.cend())  // the query names the columns of every table not read whole: cannot happen
            throw std::runtime_error("a key names column number " + number.toStdString() + " of a table whose columns were not read");
        columns << tables.at(byOid.value(table.as<pqxx::oid>())).columns.at(*column).name;
    }
    return columns;
}

QList<pqxx::row> readTables(const pqxx::result &rows, ReadTables &into)
{
    QList<pqxx::row> sorted = sortedRows(rows, [](const pqxx::row &r) { return oidAt(r, 0); });
    into.tables.reserve(sorted.size());
    for (const auto &row : sorted) {
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
        into.byOid.insert(oidAt(row, 0), into.tables.size());
        into.tables << std::move(t);
    }
    return sorted;
}

QSet<pqxx::oid> namedAsHistoryTables(const QList<Table> &tables, const QList<pqxx::row> &rows)
{
    QSet<QString> historyNames;  // every table's history table name, had it one
    historyNames.reserve(tables.size());
    for (const Table &t : tables)
        historyNames << t.schema + QLatin1Char('.') + conventions::historyTableName(t.name);
    QSet<pqxx::oid> named;
    for (qsizetype i = 0; i < tables.size(); ++i)
        if (historyNames.contains(tables.at(i).schema + QLatin1Char('.') + tables.at(i).name))
            named << oidAt(rows.at(i), 0);
    return named;
}

void readColumns(const pqxx::result &rows, ReadTables &into)
{
    QHash<pqxx::oid, QList<int>> attributeNumbers;  // of the columns read, by table, in the order they came
    for (const auto &row : rows) {  // of the tables read only (asked by their oids)
        Table &t = into.tables[into.byOid.value(oidAt(row, 0))];
        if (t.isPartition())
            continue;  // its parent's columns
        attributeNumbers[oidAt(row, 0)] << row[7].as<int>();
        t.columns << column(row);
        if (row[12].as<bool>())
            into.statisticsTargets << t.qualifiedName() + QLatin1Char('.') + t.columns.last().name;
    }
    // In attribute order, which the server was not asked for (a new backend's sort of 12,000 rows costs more than this).
    for (auto it = attributeNumbers.begin(); it != attributeNumbers.end(); ++it) {
        QList<int> &numbers = it.value();
        sortByAttributeNumber(into.tables[into.byOid.value(it.key())].columns, numbers);
        for (qsizetype i = 0; i < numbers.size(); ++i)
            into.columnByNumber.insert({it.key(), numbers.at(i)}, i);
    }
}

void readConstraints(const pqxx::result &rows, ReadTables &into)
{
    for (const pqxx::row &row : sortedRows(rows, [](const pqxx::row &r) { return std::pair(oidAt(r, 0), oidAt(r, 18)); })) {
        Table *t = into.find(oidAt(row, 0));
        if (!t)
            continue;
        const QString kind = text(row[2]), definition = text(row[9]), comment = text(row[10]);
        const QString deferrable = !row[11].as<bool>() ? QString() : row[12].as<bool>() ? QStringLiteral("deferred") : QStringLiteral("immediate");
        if (kind == QLatin1String("x")) {
            t->exclusions << Exclusion{text(row[1]), definition.mid(int(qstrlen("EXCLUDE "))), {}, comment};
        } else if (kind == QLatin1String("p")) {
            t->primaryKey = into.keyColumns(row[3], row[15], row[0]);
            if (const QString name = text(row[1]); name != conventions::primaryKeyName(t->name))
                t->primaryKeyName = name;
            t->primaryKeyDeferrable = deferrable;
            t->primaryKeyComment = comment;
        } else if (kind == QLatin1String("u")) {
            readUniqueConstraint(row, into, *t, deferrable);
        } else if (kind == QLatin1String("f")) {
            readForeignKey(row, into, *t);
        } else {
            Check check{text(row[1]), checkExpression(definition), {}};
            check.notValid = !row[14].as<bool>();
            check.comment = comment;
            t->checks << check;
        }
    }
}

void readIndexes(const pqxx::result &rows, ReadTables &into, QStringList &warnings)
{
    for (const auto &row : rows) {
        Table *t = into.find(oidAt(row, 0));
        if (!t)
            continue;
        // Read from the server's own definition, which the design must write back exactly;
        // what it cannot hold (storage parameters, NULLS NOT DISTINCT) is left out by name.
        std::optional<Index> index = sql::indexFromDefinition(text(row[2]), *t);
        if (!index) {
            warnings << QStringLiteral("index %1 of %2 (%3) is more than a design can hold yet: left out").arg(text(row[1]), t->name, text(row[2]));
            continue;
        }
        index->comment = text(row[3]);
        t->indexes << *index;
    }
}

QList<Sequence> readSequences(const pqxx::result &rows, ReadTables &into)
{
    QList<Sequence> standalone;
    for (const pqxx::row &row : sortedRows(rows, [](const pqxx::row &r) { return oidAt(r, 13); })) {
        const QString type = text(row[2]), deptype = text(row[9]);
        const std::pair<pqxx::oid, int> ownerColumn{row[10].is_null() ? 0 : oidAt(row, 10), row[11].is_null() ? 0 : row[11].as<int>()};
        Table *owner = into.columnByNumber.contains(ownerColumn) ? &into.tables[into.byOid.value(ownerColumn.first)] : nullptr;
        Column *column = owner ? &owner->columns[into.columnByNumber.value(ownerColumn)] : nullptr;
        // Serial: a sequence of the column's own integer type that the column owns, under the
        // name PostgreSQL gives it (a domain over an integer drawing from it is no serial).
        const QString serialSequence = owner ? quoteIdentifier(conventions::sequenceName(owner->name, column->name)) : QString();
        const bool integerColumn = column && column->type == type && QStringList{QStringLiteral("integer"), QStringLiteral("bigint"), QStringLiteral("smallint")}.contains(type);
        if (integerColumn && deptype == QLatin1String("a") && column->defaultExpr
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
        standalone << s;
    }
    return standalone;
}

QList<Extension> readExtensions(const pqxx::result &rows)
{
    QList<Extension> extensions;
    for (const auto &row : rows) {
        Extension e{text(row[0]), text(row[1])};
        const QStringList known = e.providedTypes();
        for (const QString &type : names(row[2]))
            if (!known.contains(type))
                e.types << type;
        if (row[3].as<bool>())
            e.comment = text(row[4]);
        extensions << e;
    }
    return extensions;
}

QList<TypeDefinition> readTypes(const pqxx::result &rows)
{
    QList<TypeDefinition> types;
    for (const auto &row : rows)
        types << typeDefinition(row);
    return types;
}

QList<LiveTrigger> readTriggers(const pqxx::result &rows, bool all)
{
    QList<LiveTrigger> triggers;
    for (const pqxx::row &row : triggersInOrder(rows, all))
        triggers << trigger(row);
    return triggers;
}

QSet<QString> tablesWithUpdatedAtTrigger(const pqxx::result &triggers)
{
    QSet<QString> tables;
    for (const auto &row : triggers)
        if (text(row[2]) == conventions::updatedAtTriggerName(text(row[1])))
            tables << text(row[0]) + QLatin1Char('.') + text(row[1]);
    return tables;
}

} // namespace sw::db::catalog
