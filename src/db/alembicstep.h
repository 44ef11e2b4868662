#pragma once
// Runs the folder's own alembic for a migration that is more than SQL, so that
// it can touch only the database the runner holds its advisory lock on
// (alembicguard.py checks every connection env.py opens), with the runner's
// timeouts, and within a time bound after which it is stopped.

#include <QString>
#include <QStringList>

#include "pqxxnames.h"

namespace sw::db {

struct AlembicLimits {
    int lockTimeoutMs = 10000;
    int statementTimeoutMs = 0;
    int runTimeoutMs = 600000;   // the whole alembic process
};

struct AlembicOutcome {
    enum class Kind { Done, Failed, WrongDatabase, TimedOut };
    Kind kind = Kind::Done;
    QString message;   // alembic's last line of stderr, or what stopped it
};

// The alembic command: Debian's, which runs Debian's python3 whatever python3
// comes first on PATH. Empty when none is installed.
QString alembicExecutable();

// `alembic ARGUMENTS` in `environmentDir` against `conninfo`, whose database
// `runner` (a connection holding the migration lock) is connected to.
AlembicOutcome runGuardedAlembic(pqxx::connection_base &runner, const QString &conninfo, const QString &environmentDir,
                                 const QStringList &arguments, const AlembicLimits &limits);

} // namespace sw::db
