#pragma once
// The part of a migration that concerns the design's types and extensions:
// what must exist before the tables change, and what goes once they have.

#include "migration/migrationplan.h"
#include "model/schema.h"

namespace sw {

struct TypeChangePlan {
    MigrationPlan before;  // extensions and types created or altered, before any table changes
    MigrationPlan after;   // types and extensions dropped, after the tables that used them
    // Types built on a table's row type (a domain over it, a composite holding it): made once
    // the tables are, and dropped (planned in `before`) while theirs still stand.
    MigrationPlan afterTables;
};

// Throws SchemaError for a change PostgreSQL cannot make (a type changing
// kind, a domain changing its base type, an enum others are built on losing a value).
TypeChangePlan planTypeChanges(const Project &from, const Project &to);

// `types` ordered so that each comes after the types it is built on. Throws
// SchemaError for types built on each other.
QList<const TypeDefinition *> orderByDependency(const Project &project, const QList<const TypeDefinition *> &types);

} // namespace sw
