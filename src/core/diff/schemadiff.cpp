#include "diff/schemadiff.h"

#include "diff/createtables.h"
#include "diff/tablediff.h"
#include "diff/tablematching.h"

namespace sw {

// Foreign keys go first and come back last, so that tables can be dropped,
// renamed and created in between whatever references what.
SchemaChange diffSchemas(const Project &from, const Project &to)
{
    const TableMatch match = matchTables(from, to);
    RenameMap renames;
    for (const auto &[before, after] : match.kept)
        renames.addTable(*before, *after);

    QList<TableChangePlan> tableChanges;
    for (const auto &[before, after] : match.kept)
        tableChanges << planTableChange(*before, *after, renames);

    SchemaChange change;
    for (const TableChangePlan &t : tableChanges)
        change.plan.append(t.dropForeignKeys);
    change.plan.append(planDropTables(match.dropped));
    for (const TableChangePlan &t : tableChanges) {
        change.plan.append(t.changes);
        change.notes += t.notes;
    }
    change.plan.append(planCreateTables(match.created));
    for (const TableChangePlan &t : tableChanges)
        change.plan.append(t.addForeignKeys);
    return change;
}

MigrationPlan planMigration(const Project &from, const Project &to)
{
    return diffSchemas(from, to).plan;
}

} // namespace sw
