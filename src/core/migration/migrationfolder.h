#pragma once
// A folder of Alembic migration files: which revisions it holds and how they chain.

#include "migration/alembicfile.h"
#include "problem.h"

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

struct MigrationFolderScan {
    QList<MigrationScriptInfo> scripts;  // sorted by file name
    QList<Problem> problems;             // each file that is not a migration Alembic can load, with its line
};

// Every file of the folder that Alembic loads (*.py, but __init__.py and
// editors' .# lock files): a migration each, or a problem naming the file.
// Throws SchemaError only when the folder itself does not exist.
MigrationFolderScan scanMigrationFolder(const QString &dir);

// scanMigrationFolder's migrations; throws SchemaError naming every file
// with a problem, when any has one.
QList<MigrationScriptInfo> readMigrationFolder(const QString &dir);

// Throws one SchemaError that names every problem (nothing when none).
void throwFolderProblems(const QList<Problem> &problems);

// Revisions no other migration names as its down_revision.
QStringList headRevisions(const QList<MigrationScriptInfo> &scripts);

// The one head (empty for an empty folder); throws SchemaError "several-heads"
// naming them, for the callers that add a migration after the head.
QString singleHead(const QList<MigrationScriptInfo> &scripts, const QString &dir);

// The revision id for a new migration made at `unixSeconds`: that time, raised
// above the newest numeric revision already in the folder, so files sort in
// chain order even when two are made in one second.
QString nextRevision(qint64 unixSeconds, const QList<MigrationScriptInfo> &scripts);

// The header of the next migration written into `dir` (folder or environment):
// revision from nextRevision(), down_revision the folder's head, or
// `fallbackDown` when the folder has none. A folder that does not exist yet
// counts as empty; one with several heads or a file that is not a migration
// throws SchemaError naming them, and so does one (`dir` given) without the
// revision `fallbackDown` names: the baseline's ("baseline-not-in-folder").
MigrationHeader nextMigrationHeader(const QString &dir, const QString &message, const std::optional<QString> &fallbackDown = std::nullopt);

// Throws SchemaError "folder-changed" when `shown`, the header
// nextMigrationHeader() gave for `dir`, would no longer follow the folder's
// head (a migration came on top since it was shown), and for every reason
// nextMigrationHeader() throws. Writing `shown` then would fork the chain.
void checkStillFollowsHead(const MigrationHeader &shown, const QString &dir, const std::optional<QString> &fallbackDown = std::nullopt);

} // namespace sw
