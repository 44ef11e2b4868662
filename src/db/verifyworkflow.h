#pragma once
// The house guide's testing workflow as one action: reset, upgrade head,
// check, downgrade -1, upgrade head; then rows in every table, down to base
// step by step, and up again. Each downgrade must give back exactly the
// schema its upgrade started from; a step that does not names its file.
// Everything runs in one session, so the catalog stays warm from step to step.

#include "migration/migrationscript.h"

#include <functional>
#include <optional>

namespace sw::db {

struct VerifyStep {
    enum class Outcome { Passed, Failed, Skipped };
    QString name;          // "upgrade head", "downgrade -1", ...
    Outcome outcome = Outcome::Skipped;
    QString detail;        // the first error, or what was done
    QString file;          // the migration concerned, when one is
};

struct VerifyOptions {
    QString alembicEnvironment;                               // for migrations only alembic can run
    // The schemas the reset drops and the steps look at: on a database the
    // user named, only those the folder manages (managedSchemas); unset on a
    // throwaway server, whose every schema is ours.
    std::optional<QStringList> schemas;
    // Only the migrations after this revision are checked; the database is
    // brought there in one run first. Empty: from base.
    QString since;
    // A whole-schema snapshot at every step, instead of reading again only
    // what each migration changed (snapshottracker.h). Verify falls back to it
    // by itself when the whole schema at base and the tracked one disagree.
    bool exhaustive = false;
    std::function<void(const VerifyStep &)> stepFinished;     // progress for the GUI and the CLI
    std::function<void(int done, int total)> progress;        // each step and each migration moved on the way
};

// Where in `scripts`' chain checking starts for `since` (0: from base).
// Throws SchemaError when the revision is unknown, or nothing comes after it.
int firstVerifiedMigration(const QList<MigrationScript> &scripts, const QString &since);

// `conninfo` names a database this may wipe (options.schemas, or every schema).
QList<VerifyStep> verifyMigrations(const QString &conninfo, const QList<MigrationScript> &scripts, const VerifyOptions &options);

} // namespace sw::db
