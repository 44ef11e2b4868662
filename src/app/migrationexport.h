#pragma once
// The migration the design needs against its baseline: previewed live, and
// exported into the migration folder. Both call the core generator that
// `schemawright-cli generate` calls.

#include "designdocument.h"
#include "migration/alembicfile.h"
#include "problem.h"

namespace sw::app {

struct MigrationDraft {
    QString text;              // the whole file, or what stands in the way
    QList<Problem> problems;   // errors that forbid export
    QStringList notes;         // what PostgreSQL cannot do (column order)
    bool hasChange = false;
    bool exportable() const { return hasChange && problems.isEmpty(); }
};

// `folder` (may be empty) gives the revision and down_revision the file will get.
MigrationDraft draftMigration(const Project &project, const QString &message, const QString &folder);

// Writes the file into `folder` (never over an existing one), moves the
// baseline, returns the file's path. Throws SchemaError, writing nothing.
QString exportMigration(DesignDocument &document, const QString &folder, const QString &message);

} // namespace sw::app
