#include "databasetypes.h"

#include <pqxx/pqxx>

namespace sw::db {

namespace {

// Arrays are any type with [] after it, and a table's row type is no column
// type a design would pick: both stay out.
const char *const kColumnTypes = R"sql(
SELECT CASE WHEN n.nspname = 'public' THEN quote_ident(t.typname) ELSE quote_ident(n.nspname) || '.' || quote_ident(t.typname) END
FROM pg_type t
JOIN pg_namespace n ON n.oid = t.typnamespace
WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_%'
  AND t.typtype IN ('b', 'c', 'd', 'e', 'r', 'm') AND t.typcategory <> 'A'
  AND (t.typrelid = 0 OR (SELECT relkind FROM pg_class WHERE oid = t.typrelid) = 'c')
ORDER BY 1
)sql";

} // namespace

QStringList columnTypesIn(Connection &connection)
{
    pqxx::read_transaction tx(connection.raw());
    QStringList types;
    for (const auto &row : tx.exec(kColumnTypes))
        types << QString::fromStdString(row[0].as<std::string>());
    return types;
}

} // namespace sw::db
