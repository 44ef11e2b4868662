#include "diff/createtables.h"

#include "conventions.h"
#include "sql/historysql.h"
#include "sql/tablesql.h"

#include <QHash>

#include <set>

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
    // Kahn's algorithm over what each table waits for (the tables it
    // references, a partition's parent), ready tables taken in the given
    // order: looking through every table for every table was cubic on a long
    // chain of keys.
    const qsizetype n = tables.size();
    QHash<QString, QList<qsizetype>> byName;
    for (qsizetype i = 0; i < n; ++i)
        byName[tables.at(i)->qualifiedName()] << i;
    const auto named = [&](const QString &qualified) { return byName.value(qualified); };
    // What `fk` of table i references among the tables, as references() reads it.
    const auto targets = [&](qsizetype i, const ForeignKey &fk) {
        QList<qsizetype> found = named(tables.at(i)->schema + QLatin1Char('.') + fk.references);
        for (const qsizetype j : named(fk.references))
            if (!found.contains(j) && references(fk, *tables.at(i), *tables.at(j)))
                found << j;
        found.removeAll(i);
        return found;
    };
    QList<int> open(n, 0), waits(n, 0);
    QList<QList<qsizetype>> referrers(n), partitions(n);
    for (qsizetype i = 0; i < n; ++i) {
        const Table &t = *tables.at(i);
        for (const ForeignKey &fk : t.foreignKeys)
            for (const qsizetype j : targets(i, fk)) {
                ++open[i];
                referrers[j] << i;
            }
        if (!t.isPartition())
            continue;
        QList<qsizetype> parents = named(t.schema + QLatin1Char('.') + t.partitionOf) + named(t.partitionOf);
        std::sort(parents.begin(), parents.end());
        parents.erase(std::unique(parents.begin(), parents.end()), parents.end());
        parents.removeAll(i);
        for (const qsizetype j : parents) {
            ++waits[i];
            partitions[j] << i;
        }
    }
    std::set<qsizetype> ready;
    for (qsizetype i = 0; i < n; ++i)
        if (open.at(i) == 0 && waits.at(i) == 0)
            ready.insert(i);
    QList<bool> placed(n, false);
    Ordering result;
    for (qsizetype round = 0; round < n; ++round) {
        qsizetype next = -1;
        if (!ready.empty()) {
            next = *ready.begin();
        } else {
            // Only tables in a cycle remain: the first (not waiting for its parent); its open keys wait.
            for (qsizetype i = 0; i < n && next < 0; ++i)
                if (!placed.at(i) && waits.at(i) == 0)
                    next = i;
            for (qsizetype i = 0; i < n && next < 0; ++i)
                if (!placed.at(i))
                    next = i;
            for (const ForeignKey &fk : tables.at(next)->foreignKeys)
                for (const qsizetype j : targets(next, fk))
                    if (!placed.at(j))
                        result.deferred.append({tables.at(next), fk});
        }
        ready.erase(next);
        placed[next] = true;
        result.order << tables.at(next);
        for (const qsizetype i : referrers.at(next))
            if (!placed.at(i) && --open[i] == 0 && waits.at(i) == 0)
                ready.insert(i);
        for (const qsizetype i : partitions.at(next))
            if (!placed.at(i) && --waits[i] == 0 && open.at(i) == 0)
                ready.insert(i);
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
