#include "drift/databaserepair.h"

#include "diff/schemadiff.h"
#include "drift/historyrepair.h"

namespace sw {

MigrationPlan planDatabaseRepair(const Project &built, const Project &actual, const LiveSchema &live, const QList<DriftItem> &liveAgainstChain)
{
    MigrationPlan plan;
    QStringList repaired;
    for (const DriftItem &item : liveAgainstChain) {
        const QString key = item.schema + QLatin1Char('.') + item.table;
        if (item.state != DriftState::Inconsistent || item.finding.severity != Problem::Severity::Error || repaired.contains(key))
            continue;
        repaired << key;
        plan.append(planHistoryRepair(live, item.schema, item.table));
    }
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
