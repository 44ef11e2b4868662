// Order of the steps (generated-sql.md, "Order inside a migration"):
// constraints that go away; history code that must be rebuilt; renames;
// trigger function, history table, main table for dropped columns; main table,
// history table, trigger function for added ones; types, defaults, NOT NULL;
// history code rebuilt; new constraints; comments. Every step carries its
// exact reverse, so the downgrade is the upgrade backwards.

#include "diff/tablediff.h"

#include "columntype.h"
#include "conventions.h"
#include "diff/tablechangeplanner.h"
#include "identifiers.h"
#include "problem.h"
#include "sql/altersql.h"
#include "sql/historysql.h"
#include "sql/sequencesql.h"
#include "sql/expressionform.h"
#include "sql/tablesql.h"

namespace sw::tablediff {

namespace {

// serial becoming an identity of its integer type, or the other way round.
bool serialTradesWithIdentity(const Column &before, const Column &after)
{
    const auto from = parseColumnType(before.type), to = parseColumnType(after.type);
    if (!from || !to || from->withoutSerial() != to->withoutSerial())
        return false;
    return (from->isSerial() && !to->isSerial() && !after.identity.isEmpty() && before.identity.isEmpty())
        || (!from->isSerial() && to->isSerial() && !before.identity.isEmpty());
}


} // namespace

void TableChangePlanner::computeStates()
{
    m_renamedTable = m_before;
    m_renamedTable.name = m_after.name;
    m_afterRenames = m_renamedTable;
    for (Column &c : m_afterRenames.columns)
        c.name = m_renames.columnName(m_before.schema, m_before.name, c.name);
    m_afterDrops = m_afterRenames;
    for (const Column *dropped : m_columns.dropped)
        m_afterDrops.columns.removeIf([&](const Column &c) { return c.name == dropped->name; });
    m_physical = m_after;
    m_physical.columns.clear();
    for (const Column &c : m_afterDrops.columns)
        m_physical.columns << *m_after.column(c.name);
    for (const Column *added : m_columns.added)
        m_physical.columns << *added;
}

void TableChangePlanner::checkSupported() const
{
    if (m_before.partitionBy != m_after.partitionBy)
        refuse(QStringLiteral("unsupported-change"), {},
               QStringLiteral("PostgreSQL cannot change how a table is partitioned (%1 to %2); create a new table and move the rows")
                   .arg(m_before.partitionBy.isEmpty() ? QStringLiteral("not partitioned") : m_before.partitionBy,
                        m_after.partitionBy.isEmpty() ? QStringLiteral("not partitioned") : m_after.partitionBy));
    for (const ColumnPair &pair : m_columns.kept) {
        const auto from = parseColumnType(pair.before->type), to = parseColumnType(pair.after->type);
        if (from && to && from->isSerial() != to->isSerial() && !serialTradesWithIdentity(*pair.before, *pair.after))
            refuse(QStringLiteral("unsupported-change"), pair.after->name,
                   QStringLiteral("changing %1 to %2: a column becomes or stops being serial in place only for an identity of the same "
                                  "integer type; otherwise add a new column").arg(pair.before->type, pair.after->type));
    }
    for (const ColumnPair &pair : m_columns.kept)
        if (pair.before->generatedExpr.has_value() != pair.after->generatedExpr.has_value()
            || (pair.after->generatedExpr && !sameExpression(pair.before->generatedExpr, pair.after->generatedExpr)))
            refuse(QStringLiteral("unsupported-change"), pair.after->name,
                   QStringLiteral("PostgreSQL 15 cannot change how an existing column is generated; add a new column and drop this one"));
    for (const Column *added : m_columns.added) {
        const auto type = parseColumnType(added->type);
        const bool getsValues = added->defaultExpr || added->fillExpr || (type && type->isSerial()) || !added->identity.isEmpty() || added->generatedExpr;
        if (!m_after.isNullable(*added) && !getsValues)
            refuse(QStringLiteral("not-null-without-fill"), added->name,
                   QStringLiteral("a NOT NULL column without a default cannot be added to a table that may hold rows; "
                                  "give it a default, or a fill value for the existing rows (\"fill\" in the design)"));
    }
}

void TableChangePlanner::noteColumnOrder()
{
    QStringList keptInOldOrder;
    for (const Column &c : m_afterDrops.columns)
        keptInOldOrder << c.name;
    QStringList keptInNewOrder;
    for (const Column &c : m_after.columns)
        if (keptInOldOrder.contains(c.name))
            keptInNewOrder << c.name;
    if (keptInNewOrder != keptInOldOrder)
        m_plan.notes << QStringLiteral("%1: the design moves columns (%2), but PostgreSQL cannot reorder the columns of a table; "
                                       "the database keeps the order %3")
                            .arg(m_after.name, keptInNewOrder.join(QStringLiteral(", ")), keptInOldOrder.join(QStringLiteral(", ")));
    for (int i = 0; i < m_after.columns.size(); ++i)
        if (m_columns.added.contains(&m_after.columns.at(i)) && i + 1 < m_after.columns.size()
            && !m_columns.added.contains(&m_after.columns.at(i + 1))) {
            m_plan.notes << QStringLiteral("%1: PostgreSQL adds new columns at the end; %2 will be the table's last column")
                                .arg(m_after.name, m_after.columns.at(i).name);
            break;
        }
}

void TableChangePlanner::dropConstraints()
{
    for (const NamedForeignKey &fk : m_constraints.foreignKeys.dropped)
        step(m_plan.dropForeignKeys, QStringLiteral("Foreign key %1 of %2 that changes or goes").arg(fk.name, m_before.name),
             sql::dropConstraint(m_before, fk.name), sql::withConstraintComment(m_before, sql::addForeignKey(m_before, fk.key), fk.name, fk.key.comment));
    QStringList up, down;
    if (m_constraints.primaryKeyChanged && !m_before.primaryKey.isEmpty()) {
        up << sql::dropPrimaryKey(m_before);
        down.prepend(sql::withConstraintComment(m_before, sql::addPrimaryKey(m_before), conventions::primaryKeyName(m_before), m_before.primaryKeyComment));
    }
    for (const sql::IndexDefinition &index : m_constraints.indexes.dropped) {
        up << sql::dropIndex(m_before, index);
        down.prepend(sql::createIndexWithComment(m_before, index));
    }
    for (const NamedCheck &check : m_constraints.checks.dropped) {
        up << sql::dropConstraint(m_before, check.name);
        down.prepend(sql::withConstraintComment(m_before, sql::addCheck(m_before, check.position), check.name, check.comment));
    }
    for (const Exclusion &exclusion : m_constraints.exclusions.dropped) {
        up << sql::dropConstraint(m_before, exclusion.name);
        down.prepend(sql::withConstraintComment(m_before, sql::addExclusion(m_before, exclusion), exclusion.name, exclusion.comment));
    }
    step(QStringLiteral("Keys, indexes and checks of %1 that change or go").arg(m_before.name), joined(up), joined(down));
}

void TableChangePlanner::tearDownHistoryCode()
{
    if (m_before.history && !m_code.goneBefore && (renamed() || !m_after.history || modeChanges()))
        step(QStringLiteral("History triggers and function of %1 (made again below)").arg(m_before.name),
             joined({sql::dropHistoryTriggers(m_before), sql::dropHistoryFunction(m_before)}),
             joined({sql::historyFunction(m_before), sql::createHistoryTriggers(m_before)}));
    if (updatedAtBefore() && (renamed() || !updatedAtAfter()))
        step(QStringLiteral("updated_at trigger of %1").arg(m_before.name), sql::dropUpdatedAtTrigger(m_before),
             sql::createUpdatedAtTrigger(m_before));
    if (m_before.history && !m_after.history) {
        m_plan.changes.warnings << QStringLiteral("Turning history off for %1 drops %2 and the history it holds; the downgrade recreates it empty.")
                                       .arg(m_before.name, conventions::historyTableName(m_before.name));
        step(QStringLiteral("History table %1").arg(conventions::historyTableName(m_before.name)), sql::dropHistoryTable(m_before),
             sql::createHistoryTable(m_before));
    }
}

void TableChangePlanner::renameTableAndColumns()
{
    if (renamed()) {
        step(QStringLiteral("Rename table %1 to %2").arg(m_before.name, m_after.name), sql::renameTable(m_before, m_renamedTable),
             sql::renameTable(m_renamedTable, m_before));
        if (keepsHistory())
            step(QStringLiteral("Rename history table %1").arg(conventions::historyTableName(m_before.name)),
                 sql::renameHistoryTable(m_before, m_renamedTable), sql::renameHistoryTable(m_renamedTable, m_before));
    }
    QStringList up, down, historyUp, historyDown;
    for (const ColumnPair &pair : m_columns.kept) {
        if (pair.before->name == pair.after->name)
            continue;
        up << sql::renameColumn(m_renamedTable, pair.before->name, pair.after->name);
        down.prepend(sql::renameColumn(m_renamedTable, pair.after->name, pair.before->name));
        const auto type = parseColumnType(pair.after->type);
        if (type && type->isSerial()) {
            const QString from = conventions::sequenceName(m_after.name, pair.before->name);
            const QString to = conventions::sequenceName(m_after.name, pair.after->name);
            up << sql::renameSequence(m_after.schema, from, to);
            down.prepend(sql::renameSequence(m_after.schema, to, from));
        }
        historyUp << sql::renameHistoryColumn(m_renamedTable, pair.before->name, pair.after->name);
        historyDown.prepend(sql::renameHistoryColumn(m_renamedTable, pair.after->name, pair.before->name));
    }
    step(QStringLiteral("Rename columns of %1").arg(m_after.name), joined(up), joined(down));
    if (keepsHistory())
        step(QStringLiteral("Rename columns of %1").arg(conventions::historyTableName(m_after.name)), joined(historyUp), joined(historyDown));
}

void TableChangePlanner::rewriteFunction(const Table &state)
{
    step(QStringLiteral("History trigger function %1(), rewritten whole").arg(conventions::historyFunctionName(m_after.name)),
         sql::historyFunction(state), sql::historyFunction(m_functionState));
    m_functionState = state;
}

void TableChangePlanner::dropColumns()
{
    bool renamedColumns = false;
    for (const ColumnPair &pair : m_columns.kept)
        renamedColumns = renamedColumns || pair.before->name != pair.after->name;
    if (rewritesFunctionInPlace() && (renamedColumns || !m_columns.dropped.isEmpty()))
        rewriteFunction(m_afterDrops);
    if (m_columns.dropped.isEmpty())
        return;
    QStringList up, down, historyUp, historyDown, names;
    for (const Column *c : m_columns.dropped) {
        names << c->name;
        up << sql::dropColumn(m_renamedTable, c->name);
        historyUp << sql::dropHistoryColumn(m_renamedTable, c->name);
        // Put back nullable, fill, then NOT NULL: the table may hold rows by then.
        QStringList readd{sql::addColumn(m_renamedTable, *c, false)};
        if (!m_before.isNullable(*c)) {
            if (c->fillExpr && !c->defaultExpr)
                readd << sql::fillNulls(m_renamedTable, c->name, *c->fillExpr, liveRowTriggers());
            readd << sql::setNotNull(m_renamedTable, c->name, true);
        }
        if (!c->comment.isEmpty())
            readd << sql::commentOnColumn(m_renamedTable, *c);
        down.prepend(joined(readd));
        historyDown.prepend(sql::addHistoryColumn(m_renamedTable, *c));
    }
    m_plan.changes.warnings << QStringLiteral("Dropping %1 from %2 deletes their values; the downgrade adds them back empty, "
                                              "at the end of the table.").arg(names.join(QStringLiteral(", ")), m_after.name);
    if (keepsHistory())
        step(QStringLiteral("Drop columns from %1").arg(conventions::historyTableName(m_after.name)), joined(historyUp), joined(historyDown));
    step(QStringLiteral("Drop columns from %1").arg(m_after.name), joined(up), joined(down));
}

void TableChangePlanner::addColumns()
{
    if (m_columns.added.isEmpty())
        return;
    QStringList up, down, historyUp, historyDown;
    for (const Column *c : m_columns.added) {
        const bool notNull = !m_after.isNullable(*c);
        if (notNull && !c->defaultExpr && c->fillExpr && isLiteral(*c->fillExpr) && !c->generatedExpr && c->identity.isEmpty()) {
            // A constant fill as the default while the column comes: the catalog
            // keeps it for the rows there, no row is written.
            Column filled = *c;
            filled.defaultExpr = c->fillExpr;
            up << sql::addColumn(m_after, filled, true) << sql::setDefault(m_after, c->name, std::nullopt);
        } else if (notNull && !c->defaultExpr && c->fillExpr) {
            // Existing rows get the fill value before the column becomes NOT NULL.
            up << sql::addColumn(m_after, *c, false) << sql::fillNulls(m_after, c->name, *c->fillExpr, liveRowTriggers())
               << sql::setNotNull(m_after, c->name, true);
        } else {
            up << sql::addColumn(m_after, *c, notNull);
        }
        down.prepend(sql::dropColumn(m_after, c->name));
        historyUp << sql::addHistoryColumn(m_after, *c);
        historyDown.prepend(sql::dropHistoryColumn(m_after, c->name));
    }
    step(QStringLiteral("Add columns to %1").arg(m_after.name), joined(up), joined(down));
    if (keepsHistory())
        step(QStringLiteral("Add columns to %1").arg(conventions::historyTableName(m_after.name)), joined(historyUp), joined(historyDown));
}

// The function lists the columns in the design's order, whatever order the
// database holds them in: the next migration's downgrade writes it from its
// design alone, and must give back exactly this function.
void TableChangePlanner::rewriteFunctionInDesignOrder()
{
    const auto names = [](const Table &t) {
        QStringList list;
        for (const Column &c : t.columns)
            list << c.name;
        return list;
    };
    if (rewritesFunctionInPlace() && names(m_functionState) != names(m_after))
        rewriteFunction(m_after);
}

void TableChangePlanner::changeColumns()
{
    for (const ColumnPair &pair : m_columns.kept) {
        const Column &b = *pair.before, &a = *pair.after;
        Column oldUnderNewName = b;
        oldUnderNewName.name = a.name;
        // An identity goes first (a default or NULL cannot be set on it) and comes last.
        if (!b.identity.isEmpty() && a.identity.isEmpty())
            step(QStringLiteral("Identity of %1.%2").arg(m_after.name, a.name), sql::dropIdentity(m_after, a.name), sql::addIdentity(m_after, oldUnderNewName));
        else if (!b.identity.isEmpty() && b.identity != a.identity)
            step(QStringLiteral("Identity of %1.%2").arg(m_after.name, a.name), sql::setIdentityMode(m_after, a.name, a.identity),
                 sql::setIdentityMode(m_after, a.name, b.identity));
        const auto from = parseColumnType(b.type), to = parseColumnType(a.type);
        // serial to identity: the serial's sequence goes before the identity comes (below).
        if (from && to && from->isSerial() && !to->isSerial())
            step(QStringLiteral("Sequence of %1.%2, which becomes an identity").arg(m_after.name, a.name), sql::serialOff(m_after, a.name),
                 sql::serialOn(m_after, oldUnderNewName));
        bool defaultSet = false;
        if (from && to && (from->withoutSerial().canonical() != to->withoutSerial().canonical() || b.collation != a.collation)) {
            const TypeChange change = classifyTypeChange(*from, *to), back = classifyTypeChange(*to, *from);
            if (change.mayLoseData)
                m_plan.changes.warnings << QStringLiteral("Changing %1.%2 from %3 to %4 can lose or reject existing values.")
                                               .arg(m_after.name, a.name, from->sql(), to->sql());
            // Without a cast PostgreSQL can apply by itself, the default cannot
            // follow the column: it comes off first and the new one goes on after.
            QStringList up{sql::alterColumnType(m_after, a, change)}, down{sql::alterColumnType(m_after, oldUnderNewName, back)};
            if ((change.needsUsing || back.needsUsing) && (b.defaultExpr || a.defaultExpr)) {
                defaultSet = true;
                if (b.defaultExpr)
                    up.prepend(sql::setDefault(m_after, a.name, std::nullopt));
                if (a.defaultExpr)
                    up << sql::setDefault(m_after, a.name, a.defaultExpr), down.prepend(sql::setDefault(m_after, a.name, std::nullopt));
                if (b.defaultExpr)
                    down << sql::setDefault(m_after, a.name, b.defaultExpr);
            }
            step(QStringLiteral("Type of %1.%2").arg(m_after.name, a.name), joined(up), joined(down));
            if (keepsHistory())
                step(QStringLiteral("Type of %1.%2").arg(conventions::historyTableName(m_after.name), a.name),
                     sql::alterHistoryColumnType(m_after, a, change), sql::alterHistoryColumnType(m_after, oldUnderNewName, back));
        }
        if (!defaultSet && !sameExpression(b.defaultExpr, a.defaultExpr))
            step(QStringLiteral("Default of %1.%2").arg(m_after.name, a.name), sql::setDefault(m_after, a.name, a.defaultExpr),
                 sql::setDefault(m_after, a.name, b.defaultExpr));
        const bool wasNullable = m_before.isNullable(b), isNullable = m_after.isNullable(a);
        if (wasNullable && !isNullable) {
            QStringList up;
            if (a.fillExpr)
                up << sql::fillNulls(m_after, a.name, *a.fillExpr, liveRowTriggers());
            else
                m_plan.changes.warnings << QStringLiteral("%1.%2 becomes NOT NULL without a fill value: the upgrade fails if it holds NULLs.")
                                               .arg(m_after.name, a.name);
            up << sql::setNotNull(m_after, a.name, true);
            step(QStringLiteral("NOT NULL on %1.%2").arg(m_after.name, a.name), joined(up), sql::setNotNull(m_after, a.name, false));
        } else if (!wasNullable && isNullable) {
            step(QStringLiteral("%1.%2 accepts NULL").arg(m_after.name, a.name), sql::setNotNull(m_after, a.name, false),
                 sql::setNotNull(m_after, a.name, true));
        }
        if (b.identity.isEmpty() && !a.identity.isEmpty())
            step(QStringLiteral("Identity of %1.%2").arg(m_after.name, a.name), sql::addIdentity(m_after, a), sql::dropIdentity(m_after, a.name));
        // identity to serial: the identity went first (above), the serial's sequence comes now.
        if (from && to && !from->isSerial() && to->isSerial())
            step(QStringLiteral("Sequence of %1.%2, which becomes serial").arg(m_after.name, a.name), sql::serialOn(m_after, a),
                 sql::serialOff(m_after, a.name));
        changeSequenceOptions(b, a);
    }
}

void TableChangePlanner::buildHistoryCode()
{
    if (!m_before.history && m_after.history)
        step(QStringLiteral("History table %1").arg(conventions::historyTableName(m_after.name)), sql::createHistoryTable(m_physical),
             sql::dropHistoryTable(m_after));
    if (m_after.history && (rebuildsCode() || !m_before.history || modeChanges()))
        step(QStringLiteral("History trigger function and triggers of %1").arg(m_after.name),
             joined({sql::historyFunction(m_after), sql::createHistoryTriggers(m_after)}),
             joined({sql::dropHistoryTriggers(m_after), sql::dropHistoryFunction(m_after)}));
    if (updatedAtAfter() && (rebuildsCode() || !updatedAtBefore()))
        step(QStringLiteral("updated_at trigger on %1").arg(m_after.name), sql::createUpdatedAtTrigger(m_after),
             sql::dropUpdatedAtTrigger(m_after));
}

void TableChangePlanner::addConstraints()
{
    QStringList renameUp, renameDown;
    const QString keyBefore = conventions::primaryKeyName(m_renamedTable), keyAfter = conventions::primaryKeyName(m_after);
    if (!m_constraints.primaryKeyChanged && !m_after.primaryKey.isEmpty() && keyBefore != keyAfter) {
        renameUp << sql::renameConstraint(m_after, keyBefore, keyAfter);
        renameDown.prepend(sql::renameConstraint(m_after, keyAfter, keyBefore));
    }
    for (const auto &[old, now] : m_constraints.indexes.renamed) {
        renameUp << sql::renameIndex(m_after, old.name, now.name);
        renameDown.prepend(sql::renameIndex(m_after, now.name, old.name));
    }
    for (const auto &[old, now] : m_constraints.exclusions.renamed) {
        renameUp << sql::renameConstraint(m_after, old.name, now.name);
        renameDown.prepend(sql::renameConstraint(m_after, now.name, old.name));
    }
    for (const auto &[old, now] : m_constraints.checks.renamed) {
        renameUp << sql::renameConstraint(m_after, old.name, now.name);
        renameDown.prepend(sql::renameConstraint(m_after, now.name, old.name));
    }
    for (const auto &[old, now] : m_constraints.foreignKeys.renamed) {
        renameUp << sql::renameConstraint(m_after, old.name, now.name);
        renameDown.prepend(sql::renameConstraint(m_after, now.name, old.name));
    }
    step(QStringLiteral("Rename keys, indexes and checks of %1").arg(m_after.name), joined(renameUp), joined(renameDown));

    QStringList up, down;
    if (m_constraints.primaryKeyChanged && !m_after.primaryKey.isEmpty()) {
        up << sql::addPrimaryKey(m_after);
        down.prepend(sql::dropPrimaryKey(m_after));
    }
    for (const sql::IndexDefinition &index : m_constraints.indexes.added) {
        up << sql::createIndex(m_after, index);
        down.prepend(sql::dropIndex(m_after, index));
    }
    for (const NamedCheck &check : m_constraints.checks.added) {
        up << sql::addCheck(m_after, check.position);
        down.prepend(sql::dropConstraint(m_after, check.name));
    }
    for (const Exclusion &exclusion : m_constraints.exclusions.added) {
        up << sql::addExclusion(m_after, exclusion);
        down.prepend(sql::dropConstraint(m_after, exclusion.name));
    }
    step(QStringLiteral("New keys, indexes and checks of %1").arg(m_after.name), joined(up), joined(down));
    for (const NamedForeignKey &fk : m_constraints.foreignKeys.added)
        step(m_plan.addForeignKeys, QStringLiteral("Foreign key %1 of %2").arg(fk.name, m_after.name),
             sql::withConstraintComment(m_after, sql::addForeignKey(m_after, fk.key), fk.name, fk.key.comment),
             sql::dropForeignKey(m_after, fk.key));
}

// VALIDATE reads the rows under a lock that lets reads and writes go on; the
// way back makes the constraint NOT VALID again (drop, add without checking).
void TableChangePlanner::validateConstraints()
{
    QStringList up, down;
    for (const auto &[old, now] : m_constraints.validatedChecks) {
        Table unvalidated = m_after;
        unvalidated.checks[now.position].notValid = true;
        up << sql::validateConstraint(m_after, now.name);
        down.prepend(joined({sql::dropConstraint(m_after, now.name),
                             sql::withConstraintComment(m_after, sql::addCheck(unvalidated, now.position), now.name, old.comment)}));
    }
    step(QStringLiteral("Validate checks of %1").arg(m_after.name), joined(up), joined(down));
    for (const auto &[old, now] : m_constraints.validatedForeignKeys) {
        ForeignKey unvalidated = now.key;
        unvalidated.notValid = true;
        step(m_plan.addForeignKeys, QStringLiteral("Validate foreign key %1 of %2").arg(now.name, m_after.name), sql::validateConstraint(m_after, now.name),
             joined({sql::dropConstraint(m_after, now.name),
                     sql::withConstraintComment(m_after, sql::addForeignKey(m_after, unvalidated), now.name, old.key.comment)}));
    }
}

TableChangePlan TableChangePlanner::plan()
{
    computeStates();
    checkSupported();
    noteColumnOrder();
    dropConstraints();
    tearDownHistoryCode();
    renameTableAndColumns();
    dropColumns();
    addColumns();
    rewriteFunctionInDesignOrder();
    changeColumns();
    buildHistoryCode();
    addConstraints();
    validateConstraints();
    changeComments();
    changeStorage();
    return m_plan;
}

} // namespace sw::tablediff

namespace sw {

using tablediff::joined;
using tablediff::TableChangePlanner;

// A table moving to another schema: its triggers and functions are dropped
// where they are, the table and its history table moved (indexes,
// constraints and owned sequences go along), and the rest planned in the new
// schema, where the triggers and functions are made again. The move leads the
// table's own foreign key drops, which then name it where it is.
TableChangePlan planTableChange(const Table &before, const Table &after, const RenameMap &renames, TableCode code)
{
    if (before.schema == after.schema)
        return TableChangePlanner(before, after, renames, code).plan();
    Table moved = before;
    moved.schema = after.schema;
    for (ForeignKey &fk : moved.foreignKeys)  // still pointing where they pointed
        if (!fk.references.contains(QLatin1Char('.')))
            fk.references = before.schema + QLatin1Char('.') + fk.references;
    RenameMap movedRenames = renames;
    movedRenames.addTable(moved, after);
    TableChangePlan plan = TableChangePlanner(moved, after, movedRenames, {true, code.noneAfter}).plan();
    QStringList up, down;
    if (before.history && !code.goneBefore) {
        up << sql::dropHistoryTriggers(before) << sql::dropHistoryFunction(before);
        down << sql::historyFunction(before) << sql::createHistoryTriggers(before);
    }
    if (conventions::hasUpdatedAt(before) && !code.goneBefore) {
        up << sql::dropUpdatedAtTrigger(before);
        down << sql::createUpdatedAtTrigger(before);
    }
    const auto setSchema = [](const QString &schema, const QString &table, const QString &to) {
        return QStringLiteral("ALTER TABLE %1 SET SCHEMA %2;").arg(qualifiedIdentifier(schema, table), quoteIdentifier(to));
    };
    up << setSchema(before.schema, before.name, after.schema);
    down.prepend(setSchema(after.schema, before.name, before.schema));
    if (before.history) {
        up << setSchema(before.schema, conventions::historyTableName(before.name), after.schema);
        down.prepend(setSchema(after.schema, conventions::historyTableName(before.name), before.schema));
    }
    MigrationPlan move{{MigrationStep{QStringLiteral("Move %1 from schema %2 to %3").arg(before.name, before.schema, after.schema), joined(up)}},
                       {MigrationStep{QStringLiteral("Move %1 back to schema %2").arg(before.name, before.schema), joined(down)}},
                       {}};
    move.append(plan.dropForeignKeys);
    plan.dropForeignKeys = move;
    return plan;
}

} // namespace sw
