#include "migration/migrationplan.h"

namespace sw {

void MigrationPlan::append(const MigrationPlan &other)
{
    upgrade += other.upgrade;
    downgrade = other.downgrade + downgrade;
    warnings += other.warnings;
}

MigrationPlan MigrationPlan::reversed() const
{
    return MigrationPlan{downgrade, upgrade, warnings};
}

} // namespace sw
