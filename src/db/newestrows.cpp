#include "newestrows.h"

#include "catalogvalues.h"
#include "identifiers.h"
#include "problem.h"

#include <pqxx/pqxx>

namespace sw::db {

RowSample newestRows(Connection &connection, const QString &schema, const QString &table, const QString &orderBy, int limit)
{
    // Schema named always: the message says which, and search_path plays no part.
    const QString relation = schemaQualifiedIdentifier(schema, table);
    pqxx::read_transaction tx(connection.raw());
    const pqxx::result columns = tx.exec_params(
        "SELECT attname FROM pg_attribute WHERE attrelid = to_regclass($1) AND attnum > 0 AND NOT attisdropped ORDER BY attnum",
        relation.toStdString());
    if (columns.empty())
        throw SchemaError(Problem{Problem::Severity::Error, QStringLiteral("no-such-table"),
                           QStringLiteral("The database has no table %1.").arg(relation), {}, schema, table, {}});
    RowSample sample;
    QStringList selected;
    for (const pqxx::row &column : columns) {
        sample.columns << text(column[0]);
        // Cast to text: the server prints the value, no client conversion.
        selected << quoteIdentifier(sample.columns.last()) + QStringLiteral("::text");
    }
    const QString order = quoteIdentifier(orderBy.isEmpty() ? sample.columns.first() : orderBy);
    const pqxx::result rows = tx.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3 DESC LIMIT %4")
                                          .arg(selected.join(QStringLiteral(", ")), relation, order)
                                          .arg(limit)
                                          .toStdString());
    for (const pqxx::row &row : rows) {
        QList<std::optional<QString>> values;
        for (const pqxx::field &field : row)
            values << (field.is_null() ? std::nullopt : std::optional<QString>(text(field)));
        sample.rows << values;
    }
    return sample;
}

} // namespace sw::db
