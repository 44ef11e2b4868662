#pragma once
// The drift window's question, answered once for the CLI's engine and the
// GUI alike: where does this database stand against its migration folder
// and its design, and so which fix is the right one (driftsituation.h).

#include "driftanalysis.h"
#include "drift/driftsituation.h"

namespace sw::db {

struct DriftDiagnosis {
    DriftSituation situation = DriftSituation::InStep;
    QStringList recorded;           // what alembic_version says
    QString head;                   // the folder's head; empty without migrations
    bool ahead = false;             // recorded a revision newer than the head
    DriftReport againstChain;       // expected: what the chain builds to head (empty without migrations)
    LiveSchema built;               // the database the chain built, for a fix in the chain
    QList<DriftItem> chainFaults;   // the consistency errors of that database
    DriftReport againstDesign;      // expected: the design
    QString chainUnavailable;       // why the chain could not be built (no right to create a database, a failing migration)
};

// Builds the chain in a scratch database on the same server (created and
// dropped here) when there are `scripts`; when that fails (no right to
// create a database, a migration that fails on an empty one) the design's
// comparison and where the revision stands are still answered.
DriftDiagnosis diagnoseDrift(Connection &connection, const Project &design, const QList<MigrationScript> &scripts, const QString &alembicEnvironment);

// `items` without those that say where the revision stands: the drift of the schema itself.
QList<DriftItem> schemaItems(const QList<DriftItem> &items);

} // namespace sw::db
