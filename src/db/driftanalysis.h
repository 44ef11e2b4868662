#pragma once
// Drift between a live database and what it should be: a design, or the
// schema a migration folder builds. The CLI's `drift` and the GUI's drift
// tree both call these.

#include "catalogimport.h"
#include "connection.h"
#include "drift/schemacomparison.h"
#include "migration/migrationscript.h"

namespace sw::db {

struct DriftReport {
    Project expected;        // in PostgreSQL's words
    Project actual;
    LiveSchema live;
    QList<DriftItem> items;  // differences, inconsistencies and revision state
};

// Only the consistency checks (no design).
// Without `schemas`: every schema of the database (checkDatabase), of the
// design (driftAgainstProject), or that the migration chain builds
// (driftAgainstMigrations).
DriftReport checkDatabase(Connection &connection, const QStringList &schemas = {});
DriftReport driftAgainstProject(Connection &connection, const Project &design, const QStringList &schemas = {});
// Applies the folder to a scratch database on the same server (created and
// dropped here), imports it, and compares; reports the revision state too.
// `built`, when given, receives the live schema of the scratch database.
DriftReport driftAgainstMigrations(Connection &connection, const QList<MigrationScript> &scripts, const QString &alembicEnvironment,
                                   const QStringList &schemas = {}, LiveSchema *built = nullptr);
// The schemas of the database that are not the system's.
QStringList userSchemas(Connection &connection);

// Where the database stands against the chain: behind, unknown, several heads.
QList<DriftItem> revisionItems(const QStringList &revisions, const QList<MigrationScript> &scripts);

} // namespace sw::db
