// The production-safe chain is planned as designs in between: each migration
// but the index ones and the backfill is diffSchemas() from one to the next,
// so its downgrade is exact by the same rules as any other migration's.

#include "diff/migrationchain.h"

#include "conventions.h"
#include "diff/constraintdiff.h"
#include "diff/renamemap.h"
#include "diff/tablematching.h"
#include "identifiers.h"
#include "sql/expressionform.h"
#include "sql/tablesql.h"

#include <QRegularExpression>
#include <QSet>

namespace sw {

namespace {

QSet<QString> indexNames(const Table &table)
{
    QSet<QString> names;
    for (const sql::IndexDefinition &index : sql::indexDefinitions(table))
        names.insert(index.name);
    return names;
}

// PostgreSQL builds no index CONCURRENTLY on a partitioned table and adds no
// NOT VALID foreign key to one: such tables keep the plain forms.
bool takesOnlineForms(const Table &table) { return table.partitionBy.isEmpty() && !table.isPartition(); }

// `message` with what this migration does, snake_case, at most 80 characters.
QString stageMessage(const QString &message, const QString &what)
{
    static const QRegularExpression notWord(QStringLiteral("[^a-z0-9]+"));
    QString suffix = what.toLower().replace(notWord, QStringLiteral("_")).left(40);
    while (suffix.startsWith(QLatin1Char('_')))
        suffix.remove(0, 1);
    while (suffix.endsWith(QLatin1Char('_')))
        suffix.chop(1);
    QString base = message.left(80 - 1 - suffix.size());
    while (base.endsWith(QLatin1Char('_')))
        base.chop(1);
    return base + QLatin1Char('_') + suffix;
}

QString fitName(QString name)
{
    while (name.toUtf8().size() > 63)
        name.chop(1);
    return name;
}

MigrationStep outside(const QString &comment, const QString &sql)
{
    MigrationStep step{comment, sql};
    step.autocommit = true;
    return step;
}

// Outside a transaction SET LOCAL does nothing: the wait is bounded for the
// session, and put back after.
QList<MigrationStep> boundedOutside(const ProductionSafety &safety, const QList<MigrationStep> &steps)
{
    return QList<MigrationStep>{outside(QStringLiteral("Bounded waits: give up rather than queue every query behind a lock"),
                                        QStringLiteral("SET lock_timeout = '%1';").arg(safety.lockTimeout))}
        + steps + QList<MigrationStep>{outside(QStringLiteral("Waits as before"), QStringLiteral("RESET lock_timeout;"))};
}

// The fill, 1,000 pages (8 MB) at a time, each batch committed so that row
// locks never pile up; then the rows written meanwhile where the walk had passed.
QString backfill(const Table &table, const QString &column, const QString &fill)
{
    const QString t = sql::tableRef(table), c = quoteIdentifier(column);
    return QStringLiteral("DO $fill$\n"
                          "DECLARE\n"
                          "    last_page bigint := pg_relation_size(%1) / current_setting('block_size')::int;\n"
                          "    first_page bigint := 0;\n"
                          "BEGIN\n"
                          "    WHILE first_page <= last_page LOOP\n"
                          "        UPDATE %2 SET %3 = %4\n"
                          "         WHERE ctid >= ('(' || first_page || ',0)')::tid\n"
                          "           AND ctid < ('(' || (first_page + 1000) || ',0)')::tid\n"
                          "           AND %3 IS NULL;\n"
                          "        COMMIT;\n"
                          "        first_page := first_page + 1000;\n"
                          "    END LOOP;\n"
                          "    UPDATE %2 SET %3 = %4 WHERE %3 IS NULL;\n"
                          "END\n"
                          "$fill$;")
        .arg(quoteLiteral(t), t, c, fill);
}

class ChainPlanner {
public:
    ChainPlanner(const Project &from, const Project &to)
        : m_from(from), m_to(to), m_beforeChange(from), m_first(to)
    {
    }

    MigrationChain plan(const QString &message);

private:
    struct IndexStage {
        const Table *table;          // as the design has it when the index is made or dropped
        sql::IndexDefinition index;
    };
    struct NotNullStage {
        qsizetype table;             // in m_to
        QString column;
        QString check;               // the CHECK (col IS NOT NULL) that carries it
        std::optional<QString> fill;
    };

    void stageTable(const Table &before, const Table &after, const RenameMap &renames);
    void stageDroppedIndexes(const Table &before, const Table &after, const ConstraintChanges &changes);
    void stageNewIndexes(const Table &before, qsizetype k, const ConstraintChanges &changes);
    void stageValidation(qsizetype k, const ConstraintChanges &changes);
    void stageNotNull(const Table &before, const Table &after, qsizetype k);
    MigrationPlan indexPlan(const IndexStage &stage, bool create) const;
    MigrationPlan backfillPlan() const;

    const Project &m_from;
    const Project &m_to;
    Project m_beforeChange;   // `from` without the indexes dropped on their own
    Project m_first;          // the change in its online form
    QList<IndexStage> m_dropped;
    QList<IndexStage> m_created;
    QList<QPair<qsizetype, QString>> m_unvalidated;   // (table in m_to, constraint) made NOT VALID
    QList<NotNullStage> m_notNull;
};

void ChainPlanner::stageTable(const Table &before, const Table &after, const RenameMap &renames)
{
    if (!takesOnlineForms(before) || !takesOnlineForms(after))
        return;
    const qsizetype k = &after - m_to.tables.constData();
    const ConstraintChanges changes = diffConstraints(before, after, renames);
    // A renamed table's index names follow it: those stay in the change itself.
    if (before.name == after.name) {
        stageDroppedIndexes(before, after, changes);
        stageNewIndexes(before, k, changes);
    }
    stageNotNull(before, after, k);
    stageValidation(k, changes);
}

void ChainPlanner::stageDroppedIndexes(const Table &before, const Table &after, const ConstraintChanges &changes)
{
    const QSet<QString> kept = indexNames(after);
    Table &table = m_beforeChange.tables[&before - m_from.tables.constData()];
    for (const sql::IndexDefinition &index : changes.indexes.dropped) {
        const auto declared = std::find_if(table.indexes.begin(), table.indexes.end(),
                                           [&](const Index &i) { return conventions::indexName(table, i) == index.name; });
        if (index.constraint || kept.contains(index.name) || declared == table.indexes.end())
            continue;
        table.indexes.erase(declared);
        m_dropped << IndexStage{&before, index};
    }
    // A key the dropped index served would now get an index of its own: not here.
    const QSet<QString> existing = indexNames(before);
    for (ForeignKey &fk : table.foreignKeys)
        if (!existing.contains(conventions::foreignKeyIndexName(table, fk)))
            fk.indexed = false;
}

void ChainPlanner::stageNewIndexes(const Table &before, qsizetype k, const ConstraintChanges &changes)
{
    const Table &after = m_to.tables.at(k);
    Table &table = m_first.tables[k];
    const QSet<QString> existing = indexNames(before);
    for (const sql::IndexDefinition &index : changes.indexes.added) {
        if (index.constraint || existing.contains(index.name))
            continue;  // a changed index is dropped and made again in the change itself
        table.indexes.removeIf([&](const Index &i) { return conventions::indexName(table, i) == index.name; });
    }
    for (ForeignKey &fk : table.foreignKeys)
        if (!existing.contains(conventions::foreignKeyIndexName(table, fk)))
            fk.indexed = false;
    const QSet<QString> inChange = indexNames(table);
    for (const sql::IndexDefinition &index : sql::indexDefinitions(after))
        if (!index.constraint && !existing.contains(index.name) && !inChange.contains(index.name))
            m_created << IndexStage{&after, index};
}

// New checks and keys come NOT VALID: the rows there are read later, by VALIDATE.
void ChainPlanner::stageValidation(qsizetype k, const ConstraintChanges &changes)
{
    Table &table = m_first.tables[k];
    for (const NamedCheck &check : changes.checks.added)
        if (!check.notValid) {
            table.checks[check.position].notValid = true;
            m_unvalidated << qMakePair(k, check.name);
        }
    for (const NamedForeignKey &key : changes.foreignKeys.added)
        for (ForeignKey &fk : table.foreignKeys)
            if (!fk.notValid && conventions::foreignKeyName(table, fk) == key.name) {
                fk.notValid = true;
                m_unvalidated << qMakePair(k, key.name);
            }
}

// A column that becomes NOT NULL on a table with rows: nullable first; filled;
// then a CHECK (col IS NOT NULL) NOT VALID (before the fill it would refuse
// every update of a row not yet filled), VALIDATE, and SET NOT NULL, which the
// valid check spares the scan.
void ChainPlanner::stageNotNull(const Table &before, const Table &after, qsizetype k)
{
    const ColumnMatch columns = matchColumns(before, after);
    QList<QPair<const Column *, bool>> candidates;  // (column, new)
    for (const Column *c : columns.added)
        if (!c->defaultExpr && c->fillExpr && !isLiteral(*c->fillExpr))  // a constant fill costs nothing (see tablediff)
            candidates << qMakePair(c, true);
    for (const ColumnPair &pair : columns.kept)
        if (before.isNullable(*pair.before))
            candidates << qMakePair(pair.after, false);
    Table &table = m_first.tables[k];
    for (const auto &[c, added] : candidates) {
        if (after.isNullable(*c) || after.isPrimaryKeyColumn(c->name) || c->generatedExpr || !c->identity.isEmpty())
            continue;
        Column &staged = *std::find_if(table.columns.begin(), table.columns.end(), [&](const Column &col) { return col.name == c->name; });
        staged.nullable = true;
        staged.fillExpr.reset();
        const QString check = fitName(QStringLiteral("ck_%1_%2_not_null").arg(after.name, c->name));
        m_notNull << NotNullStage{k, c->name, check, c->fillExpr};
        m_unvalidated << qMakePair(k, check);
    }
}

MigrationPlan ChainPlanner::indexPlan(const IndexStage &stage, bool create) const
{
    const Table &table = *stage.table;
    // Made new here, so one of this name is what a failed attempt left behind (INVALID).
    QList<MigrationStep> make{outside(QStringLiteral("Index %1 left by an earlier attempt, if any").arg(stage.index.name),
                                      QStringLiteral("DROP INDEX CONCURRENTLY IF EXISTS %1;").arg(qualifiedIdentifier(table.schema, stage.index.name))),
                              outside(QStringLiteral("Index %1 of %2, built while writes go on").arg(stage.index.name, table.name),
                                      sql::createIndex(table, stage.index, true))};
    QList<MigrationStep> drop{outside(QStringLiteral("Index %1 of %2").arg(stage.index.name, table.name), sql::dropIndex(table, stage.index, true))};
    const ProductionSafety &safety = *m_to.productionSafe;
    MigrationPlan plan{boundedOutside(safety, create ? make : drop), boundedOutside(safety, create ? drop : make.mid(1)), {}};
    if (!stage.index.comment.isEmpty())
        (create ? plan.upgrade : plan.downgrade) << MigrationStep{QStringLiteral("Comment on index %1").arg(stage.index.name), sql::commentOnIndex(table, stage.index)};
    return plan;
}

// The values stay on the way down: the column goes with the change's own downgrade, or keeps them harmlessly.
MigrationPlan ChainPlanner::backfillPlan() const
{
    QList<MigrationStep> fills;
    for (const NotNullStage &stage : m_notNull)
        if (stage.fill)
            fills << outside(QStringLiteral("Fill %1.%2 in batches").arg(m_to.tables.at(stage.table).name, stage.column),
                             backfill(m_to.tables.at(stage.table), stage.column, *stage.fill));
    if (fills.isEmpty())
        return {};
    return MigrationPlan{boundedOutside(*m_to.productionSafe, fills), {}, {}};
}

MigrationChain ChainPlanner::plan(const QString &message)
{
    const TableMatch match = matchTables(m_from, m_to);
    RenameMap renames;
    for (const auto &[before, after] : match.kept)
        renames.addTable(*before, *after);
    for (const auto &[before, after] : match.kept)
        stageTable(*before, *after, renames);

    Project checked = m_first;
    for (const NotNullStage &stage : m_notNull)
        checked.tables[stage.table].checks << Check{stage.check, quoteIdentifier(stage.column) + QStringLiteral(" IS NOT NULL"), {}, true, {}};
    Project validated = checked;
    for (const auto &[k, name] : m_unvalidated) {
        Table &table = validated.tables[k];
        for (int i = 0; i < table.checks.size(); ++i)
            if (conventions::checkName(table, i) == name)
                table.checks[i].notValid = false;
        for (ForeignKey &fk : table.foreignKeys)
            if (conventions::foreignKeyName(table, fk) == name)
                fk.notValid = false;
    }
    Project notNull = validated;
    for (const NotNullStage &stage : m_notNull) {
        Table &table = notNull.tables[stage.table];
        std::find_if(table.columns.begin(), table.columns.end(), [&](const Column &c) { return c.name == stage.column; })->nullable = false;
    }
    // SET NOT NULL before the check goes (diffSchemas drops checks first): two
    // plans in one migration, the waits bounded once.
    Project clean = notNull;
    for (const NotNullStage &stage : m_notNull)
        clean.tables[stage.table].checks.removeIf([&](const Check &c) { return c.name == stage.check; });
    Project validatedUnbounded = validated, notNullUnbounded = notNull;
    validatedUnbounded.productionSafe.reset();
    notNullUnbounded.productionSafe.reset();
    clean.productionSafe.reset();

    MigrationChain chain;
    const auto add = [&](const QString &name, const MigrationPlan &plan) {
        if (!plan.isEmpty())
            chain.migrations << ChainedMigration{name, plan};
    };
    for (const IndexStage &stage : m_dropped)
        add(stageMessage(message, QStringLiteral("drop_") + stage.index.name), indexPlan(stage, false));
    const SchemaChange change = diffSchemas(m_beforeChange, m_first);
    chain.notes = change.notes;
    add(message, change.plan);
    add(stageMessage(message, QStringLiteral("backfill")), backfillPlan());
    add(stageMessage(message, QStringLiteral("check_not_null")), planMigration(m_first, checked));
    MigrationPlan validate = planMigration(checked, validated);
    for (const NotNullStage &stage : m_notNull)
        if (!stage.fill)
            validate.warnings << QStringLiteral("%1.%2 becomes NOT NULL without a fill value: this migration fails if it holds NULLs.")
                                     .arg(m_to.tables.at(stage.table).name, stage.column);
    add(stageMessage(message, QStringLiteral("validate")), validate);
    if (!m_notNull.isEmpty()) {
        MigrationPlan setNotNull = planMigration(validatedUnbounded, notNullUnbounded);
        setNotNull.warnings.clear();  // the valid check already proved there is no NULL
        setNotNull.append(planMigration(notNullUnbounded, clean));
        setNotNull.upgrade.prepend(boundedWaits(*m_to.productionSafe));
        setNotNull.downgrade.prepend(boundedWaits(*m_to.productionSafe));
        add(stageMessage(message, QStringLiteral("set_not_null")), setNotNull);
    }
    for (const IndexStage &stage : m_created)
        add(stageMessage(message, QStringLiteral("index_") + stage.index.name), indexPlan(stage, true));
    return chain;
}

} // namespace

MigrationChain planMigrationChain(const Project &from, const Project &to, const QString &message)
{
    if (!to.productionSafe) {
        const SchemaChange change = diffSchemas(from, to);
        MigrationChain chain{{}, change.notes};
        if (!change.plan.isEmpty())
            chain.migrations << ChainedMigration{message, change.plan};
        return chain;
    }
    return ChainPlanner(from, to).plan(message);
}

} // namespace sw
