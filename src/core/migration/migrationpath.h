#pragma once
// Which migrations take a database from its revision to a target, and in
// which direction: Alembic's targets head, base, +N, -N and revision ids
// (or a unique prefix of one).

#include "migration/migrationscript.h"

#include <optional>

namespace sw {

enum class Direction { Upgrade, Downgrade };

struct MigrationStepPlan {
    const MigrationScript *script;
    Direction direction;
    std::optional<QString> fromRevision;  // alembic_version before the step (nullopt: empty)
    std::optional<QString> toRevision;    // alembic_version after the step
};

// The chain of a folder, base first. Throws SchemaError naming the files when
// the folder is not one unbroken line (several heads, forks, gaps).
QList<const MigrationScript *> linearChain(const QList<MigrationScript> &scripts);

// Throws SchemaError when `current` is unknown to the folder, the target is
// unknown or ambiguous, or lies in the other direction.
QList<MigrationStepPlan> planPath(const QList<const MigrationScript *> &chain, const std::optional<QString> &current,
                                  const QString &target, Direction direction);

} // namespace sw
