#pragma once
// The migration that takes one existing table from its old design to its new
// one, keeping main table, history table and trigger function in step.

#include "diff/renamemap.h"
#include "migration/migrationplan.h"
#include "model/schema.h"

namespace sw {

struct TableChangePlan {
    MigrationPlan dropForeignKeys;  // runs before any table changes
    MigrationPlan changes;
    MigrationPlan addForeignKeys;   // runs after new tables exist
    MigrationPlan detach;           // DETACH PARTITION: before any table changes
    MigrationPlan attach;           // ATTACH PARTITION: after every table is as the design says
    QStringList notes;              // what the design asks and PostgreSQL cannot do (column order)
};

// The convention's triggers and functions that are not there for the table
// planned: gone before (a DETACH took its parent's along), or none after (an
// ATTACH gives it its parent's).
struct TableCode {
    bool goneBefore = false;
    bool noneAfter = false;
};

// Throws SchemaError for a change that cannot be made safely (a NOT NULL column
// without default or fill value, a change to or from a serial type, a move
// between schemas).
TableChangePlan planTableChange(const Table &before, const Table &after, const RenameMap &renames, TableCode code = {});

} // namespace sw
