#include "samplerows.h"

#include "columntype.h"
#include "conventions.h"
#include "identifiers.h"
#include "problem.h"
#include "sql/tablesql.h"

#include <QHash>
#include <QSet>
#include <QRegularExpression>

#include <pqxx/pqxx>

namespace sw::db {

namespace {

// A string a check on the column accepts, if it names any ('BUY', 'SELL'); a
// LIKE pattern ('%@%') becomes the shortest string it matches ('@').
QString textValue(const Table &table, const Column &column)
{
    static const QRegularExpression literal(QStringLiteral("'((?:[^']|'')*)'"));
    for (const Check &check : table.checks)
        if (check.expression.contains(column.name)) {
            const QRegularExpressionMatch m = literal.match(check.expression);
            QString value = m.captured(1).replace(QLatin1String("''"), QLatin1String("'"));
            if (check.expression.contains(QLatin1String("LIKE"), Qt::CaseInsensitive))
                value = value.remove(QLatin1Char('%')).replace(QLatin1Char('_'), QLatin1Char('x'));
            if (m.hasMatch() && !value.isEmpty())
                return quoteLiteral(value);
        }
    return QStringLiteral("'x'");
}

QString sampleValue(const Project &schema, const Table &table, const Column &column);

// The length a check fixes ("octet_length(VALUE) = 20", "length(code) = 3"), if any.
std::optional<int> fixedLength(const QList<Check> &checks, const QString &subject)
{
    const QRegularExpression fixed(QStringLiteral("\\b(?:octet_length|char_length|character_length|length)\\(\\s*\"?%1\"?\\s*\\)\\s*=\\s*(\\d+)")
                                       .arg(QRegularExpression::escape(subject)),
                                   QRegularExpression::CaseInsensitiveOption);
    for (const Check &check : checks)
        if (const QRegularExpressionMatch m = fixed.match(check.expression); m.hasMatch())
            return m.captured(1).toInt();
    return std::nullopt;
}

// A text or bytea value of `length` characters or bytes.
QString valueOfLength(const QString &base, int length)
{
    return base == QLatin1String("bytea") ? QStringLiteral("'\\x%1'").arg(QString(2 * length, QLatin1Char('0'))) : quoteLiteral(QString(length, QLatin1Char('x')));
}

bool textOrBytes(const QString &base)
{
    return base == QLatin1String("varchar") || base == QLatin1String("char") || base == QLatin1String("text") || base == QLatin1String("bytea");
}

// A PostGIS value its type modifier accepts ("(MultiPolygon,4326)"): that
// kind of geometry, with its dimensions (Z, M, ZM) and its SRID.
QString geometryValue(const QString &modifiers)
{
    const QStringList parts = modifiers.isEmpty() ? QStringList() : modifiers.mid(1).chopped(1).split(QLatin1Char(','));
    QString kind = parts.value(0).trimmed().toUpper();
    QString dimensions;
    for (const QString &suffix : {QStringLiteral("ZM"), QStringLiteral("Z"), QStringLiteral("M")})
        if (dimensions.isEmpty() && kind.size() > suffix.size() && kind.endsWith(suffix)) {
            dimensions = suffix;
            kind.chop(suffix.size());
        }
    const auto at = [&](int x, int y) { return QStringLiteral("%1 %2").arg(x).arg(y) + QStringLiteral(" 0").repeated(dimensions.size()); };
    const QString line = at(0, 0) + QLatin1Char(',') + at(1, 1);
    const QString ring = QLatin1Char('(') + at(0, 0) + QLatin1Char(',') + at(1, 0) + QLatin1Char(',') + at(1, 1) + QLatin1Char(',') + at(0, 0) + QLatin1Char(')');
    const QHash<QString, QString> bodies = {
        {QStringLiteral("POINT"), QLatin1Char('(') + at(0, 0) + QLatin1Char(')')},
        {QStringLiteral("LINESTRING"), QLatin1Char('(') + line + QLatin1Char(')')},
        {QStringLiteral("POLYGON"), QLatin1Char('(') + ring + QLatin1Char(')')},
        {QStringLiteral("MULTIPOINT"), QLatin1Char('(') + at(0, 0) + QLatin1Char(')')},
        {QStringLiteral("MULTILINESTRING"), QStringLiteral("((") + line + QStringLiteral("))")},
        {QStringLiteral("MULTIPOLYGON"), QStringLiteral("((") + ring + QStringLiteral("))")},
        {QStringLiteral("GEOMETRYCOLLECTION"), QStringLiteral("(POINT(") + at(0, 0) + QStringLiteral("))")},
    };
    if (!bodies.contains(kind))
        kind = QStringLiteral("POINT");  // also for GEOMETRY, any kind
    const QString body = bodies.value(kind);
    const QString wkt = kind + (dimensions.isEmpty() ? QString() : QLatin1Char(' ') + dimensions + QLatin1Char(' ')) + body;
    const QString srid = parts.value(1).trimmed();
    return quoteLiteral(srid.isEmpty() || srid == QLatin1String("0") ? wkt : QStringLiteral("SRID=%1;%2").arg(srid, wkt));
}

// A value of an enum, domain, composite or extension type.
QString userTypeValue(const Project &schema, const Table &table, const Column &column)
{
    const TypeDefinition *type = schema.findType(column.type);
    if (!type) {
        static const QHash<QString, QString> extensionLiterals = {
            {QStringLiteral("citext"), QStringLiteral("'x'")}, {QStringLiteral("hstore"), QStringLiteral("''")},
            {QStringLiteral("ltree"), QStringLiteral("'x'")}, {QStringLiteral("cube"), QStringLiteral("'(0)'")},
            {QStringLiteral("seg"), QStringLiteral("'0'")},
        };
        const auto parsed = parseColumnType(column.type);
        const QString base = parsed->base.section(QLatin1Char('.'), -1);
        if (base == QLatin1String("geometry") || base == QLatin1String("geography"))
            return geometryValue(parsed->modifiers);
        return extensionLiterals.value(base, QStringLiteral("DEFAULT"));
    }
    switch (type->kind) {
    case TypeDefinition::Kind::Enum:
        return type->values.isEmpty() ? QStringLiteral("DEFAULT") : quoteLiteral(type->values.first());
    case TypeDefinition::Kind::Domain: {
        if (type->defaultExpr)
            return QStringLiteral("DEFAULT");
        Column base = column;
        base.type = type->base;
        const auto baseType = parseColumnType(type->base);
        if (const std::optional<int> length = fixedLength(type->checks, QStringLiteral("VALUE")); length && baseType && textOrBytes(baseType->base))
            return valueOfLength(baseType->base, *length);
        return sampleValue(schema, table, base);
    }
    case TypeDefinition::Kind::Range:
        return QStringLiteral("'empty'::%1").arg(column.type);
    case TypeDefinition::Kind::Composite:
        return QStringLiteral("ROW(%1)::%2").arg(QStringList(type->attributes.size(), QStringLiteral("NULL")).join(QStringLiteral(", ")), column.type);
    }
    return QStringLiteral("DEFAULT");
}

QString sampleValue(const Project &schema, const Table &table, const Column &column)
{
    const auto type = parseColumnType(column.type);
    if (!type)
        return QStringLiteral("DEFAULT");
    if (type->arrayDepth > 0)
        return QStringLiteral("'{}'");
    if (type->userDefined)
        return userTypeValue(schema, table, column);
    const QString base = type->base;
    if (const std::optional<int> length = fixedLength(table.checks, column.name); length && textOrBytes(base))
        return valueOfLength(base, *length);
    if (base == QLatin1String("boolean"))
        return QStringLiteral("true");
    if (base == QLatin1String("varchar") || base == QLatin1String("char") || base == QLatin1String("text"))
        return textValue(table, column);
    if (base == QLatin1String("date"))
        return QStringLiteral("'2000-01-01'");
    if (base.startsWith(QLatin1String("timestamp")))
        return QStringLiteral("now()");
    if (base == QLatin1String("time"))
        return QStringLiteral("'12:00'");
    if (base == QLatin1String("interval"))
        return QStringLiteral("'1 day'");
    if (base == QLatin1String("uuid"))
        return QStringLiteral("'00000000-0000-0000-0000-000000000001'");
    if (base == QLatin1String("json") || base == QLatin1String("jsonb"))
        return QStringLiteral("'{}'");
    if (base == QLatin1String("bytea"))
        return QStringLiteral("'\\x00'");
    // A literal each of the other built-in types reads.
    static const QHash<QString, QString> literals = {
        {QStringLiteral("timetz"), QStringLiteral("'12:00+00'")}, {QStringLiteral("inet"), QStringLiteral("'10.0.0.1'")},
        {QStringLiteral("cidr"), QStringLiteral("'10.0.0.0/8'")}, {QStringLiteral("macaddr"), QStringLiteral("'08:00:2b:01:02:03'")},
        {QStringLiteral("macaddr8"), QStringLiteral("'08:00:2b:01:02:03:04:05'")}, {QStringLiteral("varbit"), QStringLiteral("B'0'")},
        {QStringLiteral("tsvector"), QStringLiteral("'word'")}, {QStringLiteral("tsquery"), QStringLiteral("'word'")},
        {QStringLiteral("xml"), QStringLiteral("'<a/>'")}, {QStringLiteral("point"), QStringLiteral("'(0,0)'")},
        {QStringLiteral("line"), QStringLiteral("'{1,-1,0}'")}, {QStringLiteral("lseg"), QStringLiteral("'[(0,0),(1,1)]'")},
        {QStringLiteral("box"), QStringLiteral("'(1,1),(0,0)'")}, {QStringLiteral("path"), QStringLiteral("'[(0,0),(1,1)]'")},
        {QStringLiteral("polygon"), QStringLiteral("'((0,0),(1,1),(1,0))'")}, {QStringLiteral("circle"), QStringLiteral("'<(0,0),1>'")},
        {QStringLiteral("pg_lsn"), QStringLiteral("'0/0'")}, {QStringLiteral("money"), QStringLiteral("1")},
    };
    if (literals.contains(base))
        return literals.value(base);
    if (base == QLatin1String("bit"))  // exactly as many bits as the type holds
        return QStringLiteral("B'%1'").arg(QString(type->modifiers.isEmpty() ? 1 : type->modifiers.mid(1).chopped(1).toInt(), QLatin1Char('0')));
    if (base.endsWith(QLatin1String("multirange")))
        return QStringLiteral("'{}'");
    if (base.endsWith(QLatin1String("range")))
        return QStringLiteral("'empty'");
    return QStringLiteral("1");  // every number type
}

// A default can break a check (default 0, check > 0): checked columns get a value.
bool checked(const Table &table, const Column &column)
{
    return std::any_of(table.checks.begin(), table.checks.end(), [&](const Check &c) { return c.expression.contains(column.name); });
}

// `referenced`: the table's columns another table's key points at; they get a
// value though they may be null, so that the key finds one. `leftNull`:
// nullable columns the row leaves out (a check such as "exactly one of these
// keys" refuses a row with every key filled).
QString insertStatement(const Project &schema, const Table &table, const QSet<QString> &referenced, const QSet<QString> &leftNull = {})
{
    QStringList columns, values;
    for (const Column &c : table.columns) {
        const ForeignKey *fk = nullptr;
        for (const ForeignKey &k : table.foreignKeys)
            if (k.columns.contains(c.name))
                fk = &k;
        const auto type = parseColumnType(c.type);
        const bool generated = c.defaultExpr || (type && type->isSerial());
        if (!c.identity.isEmpty() || c.generatedExpr)
            continue;  // the server gives them their values (and refuses ours)
        if (leftNull.contains(c.name))
            continue;
        if (fk) {
            const QString ref = fk->refColumns.value(fk->columns.indexOf(c.name));
            columns << quoteIdentifier(c.name);
            values << QStringLiteral("(SELECT %1 FROM %2 LIMIT 1)").arg(quoteIdentifier(ref), sql::referencedTableRef(table, *fk));
        } else if ((!generated && (!table.isNullable(c) || referenced.contains(c.name))) || (!(type && type->isSerial()) && checked(table, c))) {
            columns << quoteIdentifier(c.name);
            values << sampleValue(schema, table, c);
        }
    }
    if (columns.isEmpty())
        return QStringLiteral("INSERT INTO %1 DEFAULT VALUES").arg(sql::tableRef(table));
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(sql::tableRef(table), columns.join(QStringLiteral(", ")), values.join(QStringLiteral(", ")));
}

// For a row a check of `table` refused (named in `error`): the nullable
// columns it names, each one alone left in (the others left null).
QList<QSet<QString>> oneAtATime(const Table &table, const QSet<QString> &nullable, const QString &error)
{
    static const QRegularExpression violated(QStringLiteral("violates check constraint \"([^\"]+)\""));
    const QString name = violated.match(error).captured(1);
    const auto check = std::find_if(table.checks.begin(), table.checks.end(), [&](const Check &c) { return !name.isEmpty() && c.name == name; });
    if (check == table.checks.end())
        return {};
    QSet<QString> named;
    for (const QString &column : nullable)
        if (QRegularExpression(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(column))).match(check->expression).hasMatch())
            named << column;
    QList<QSet<QString>> variants;
    for (const QString &kept : named)
        variants << (named - QSet<QString>{kept});
    return variants;
}

} // namespace

bool raisedByHouseRules(const Project &schema, const QString &error)
{
    for (const Table &t : schema.tables)
        for (const QString &function : {conventions::historyFunctionName(t.name), conventions::updatedAtFunctionName(t.name)})
            if (error.contains(QStringLiteral("function %1(").arg(function)) || error.contains(QStringLiteral("function %1.%2(").arg(t.schema, function)))
                return true;
    return false;
}

namespace {

// Rows go into a partitioned table, which places them; only one with a
// DEFAULT partition surely has a place for a made-up row.
QList<const Table *> tablesTakingRows(const Project &schema)
{
    const auto hasDefaultPartition = [&](const Table &parent) {
        return std::any_of(schema.tables.begin(), schema.tables.end(), [&](const Table &p) {
            return p.isPartition() && schema.findTable(p.partitionOf, p.schema) == &parent && p.partitionBound == QLatin1String("DEFAULT");
        });
    };
    QList<const Table *> tables;
    for (const Table &t : schema.tables)
        if (!t.isPartition() && (t.partitionBy.isEmpty() || hasDefaultPartition(t)))
            tables << &t;
    return tables;
}

// Each table's columns that another table's key points at.
QHash<const Table *, QSet<QString>> referencedColumns(const Project &schema)
{
    QHash<const Table *, QSet<QString>> referenced;
    for (const Table &t : schema.tables)
        for (const ForeignKey &fk : t.foreignKeys)
            if (const Table *target = schema.findTable(fk.references, t.schema))
                for (const QString &column : fk.refColumns)
                    referenced[target].insert(column);
    return referenced;
}

} // namespace

SampleRows insertSampleRows(Connection &connection, const Project &schema)
{
    QList<const Table *> remaining = tablesTakingRows(schema);
    const QHash<const Table *, QSet<QString>> referenced = referencedColumns(schema);
    SampleRows rows;
    QList<std::pair<const Table *, QString>> refused;  // and why, until a later try takes its row
    pqxx::work tx(connection.raw());
    // The error that refused the row (empty: it went in). The whole row goes
    // first; a check it breaks is tried with one of the nullable columns it
    // names filled at a time; last, the row with no nullable column.
    const auto tryRow = [&](const Table &table) {
        QSet<QString> nullable;
        for (const Column &c : table.columns)
            if (table.isNullable(c))
                nullable << c.name;
        QList<QSet<QString>> variants{{}, nullable};
        QString first;
        for (qsizetype i = 0; i < variants.size(); ++i)
            try {
                pqxx::subtransaction row(tx);
                row.exec(insertStatement(schema, table, referenced.value(&table), variants.at(i)).toStdString());
                row.commit();
                rows.filled << &table;
                return QString();
            } catch (const std::exception &e) {
                const QString error = QString::fromUtf8(e.what());
                if (raisedByHouseRules(schema, error))
                    throw SchemaError(Problem{Problem::Severity::Error, QStringLiteral("sample-row-refused"),
                                              QStringLiteral("a row of table %1 was refused by a house rule: %2").arg(table.name, describeSqlError(e)), {},
                                              table.schema, table.name, {}, 0});
                if (!first.isEmpty())
                    continue;
                first = describeSqlError(e);
                for (const QSet<QString> &one : oneAtATime(table, nullable, error))
                    variants.insert(1, one);
            }
        return first;
    };
    while (!remaining.isEmpty()) {
        // Tables whose referenced tables already have their row go first.
        auto next = std::find_if(remaining.begin(), remaining.end(), [&](const Table *t) {
            return std::none_of(t->foreignKeys.begin(), t->foreignKeys.end(), [&](const ForeignKey &fk) {
                const Table *referencedTable = schema.findTable(fk.references, t->schema);
                return std::any_of(remaining.begin(), remaining.end(), [&](const Table *r) { return r != t && r == referencedTable; });
            });
        });
        if (next == remaining.end())
            next = remaining.begin();
        const Table &table = **next;
        remaining.erase(next);
        if (const QString error = tryRow(table); !error.isEmpty())
            refused.append({&table, error});
    }
    // A key cycle, or a key to a table tried later: a refused row may fit now.
    for (bool progress = true; progress && !refused.isEmpty();) {
        const qsizetype before = refused.size();
        for (auto &[table, error] : refused)
            if (const QString again = tryRow(*table); !again.isEmpty())
                error = again;
            else
                table = nullptr;
        refused.removeIf([](const auto &r) { return r.first == nullptr; });
        progress = refused.size() < before;
    }
    for (const auto &[table, error] : refused)
        rows.refused << QStringLiteral("%1: %2").arg(table->name, error);
    tx.commit();
    return rows;
}

} // namespace sw::db
