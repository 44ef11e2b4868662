#pragma once
// A script of statements a person reads before it runs (a repair of one
// database), sent as it is.

#include <QString>

namespace sw::db {

// Runs `sql` on the database of `conninfo` in one go. The script's own BEGIN
// and COMMIT make it one transaction: on an error what it began is rolled
// back, and the error is thrown (SchemaError or pqxx's, as describeSqlError reads them).
void runSqlScript(const QString &conninfo, const QString &sql);

} // namespace sw::db
