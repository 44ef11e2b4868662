#pragma once
// Applies and rolls back migrations on a live database: each migration in its
// own transaction together with its alembic_version update, exactly as
// Alembic records it, under an advisory lock.

#include "migration/migrationpath.h"

#include <QString>

#include <functional>

namespace sw::db {

struct RunOptions {
    QString target = QStringLiteral("head");
    Direction direction = Direction::Upgrade;
    int lockTimeoutMs = 10000;       // how long one statement may wait for a table lock
    int statementTimeoutMs = 0;      // 0: no limit
    int runnerWaitMs = 30000;        // how long to wait for another runner to finish
    // The folder holding alembic.ini, to run migrations that are more than
    // op.execute() through the installed alembic; empty when there is none.
    QString alembicEnvironment;
    int alembicTimeoutMs = 600000;   // one alembic process, after which it is stopped
    std::function<void(const QString &)> progress;
    // When set, a cancel from another thread stops the running statement; the
    // database stays at the last migration that completed whole.
    class QueryCanceller *canceller = nullptr;
};

// What a run would do, changing nothing: each migration, and what its SQL
// drops with the rows that hold data there now.
struct DryRunStep {
    QString label;                 // "downgrade 1764001200_create_fills_table.py"
    QStringList drops;             // "table fills (3 rows)", "column orders.note (2 of 3 rows hold a value)"
    bool readable = true;          // false: it runs through alembic, its drops cannot be read
};
struct DryRun {
    std::optional<QString> current;
    QList<DryRunStep> steps;
};

struct RunResult {
    std::optional<QString> startRevision;
    std::optional<QString> endRevision;
    QStringList applied;             // file names, in the order run
};

class MigrationRunner {
public:
    MigrationRunner(QString conninfo, QList<MigrationScript> scripts);

    // Throws SchemaError; the database is then at the revision it started from
    // or at the last migration that completed whole.
    RunResult run(const RunOptions &options);
    // The same on a connection already open: a workflow of many runs (verify)
    // keeps one session and its warm catalog caches.
    RunResult run(class Connection &connection, const RunOptions &options);
    // The SQL run() would run from `startRevision` (nullopt: base), with
    // BEGIN/COMMIT and alembic_version updates, without a connection (as
    // `alembic upgrade --sql`). Refuses, naming file and line, a migration
    // that is more than SQL rather than print an incomplete script.
    QString sql(const RunOptions &options, const std::optional<QString> &startRevision) const;
    std::optional<QString> currentRevision();
    DryRun dryRun(const RunOptions &options);

private:
    QList<MigrationStepPlan> plan(const RunOptions &options, const std::optional<QString> &current) const;
    void runStep(class Connection &connection, const MigrationStepPlan &step, const RunOptions &options);
    void runStepWithAlembic(class Connection &connection, const MigrationStepPlan &step, const RunOptions &options);
    void checkAlembicReachesThisDatabase(class Connection &connection, const RunOptions &options);

    QString m_conninfo;
    QList<MigrationScript> m_scripts;
    QList<const MigrationScript *> m_chain;
};

} // namespace sw::db
