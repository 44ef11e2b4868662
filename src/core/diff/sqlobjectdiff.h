#pragma once
// The migration steps for the design's SQL objects (views, functions,
// triggers…), placed around the table changes by diffSchemas: what goes or is
// made again is dropped before the tables change, what comes or was dropped is
// made after, each in the order the objects depend on each other.

#include "migration/migrationplan.h"
#include "model/schema.h"

#include <QHash>
#include <QSet>

namespace sw {

struct SqlObjectPlan {
    MigrationPlan dropBefore;     // before types and tables change, dependents first
    MigrationPlan routinesBefore; // new routines the tables use (a default, a check), before tables change
    MigrationPlan dropAfter;      // dropped routines the old tables used, once those tables changed
    MigrationPlan createAfter;    // after every table is as the design says, what others read first
};

// Columns that go or change type, by table ("schema.name" in the old design).
// PostgreSQL refuses that under a view, so the views that read one (name it,
// or read every column with *), and what depends on those, are dropped before
// and made again after.
using ReshapedTables = QHash<QString, QStringList>;
SqlObjectPlan planSqlObjectChanges(const Project &from, const Project &to, const ReshapedTables &reshaped);

// Objects of `to` whose text still names a table that `from` called so and
// that is renamed or moved to another schema: PostgreSQL follows the rename
// in a view, never in a function's body. Each a note for the user.
QStringList staleTableMentions(const QList<QPair<const Table *, const Table *>> &keptTables, const Project &to);

// Whether a changed object can be replaced in place (CREATE OR REPLACE) up and down.
bool replaceableInPlace(const SqlObject &before, const SqlObject &after, const Project &from, const Project &to);

// The keys ("schema.name", "schema.name(args)") of what the object reads: what
// the catalog said, the design's tables and objects its definition names, and
// the table it is on.
QSet<QString> sqlObjectDependencies(const SqlObject &object, const Project &project);

} // namespace sw
