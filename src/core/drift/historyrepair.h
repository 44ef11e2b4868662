#pragma once
// The migration that brings a table's history machinery back in step with
// the table as the database has it: missing history columns added (types
// fixed), the trigger function rewritten whole, missing triggers created and
// disabled ones enabled. The downgrade puts back exactly what was there,
// the old function body included.

#include "drift/liveschema.h"
#include "drift/schemacomparison.h"
#include "migration/migrationplan.h"

namespace sw {

MigrationPlan planHistoryRepair(const LiveSchema &live, const QString &schema, const QString &table);
// The repair of every table an inconsistency error of `items` names, each once, in order.
MigrationPlan planHistoryRepairs(const LiveSchema &live, const QList<DriftItem> &items);

} // namespace sw
