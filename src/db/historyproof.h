#pragma once
// What the house rules promise, tried on rows: every table that keeps history
// holds, in its history table, each row as it was inserted, as it was before
// an update, and as it was deleted. Run after insertSampleRows(); the updates
// and deletes are rolled back, so the rows stay for what comes next.

#include "connection.h"
#include "model/schema.h"

namespace sw::db {

// `filled`: the tables holding a made-up row, in the order the rows went in
// (the deletes go the other way; tables without history are emptied too,
// unchecked). Throws SchemaError naming the table, the operation and the rows
// its history table kept instead, or the house rule's error. An update or a
// delete the schema's own rules refuse is said in the list returned.
QStringList proveHistoryRows(Connection &connection, const Project &schema, const QList<const Table *> &filled);

} // namespace sw::db
