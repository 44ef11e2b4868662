#pragma once
// Values to and from catalog queries, spelled one way for every reader.

#include <QString>
#include <QStringList>

#include <pqxx/pqxx>

#include <string>

namespace sw::db {

QString text(const pqxx::field &f);  // NULL as empty
// A text[] literal for a query parameter: {"public","sales"}, each element
// quoted, so that commas, braces, quotes and backslashes in names stay theirs.
std::string textArray(const QStringList &values);
// A condition that the object `oid` (an SQL expression) of `catalog` ('pg_class', …)
// is none an extension made: pg_dump leaves those out, and so does a design.
std::string notAnExtensions(const char *catalog, const char *oid);

} // namespace sw::db
