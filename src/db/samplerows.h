#pragma once
// One made-up row in every table, so that a downgrade is tried on tables
// that hold data, as the house guide's testing workflow asks.

#include "connection.h"
#include "model/schema.h"

namespace sw::db {

struct SampleRows {
    QList<const Table *> filled;  // in the order their rows went in
    QStringList refused;          // "table: error", where the schema's own rules refused the made-up row
};

// A row in every table, in foreign key order. A row the schema's own rules
// refuse (a check, a trigger of its own, a key to a table left empty) leaves
// that table empty and is said in `refused`: made-up values cannot satisfy
// every rule a real schema has. A row a house rule's function refuses throws
// SchemaError naming the table: that is the migration's error.
SampleRows insertSampleRows(Connection &connection, const Project &schema);

// Whether a database error was raised in one of the functions the house rules
// make (a history trigger function, an updated_at function) of `schema`.
bool raisedByHouseRules(const Project &schema, const QString &error);

} // namespace sw::db
