#pragma once
// The size of every table of a live database, in one query, for `lint --db`.

#include "connection.h"
#include "lint/tablesizes.h"

namespace sw::db {

// By "schema.name"; the system schemas left out.
QHash<QString, TableSize> readTableSizes(Connection &connection);

} // namespace sw::db
