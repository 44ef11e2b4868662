#include "diff/schemadiff.h"

#include "diff/createtables.h"
#include "diff/partitionmembership.h"
#include "diff/sqlobjectdiff.h"
#include "diff/tablematching.h"
#include "diff/typediff.h"
#include "identifiers.h"
#include "problem.h"

#include <algorithm>

namespace sw {

namespace {

// The schemas a design's objects live in (an extension's too).
QStringList usedSchemas(const Project &project)
{
    QStringList schemas = project.schemas();
    for (const Extension &e : project.extensions)
        schemas << e.schema;
    schemas.removeDuplicates();
    return schemas;
}

// The schemas the new design needs that the old design does not use: created first (IF NOT EXISTS, for a schema made by hand) and
// dropped last on the way down; RESTRICT, so that a downgrade never takes
// along what someone else put there. A schema the design stops using stays.
MigrationPlan planNewSchemas(const Project &from, const Project &to)
{
    const QStringList used = usedSchemas(from);
    QStringList added;
    for (const QString &schema : usedSchemas(to))
        if (schema != QLatin1String("public") && !used.contains(schema))
            added << schema;
    MigrationPlan plan;
    for (const QString &schema : added)
        plan.append(MigrationPlan{{MigrationStep{QStringLiteral("Schema %1").arg(schema), QStringLiteral("CREATE SCHEMA IF NOT EXISTS %1;").arg(quoteIdentifier(schema))}},
                                  {MigrationStep{QStringLiteral("Schema %1").arg(schema), QStringLiteral("DROP SCHEMA IF EXISTS %1;").arg(quoteIdentifier(schema))}},
                                  {}});
    return plan;
}

// Whether `to` holds a routine that `from` has not as it is: one the migration makes.
bool makesRoutines(const Project &from, const Project &to)
{
    return std::any_of(to.sqlObjects.begin(), to.sqlObjects.end(), [&from](const SqlObject &o) { return o.isRoutine() && !from.sqlObjects.contains(o); });
}

// As pg_dump loads them: a routine's body is checked when it runs, for it may name
// what is made after it, or a type in a schema the migration's search_path lacks.
MigrationStep routineBodiesCheckedWhenRun()
{
    return {QStringLiteral("Routine bodies are checked when they run, as pg_dump loads them"), QStringLiteral("SET LOCAL check_function_bodies = false;")};
}

// COMMENT ON SCHEMA where the comment changes; the way down puts back the old one.
MigrationPlan planSchemaComments(const Project &from, const Project &to)
{
    QStringList schemas = from.schemaComments.keys() + to.schemaComments.keys();
    schemas.removeDuplicates();
    MigrationPlan plan;
    const auto comment = [](const QString &schema, const QString &text) {
        return QStringLiteral("COMMENT ON SCHEMA %1 IS %2;").arg(quoteIdentifier(schema), text.isEmpty() ? QStringLiteral("NULL") : quoteLiteral(text));
    };
    for (const QString &schema : schemas)
        if (from.schemaComment(schema) != to.schemaComment(schema))
            plan.append(MigrationPlan{{MigrationStep{QStringLiteral("Comment on schema %1").arg(schema), comment(schema, to.schemaComment(schema))}},
                                      {MigrationStep{QStringLiteral("Comment on schema %1").arg(schema), comment(schema, from.schemaComment(schema))}},
                                      {}});
    return plan;
}

// The columns of the old design's tables (by schema.name) that go or change
// type, directly or through a type of the design that changes; a table that
// goes, with every column.
// `unchanged` says, for each kept pair, that the table is as it was.
ReshapedTables reshapedTables(const Project &from, const Project &to, const TableMatch &match, const QList<bool> &unchanged)
{
    ReshapedTables reshaped;
    for (const Table *t : match.dropped)
        for (const Column &c : t->columns)
            reshaped[t->qualifiedName()] << c.name;
    const bool typesKept = from.types == to.types;
    for (qsizetype i = 0; i < match.kept.size(); ++i) {
        if (unchanged.at(i) && typesKept)
            continue;  // nothing of it goes or changes type
        const auto &[before, after] = match.kept.at(i);
        const ColumnMatch columns = matchColumns(*before, *after);
        for (const Column *c : columns.dropped)
            reshaped[before->qualifiedName()] << c->name;
        for (const ColumnPair &pair : columns.kept) {
            const TypeDefinition *type = from.findType(pair.before->type);
            if (pair.before->type != pair.after->type || (type && !to.types.contains(*type)))
                reshaped[before->qualifiedName()] << pair.before->name;
        }
    }
    return reshaped;
}

} // namespace

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
    // A table as it was renames nothing and needs nothing (but a partition follows its parent):
    // of 2,000 tables, an edit changes one.
    QList<bool> unchanged;
    unchanged.reserve(match.kept.size());
    for (const auto &[before, after] : match.kept)
        unchanged << (*before == *after);
    RenameMap renames;
    for (qsizetype i = 0; i < match.kept.size(); ++i)
        if (!unchanged.at(i))
            renames.addTable(*match.kept.at(i).first, *match.kept.at(i).second);

    QList<TableChangePlan> tableChanges;
    const auto parent = [](const Project &project, const Table &t) {
        return t.isPartition() ? project.findTable(t.partitionOf, t.schema) : nullptr;
    };
    for (qsizetype i = 0; i < match.kept.size(); ++i) {
        const auto &[before, after] = match.kept.at(i);
        if (before->isPartition() || !unchanged.at(i))
            tableChanges << planTableOrMembershipChange(*before, *after, parent(from, *before), parent(to, *after), renames);
    }

    const TypeChangePlan types = planTypeChanges(from, to);
    const SqlObjectPlan objects = planSqlObjectChanges(from, to, reshapedTables(from, to, match, unchanged));
    SchemaChange change;
    change.notes = staleTableMentions(match.kept, to);
    change.plan.append(planNewSchemas(from, to));
    change.plan.append(planSchemaComments(from, to));
    change.plan.append(objects.dropBefore);
    change.plan.append(types.before);
    change.plan.append(objects.routinesBefore);
    for (const TableChangePlan &t : tableChanges)
        change.plan.append(t.detach);
    for (const TableChangePlan &t : tableChanges)
        change.plan.append(t.dropForeignKeys);
    change.plan.append(planDropTables(match.dropped));
    for (const TableChangePlan &t : tableChanges) {
        change.plan.append(t.changes);
        change.notes += t.notes;
    }
    change.plan.append(planCreateTables(match.created));
    change.plan.append(types.afterTables);
    for (const TableChangePlan &t : tableChanges)
        change.plan.append(t.addForeignKeys);
    for (const TableChangePlan &t : tableChanges)
        change.plan.append(t.attach);
    change.plan.append(objects.dropAfter);
    change.plan.append(objects.createAfter);
    change.plan.append(types.after);
    if (makesRoutines(from, to))
        change.plan.upgrade.prepend(routineBodiesCheckedWhenRun());
    if (makesRoutines(to, from))
        change.plan.downgrade.prepend(routineBodiesCheckedWhenRun());
    if (to.productionSafe && !change.plan.isEmpty()) {
        change.plan.upgrade.prepend(boundedWaits(*to.productionSafe));
        change.plan.downgrade.prepend(boundedWaits(*to.productionSafe));
    }
    return change;
}

MigrationStep boundedWaits(const ProductionSafety &safety)
{
    QString sql = QStringLiteral("SET LOCAL lock_timeout = '%1';").arg(safety.lockTimeout);
    if (!safety.statementTimeout.isEmpty())
        sql += QStringLiteral("\nSET LOCAL statement_timeout = '%1';").arg(safety.statementTimeout);
    return MigrationStep{QStringLiteral("Bounded waits: give up rather than queue every query behind a lock"), sql};
}

MigrationPlan planMigration(const Project &from, const Project &to)
{
    return diffSchemas(from, to).plan;
}

} // namespace sw
