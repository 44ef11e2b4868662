#pragma once
// One made-up row in every table, so that a downgrade is tried on tables
// that hold data, as the house guide's testing workflow asks.

#include "connection.h"
#include "model/schema.h"

namespace sw::db {

// Inserts in foreign key order; throws SchemaError naming the table whose
// row the database refused.
void insertSampleRows(Connection &connection, const Project &schema);

} // namespace sw::db
