#pragma once
// The guide's reset_db.py: drop everything in the schemas a migration folder
// manages, so that `upgrade head` builds the database anew. Only for a
// database the user named and confirmed, on a local server unless forced
// (the CLI and the GUI ask; this only does).

#include "connection.h"
#include "migration/migrationscript.h"

#include <functional>
#include <optional>

namespace sw::db {

// The schemas the chain builds, found by building it in a scratch database.
QStringList managedSchemas(Connection &connection, const QList<MigrationScript> &scripts, const QString &alembicEnvironment);

// Drops `schemas` with everything in them (alembic_version too, when it lives
// there), in one transaction; `public` is made again, empty, with the owner,
// comment and privileges it had.
void wipeSchemas(Connection &connection, const QStringList &schemas);


// Refuses (SchemaError "wrong-database" or "not-local", nothing dropped)
// unless the connection reaches the database `confirmedName`, typed by the
// user, on this machine or `force`d.
void confirmWipe(Connection &connection, const QString &confirmedName, bool force);

struct ResetOptions {
    QString confirmedName;        // the database's name, typed by the user
    bool force = false;           // also on a server that is not on this machine
    QString alembicEnvironment;
    std::function<void(const QString &)> progress;
};

// The whole reset, as the CLI and the GUI run it: confirmWipe, then wipes
// the managed schemas and upgrades to head. Returns the revision reached.
std::optional<QString> resetDatabase(const QString &conninfo, const QList<MigrationScript> &scripts, const ResetOptions &options);

} // namespace sw::db
