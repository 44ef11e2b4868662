#pragma once
// The one function that turns two designs into a migration. The GUI preview,
// the GUI export and `schemawright-cli generate` all call it.

#include "migration/migrationplan.h"
#include "model/schema.h"

namespace sw {

// Throws SchemaError when a change is not supported.
MigrationPlan planMigration(const Project &from, const Project &to);

} // namespace sw
