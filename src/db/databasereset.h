#pragma once
// The guide's reset_db.py: drop everything in the schemas a migration folder
// manages, so that `upgrade head` builds the database anew. Only for a
// database the user named and confirmed, on a local server unless forced
// (the CLI and the GUI ask; this only does).

#include "connection.h"
#include "migration/migrationscript.h"

namespace sw::db {

// The schemas the chain builds, found by building it in a scratch database.
QStringList managedSchemas(Connection &connection, const QList<MigrationScript> &scripts, const QString &alembicEnvironment);

// Drops `schemas` with everything in them (alembic_version too, when it lives
// there), in one transaction; `public` is made again, empty.
void wipeSchemas(Connection &connection, const QStringList &schemas);

// True for a server on a Unix socket or a loopback address.
bool isLocalServer(Connection &connection);

} // namespace sw::db
