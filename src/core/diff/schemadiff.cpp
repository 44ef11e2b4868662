#include "diff/schemadiff.h"

#include "diff/createtables.h"
#include "diff/tablediff.h"
#include "diff/tablematching.h"
#include "problem.h"

namespace sw {

// Foreign keys go first and come back last, so that tables can be dropped,
// renamed and created in between whatever references what.
SchemaChange diffSchemas(const Project &from, const Project &to)
{
    const TableMatch match = matchTables(from, to);
    // A key to a table this migration drops would make the DROP fail.
    for (const Table &t : to.tables)
        for (const ForeignKey &fk : t.foreignKeys)
            for (const Table *dropped : match.dropped)
                if (!to.findTable(fk.references, t.schema) && from.findTable(fk.references, t.schema) == dropped)
                    throw SchemaError(Problem{Problem::Severity::Error, QStringLiteral("reference-to-dropped-table"),
                                              QStringLiteral("foreign key %1 references table %2, which this change drops; "
                                                             "remove the key or keep the table").arg(fk.name.isEmpty() ? fk.columns.join(QStringLiteral(", ")) : fk.name, dropped->name),
                                              {}, t.schema, t.name, {}, 0});
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
