#pragma once
// The guide's "migration version mismatch": alembic_version names a revision
// whose schema the database does not have. Each revision of the folder is
// built in a scratch database, newest first, and compared with the database
// definition by definition (schemaSnapshot); the one that matches exactly is
// the revision to stamp.

#include "connection.h"
#include "migration/migrationscript.h"

#include <optional>

namespace sw::db {

struct RevisionDetection {
    bool found = false;
    std::optional<QString> revision;   // the match (found), or the closest revision; nullopt: base
    QString difference;                // when not found: how the closest differs from the database
};

RevisionDetection detectRevision(Connection &connection, const QList<MigrationScript> &scripts, const QString &alembicEnvironment);

// Writes `revision` (nullopt: base) into alembic_version as Alembic records it, in one transaction.
void stampRevision(Connection &connection, const std::optional<QString> &revision);

} // namespace sw::db
