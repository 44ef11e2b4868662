#include "samplerows.h"

#include "columntype.h"
#include "identifiers.h"
#include "problem.h"
#include "sql/tablesql.h"

#include <QRegularExpression>

#include <pqxx/pqxx>

namespace sw::db {

namespace {

// A string a check on the column accepts, if it names any ('BUY', 'SELL').
QString textValue(const Table &table, const Column &column)
{
    static const QRegularExpression literal(QStringLiteral("'((?:[^']|'')*)'"));
    for (const Check &check : table.checks)
        if (check.expression.contains(column.name)) {
            const QRegularExpressionMatch m = literal.match(check.expression);
            if (m.hasMatch() && !m.captured(1).contains(QLatin1Char('%')))
                return quoteLiteral(m.captured(1).replace(QLatin1String("''"), QLatin1String("'")));
        }
    return QStringLiteral("'x'");
}

QString sampleValue(const Table &table, const Column &column)
{
    const auto type = parseColumnType(column.type);
    if (!type)
        return QStringLiteral("DEFAULT");
    if (type->arrayDepth > 0)
        return QStringLiteral("'{}'");
    const QString base = type->base;
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
    return QStringLiteral("1");  // every number type
}

// A default can break a check (default 0, check > 0): checked columns get a value.
bool checked(const Table &table, const Column &column)
{
    return std::any_of(table.checks.begin(), table.checks.end(), [&](const Check &c) { return c.expression.contains(column.name); });
}

QString insertStatement(const Table &table)
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
        if (fk) {
            const QString ref = fk->refColumns.value(fk->columns.indexOf(c.name));
            columns << quoteIdentifier(c.name);
            values << QStringLiteral("(SELECT %1 FROM %2 LIMIT 1)").arg(quoteIdentifier(ref), quoteIdentifier(fk->references));
        } else if ((!generated && !table.isNullable(c)) || (!(type && type->isSerial()) && checked(table, c))) {
            columns << quoteIdentifier(c.name);
            values << sampleValue(table, c);
        }
    }
    if (columns.isEmpty())
        return QStringLiteral("INSERT INTO %1 DEFAULT VALUES").arg(sql::tableRef(table));
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(sql::tableRef(table), columns.join(QStringLiteral(", ")), values.join(QStringLiteral(", ")));
}

} // namespace

void insertSampleRows(Connection &connection, const Project &schema)
{
    QList<const Table *> remaining;
    for (const Table &t : schema.tables)
        remaining << &t;
    pqxx::work tx(connection.raw());
    while (!remaining.isEmpty()) {
        // Tables whose referenced tables already have their row go first.
        auto next = std::find_if(remaining.begin(), remaining.end(), [&](const Table *t) {
            return std::none_of(t->foreignKeys.begin(), t->foreignKeys.end(), [&](const ForeignKey &fk) {
                return std::any_of(remaining.begin(), remaining.end(), [&](const Table *r) { return r != t && r->name == fk.references; });
            });
        });
        if (next == remaining.end())
            next = remaining.begin();
        try {
            tx.exec(insertStatement(**next).toStdString());
        } catch (const std::exception &e) {
            throw SchemaError(Problem{Problem::Severity::Error, QStringLiteral("sample-row-refused"),
                                      QStringLiteral("a sample row was refused: %1").arg(describeSqlError(e)), {}, (*next)->schema, (*next)->name, {}, 0});
        }
        remaining.erase(next);
    }
    tx.commit();
}

} // namespace sw::db
