#include "tablesizes.h"

#include <pqxx/result>
#include <pqxx/transaction>

namespace sw::db {

QHash<QString, TableSize> readTableSizes(Connection &connection)
{
    pqxx::read_transaction tx(connection.raw());
    const pqxx::result rows = tx.exec(R"(
        SELECT n.nspname, c.relname, c.reltuples::float8, pg_total_relation_size(c.oid)
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind IN ('r', 'p', 'm')
          AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_toast%')");
    QHash<QString, TableSize> sizes;
    for (const pqxx::row &row : rows)
        sizes.insert(QString::fromStdString(row[0].as<std::string>()) + QLatin1Char('.') + QString::fromStdString(row[1].as<std::string>()),
                     TableSize{row[2].as<double>(), row[3].as<qint64>()});
    return sizes;
}

} // namespace sw::db
