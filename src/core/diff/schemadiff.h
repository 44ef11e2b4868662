#pragma once
// The one function that turns two designs into a migration. The GUI preview,
// the GUI export and `schemawright-cli generate` all call it.

#include "migration/migrationplan.h"
#include "model/schema.h"

namespace sw {

struct SchemaChange {
    MigrationPlan plan;
    // What the new design asks that no SQL can do (PostgreSQL cannot reorder
    // columns). A change with notes and an empty plan changes nothing.
    QStringList notes;
};

// Throws SchemaError when a change cannot be made safely.
SchemaChange diffSchemas(const Project &from, const Project &to);
MigrationPlan planMigration(const Project &from, const Project &to);
// First in both ways of a production-safe migration: SET LOCAL lock_timeout
// (and statement_timeout); each migration runs in its own transaction, so it
// bounds that one and ends with it.
MigrationStep boundedWaits(const ProductionSafety &safety);

} // namespace sw
