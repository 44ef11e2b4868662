#pragma once
// The migration the design needs against its baseline: previewed live, and
// exported into the migration folder. Both call the core generator that
// `schemawright-cli generate` calls.

#include "document/designdocument.h"
#include "lint/statementlocks.h"
#include "migration/alembicfile.h"
#include "problem.h"

namespace sw::app {

// One file of the draft: a production-safe change may take several (diff/migrationchain.h).
struct DraftFile {
    MigrationHeader header;
    QString text;
};

struct MigrationDraft {
    QList<DraftFile> files;    // what an export writes, in chain order
    QString text;              // the file (the files, each under its name), or what stands in the way
    QList<Problem> problems;   // errors that forbid export
    QStringList notes;         // what PostgreSQL cannot do (column order)
    QList<StatementLockMark> locks;  // each statement of upgrade(): its lock on a table in use, and its risks (lines of `text`)
    bool hasChange = false;
    bool exportable() const { return hasChange && problems.isEmpty(); }
};

// The header the next export into `folder` (may be empty) would get; the
// baseline's revision is the parent when the folder has no migration yet.
// A folder an export would refuse (several heads, a file that is no
// migration) gives that parent too, and says why in `folderProblem`.
MigrationHeader exportHeader(const Project &project, const QString &message, const QString &folder, std::optional<Problem> *folderProblem = nullptr);
MigrationDraft draftMigration(const Project &project, const MigrationHeader &header);
// The same with the design's problems already known (validateProject).
MigrationDraft draftMigration(const Project &project, const MigrationHeader &header, const QList<Problem> &validation);

// Writes the files into `folder` (never over an existing one), moves the
// baseline, returns their paths. Throws SchemaError, writing nothing.
// `shown`: the header the user was shown (the first file gets exactly that
// name and revision); by default the next one for the folder.
QStringList exportMigration(DesignDocument &document, const QString &folder, const QString &message,
                        const std::optional<MigrationHeader> &shown = std::nullopt);

} // namespace sw::app
