#include "diff/createtables.h"

#include "conventions.h"
#include "sql/historysql.h"
#include "sql/tablesql.h"

namespace sw {

namespace {

bool references(const ForeignKey &fk, const Table &source, const Table &target)
{
    const QString ref = fk.references;
    return (ref == target.name && source.schema == target.schema) || ref == target.schema + QLatin1Char('.') + target.name;
}

struct Ordering {
    QList<const Table *> order;
    QList<QPair<const Table *, ForeignKey>> deferred;  // keys to add once all tables exist
};

// Places a table once every table it references is placed; when only tables
// in a cycle remain, places the first of them and defers its open references.
Ordering orderByForeignKeys(const QList<const Table *> &tables)
{
    Ordering result;
    QList<const Table *> remaining = tables;
    const auto openReferences = [&](const Table *t) {
        QList<ForeignKey> open;
        for (const ForeignKey &fk : t->foreignKeys)
            for (const Table *other : remaining)
                if (other != t && references(fk, *t, *other))
                    open << fk;
        return open;
    };
    // A partition comes after the table it is a partition of, whatever else.
    const auto waitsForParent = [&](const Table *t) {
        return t->isPartition() && std::any_of(remaining.begin(), remaining.end(), [&](const Table *other) {
            return other != t && (t->partitionOf == other->name ? t->schema == other->schema : t->partitionOf == other->qualifiedName());
        });
    };
    while (!remaining.isEmpty()) {
        auto next = std::find_if(remaining.begin(), remaining.end(), [&](const Table *t) { return openReferences(t).isEmpty() && !waitsForParent(t); });
        if (next == remaining.end()) {
            next = std::find_if(remaining.begin(), remaining.end(), [&](const Table *t) { return !waitsForParent(t); });
            for (const ForeignKey &fk : openReferences(*next))
                result.deferred.append({*next, fk});
        }
        result.order << *next;
        remaining.erase(next);
    }
    return result;
}

} // namespace

MigrationPlan planCreateTable(const Table &table, const QStringList &deferredForeignKeys)
{
    using namespace conventions;
    MigrationPlan plan;
    const auto step = [&plan](const QString &comment, const QString &up, const QString &down) {
        plan.upgrade << MigrationStep{comment, up};
        if (!down.isEmpty())
            plan.downgrade.prepend(MigrationStep{comment, down});
    };
    step(QStringLiteral("Main table %1").arg(table.name), sql::createTable(table, deferredForeignKeys), sql::dropTable(table));
    if (sql::hasIndexes(table))
        step(QStringLiteral("Indexes of %1").arg(table.name), sql::createIndexes(table), sql::dropIndexes(table));
    if (const QString unvalidated = sql::addUnvalidatedConstraints(table, deferredForeignKeys); !unvalidated.isEmpty())
        step(QStringLiteral("Constraints of %1 not validated").arg(table.name), unvalidated, {});
    if (table.history) {
        step(QStringLiteral("History table %1").arg(historyTableName(table.name)), sql::createHistoryTable(table),
             sql::dropHistoryTable(table));
        step(QStringLiteral("History trigger function %1()").arg(historyFunctionName(table.name)),
             sql::historyFunction(table), sql::dropHistoryFunction(table));
        step(QStringLiteral("History triggers on %1").arg(table.name), sql::createHistoryTriggers(table),
             sql::dropHistoryTriggers(table));
    }
    if (hasUpdatedAt(table))
        step(QStringLiteral("updated_at trigger on %1").arg(table.name), sql::createUpdatedAtTrigger(table),
             sql::dropUpdatedAtTrigger(table));
    // Comments go with the table when it is dropped: nothing to undo separately.
    if (const QString comments = sql::comments(table, deferredForeignKeys); !comments.isEmpty())
        step(QStringLiteral("Comments on %1").arg(table.name), comments, {});
    return plan;
}

MigrationPlan planCreateTables(const QList<const Table *> &tables)
{
    const Ordering ordering = orderByForeignKeys(tables);
    MigrationPlan plan;
    for (const Table *t : ordering.order) {
        QStringList deferredNames;
        for (const auto &[owner, fk] : ordering.deferred)
            if (owner == t)
                deferredNames << conventions::foreignKeyName(*t, fk);
        plan.append(planCreateTable(*t, deferredNames));
    }
    for (const auto &[owner, fk] : ordering.deferred) {
        const QString comment = QStringLiteral("Foreign key %1 of %2 (its tables reference each other)")
                                    .arg(conventions::foreignKeyName(*owner, fk), owner->name);
        const QString add = sql::withConstraintComment(*owner, sql::addForeignKey(*owner, fk), conventions::foreignKeyName(*owner, fk), fk.comment);
        plan.append(MigrationPlan{{{comment, add}}, {{comment, sql::dropForeignKey(*owner, fk)}}, {}});
    }
    return plan;
}

MigrationPlan planDropTables(const QList<const Table *> &tables)
{
    MigrationPlan plan = planCreateTables(tables).reversed();
    for (const Table *t : tables)
        plan.warnings << QStringLiteral("Dropping table %1 deletes its rows%2; the downgrade recreates it empty.")
                             .arg(t->name, t->history ? QStringLiteral(" and its history") : QString());
    return plan;
}

} // namespace sw
