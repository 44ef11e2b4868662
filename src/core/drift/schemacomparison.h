#pragma once
// Where the database and the design part ways, object by object. One
// comparison serves `schemawright-cli drift` and the GUI's drift tree.

#include "drift/liveschema.h"
#include "model/schema.h"
#include "problem.h"

namespace sw {

// Information: worth knowing, not a difference (e.g. history columns in another order).
enum class DriftState { Missing, Unexpected, Different, Inconsistent, Information };

struct DriftItem {
    DriftState state;
    QString category;   // "table", "column", "primary key", "index", "foreign key", "check", "comment", "history table", ...
    QString schema;
    QString table;
    QString name;       // the column, index, constraint or trigger; empty for the table itself
    QString expected;   // as the design has it
    QString actual;     // as the database has it
    Problem finding;    // code, severity and message, for the CLI
};

// `design` should have its expressions in PostgreSQL's words (see
// db::canonicalizeExpressions) so that equal expressions compare equal.
QList<DriftItem> compareSchemas(const Project &design, const Project &actual);

// The consistency checks of the live schema, as drift items.
QList<DriftItem> consistencyItems(const LiveSchema &live);

} // namespace sw
