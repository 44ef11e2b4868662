#pragma once
// The planner of one table's change (planTableChange): its steps walk the
// guide's order (see tablediff.cpp); the settings steps (comments, storage,
// sequence options) are in tablesettingsdiff.cpp. For those two files only.

#include "diff/constraintdiff.h"
#include "diff/tablediff.h"
#include "conventions.h"
#include "problem.h"

namespace sw::tablediff {

inline QString joined(const QStringList &statements) { return statements.join(QLatin1Char('\n')); }

class TableChangePlanner {
public:
    // `code.goneBefore`: the history and updated_at triggers and functions were
    // dropped before (a move to another schema, a DETACH) and are only to be built.
    TableChangePlanner(const Table &before, const Table &after, const RenameMap &renames, TableCode code = {})
        : m_before(before), m_after(after), m_renames(renames), m_columns(matchColumns(before, after)),
          m_constraints(diffConstraints(before, after, renames)), m_functionState(before), m_code(code)
    {
    }

    TableChangePlan plan();

private:
    [[noreturn]] void refuse(const QString &code, const QString &column, const QString &message) const
    {
        throw SchemaError(Problem{Problem::Severity::Error, code, message, {}, m_after.schema, m_after.name, column, 0});
    }
    static void step(MigrationPlan &plan, const QString &comment, const QString &up, const QString &down)
    {
        if (up.isEmpty())
            return;
        plan.upgrade << MigrationStep{comment, up};
        if (!down.isEmpty())
            plan.downgrade.prepend(MigrationStep{comment, down});
    }
    void step(const QString &comment, const QString &up, const QString &down) { step(m_plan.changes, comment, up, down); }

    void computeStates();
    void checkSupported() const;
    void noteColumnOrder();
    void dropConstraints();
    void tearDownHistoryCode();
    void renameTableAndColumns();
    void rewriteFunction(const Table &state);
    void dropColumns();
    void addColumns();
    void rewriteFunctionInDesignOrder();
    void changeColumns();
    void changeStorage();
    void changeSequenceOptions(const Column &before, const Column &after);
    void buildHistoryCode();
    void addConstraints();
    void validateConstraints();
    void changeComments();

    bool renamed() const { return m_before.name != m_after.name; }
    // Triggers and functions named after the table are made anew, not changed in place.
    bool rebuildsCode() const { return renamed() || m_code.goneBefore; }
    bool updatedAtBefore() const { return !m_code.goneBefore && conventions::hasUpdatedAt(m_before); }
    bool updatedAtAfter() const { return !m_code.noneAfter && conventions::hasUpdatedAt(m_after); }
    bool keepsHistory() const { return m_before.history && m_after.history; }
    // Per row ⇄ per statement: the function and its triggers are made anew.
    bool modeChanges() const { return keepsHistory() && m_before.historyPerStatement() != m_after.historyPerStatement(); }
    bool rewritesFunctionInPlace() const { return keepsHistory() && !rebuildsCode() && !modeChanges(); }
    // The row triggers that exist while columns change (the others are torn
    // down before or built after), to pause them while existing rows are filled.
    QStringList liveRowTriggers() const
    {
        QStringList triggers;
        if (rewritesFunctionInPlace())
            triggers << conventions::historyTriggerName(m_after.name, QStringLiteral("update"));
        if (!rebuildsCode() && updatedAtBefore() && updatedAtAfter())
            triggers << conventions::updatedAtTriggerName(m_after.name);
        return triggers;
    }

    const Table &m_before;
    const Table &m_after;
    const RenameMap &m_renames;
    const ColumnMatch m_columns;
    const ConstraintChanges m_constraints;
    Table m_renamedTable;    // old design under the new table name
    Table m_afterRenames;    // ... and new column names
    Table m_afterDrops;      // ... without dropped columns
    Table m_physical;        // new design, columns in the order the database will hold them
    Table m_functionState;   // the columns the trigger function lists right now
    TableCode m_code;
    TableChangePlan m_plan;
};

} // namespace sw::tablediff
