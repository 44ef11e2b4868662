#include "drift/databaserepair.h"

#include "diff/schemadiff.h"
#include "drift/historyrepair.h"

namespace sw {

MigrationPlan planDatabaseRepair(const Project &built, const Project &actual, const LiveSchema &live, const QList<DriftItem> &liveAgainstChain)
{
    MigrationPlan plan = planHistoryRepairs(live, liveAgainstChain);
    // The same importer read both, so tables that agree plan nothing; the
    // ids are the importer's, not a design's, and must not pair renames.
    Project from = actual, to = built;
    for (Table &t : from.tables)
        t.id.clear();
    for (Table &t : to.tables)
        t.id.clear();
    plan.append(planMigration(from, to));
    return plan;
}

} // namespace sw
