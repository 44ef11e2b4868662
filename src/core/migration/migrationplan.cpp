#include "migration/migrationplan.h"

namespace sw {

void MigrationPlan::append(const MigrationPlan &other)
{
    upgrade += other.upgrade;
    // One step at a time at the front: QList grows there in amortized constant
    // time, where building a new list per append made planning quadratic.
    for (auto it = other.downgrade.crbegin(); it != other.downgrade.crend(); ++it)
        downgrade.prepend(*it);
    warnings += other.warnings;
}

MigrationPlan MigrationPlan::reversed() const
{
    return MigrationPlan{downgrade, upgrade, warnings};
}

} // namespace sw
