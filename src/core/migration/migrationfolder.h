#pragma once
// A folder of Alembic migration files: which revisions it holds and how they chain.

#include "migration/alembicfile.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sw {

struct MigrationScriptInfo {
    QString path;
    QString fileName;
    QString revision;
    QStringList downRevisions;  // empty: the first migration; two or more: a merge
    int revisionLine = 0;
    int downRevisionLine = 0;
};

// DIR, or DIR/versions when DIR holds a versions/ folder (an Alembic environment).
QString resolveVersionsFolder(const QString &dir);

// The Alembic environment (the folder holding alembic.ini) of a migration
// folder given as DIR or DIR/versions; empty when there is none.
QString alembicEnvironmentFolder(const QString &dir);

// Every *.py file of the folder that assigns `revision`, sorted by file name.
// Files that assign none (helpers, __init__.py) are left out. Throws
// SchemaError when the folder cannot be read.
QList<MigrationScriptInfo> readMigrationFolder(const QString &dir);

// Revisions no other migration names as its down_revision.
QStringList headRevisions(const QList<MigrationScriptInfo> &scripts);

// The revision id for a new migration made at `unixSeconds`: that time, raised
// above the newest numeric revision already in the folder, so files sort in
// chain order even when two are made in one second.
QString nextRevision(qint64 unixSeconds, const QList<MigrationScriptInfo> &scripts);

// The header of the next migration written into `dir` (folder or environment):
// revision from nextRevision(), down_revision the folder's first head, or
// `fallbackDown` when the folder has none. A folder that is missing or cannot
// be read counts as empty.
MigrationHeader nextMigrationHeader(const QString &dir, const QString &message, const std::optional<QString> &fallbackDown = std::nullopt);

} // namespace sw
