#include "driftdiagnosis.h"

#include "migration/migrationpath.h"
#include "migration/migrationstatus.h"
#include "problem.h"

namespace sw::db {

DriftDiagnosis diagnoseDrift(Connection &connection, const Project &design, const QList<MigrationScript> &scripts, const QString &alembicEnvironment)
{
    DriftDiagnosis d;
    d.againstDesign = driftAgainstProject(connection, design);
    bool atHead = true;
    if (!scripts.isEmpty()) {
        try {
            d.againstChain = driftAgainstMigrations(connection, scripts, alembicEnvironment, {}, &d.built);
        } catch (const SchemaError &e) {  // no right to create a database, or a chain that fails on an empty one
            d.chainUnavailable = e.problem().text();
            d.againstChain.live.revisions = d.againstDesign.live.revisions;
        }
        d.recorded = d.againstChain.live.revisions;
        const MigrationStatus status = migrationStatus(linearChain(scripts), d.recorded);
        d.head = status.head;
        atHead = status.atHead();
        d.ahead = std::any_of(d.againstChain.items.begin(), d.againstChain.items.end(),
                              [](const DriftItem &i) { return i.finding.code == QLatin1String("revision-ahead"); });
        for (const DriftItem &item : consistencyItems(d.built))
            if (item.finding.severity == Problem::Severity::Error)
                d.chainFaults << item;
    }
    // An empty design (a new project) is no claim about the database.
    const QList<DriftItem> designItems = design.tables.isEmpty() ? QList<DriftItem>() : d.againstDesign.items;
    if (!d.chainUnavailable.isEmpty()) {
        // The design's comparison carries the database's consistency items already.
        const QList<DriftItem> liveItems = design.tables.isEmpty() ? consistencyItems(d.againstDesign.live) : d.againstDesign.items;
        d.situation = !atHead ? DriftSituation::OutOfStep : hasDriftError(liveItems) ? DriftSituation::Undetermined : DriftSituation::InStep;
        return d;
    }
    d.situation = classifyDrift(atHead, schemaItems(d.againstChain.items), d.chainFaults, designItems);
    return d;
}

QList<DriftItem> schemaItems(const QList<DriftItem> &items)
{
    QList<DriftItem> schema;
    for (const DriftItem &item : items)
        if (item.category != QLatin1String("revision"))
            schema << item;
    return schema;
}

} // namespace sw::db
