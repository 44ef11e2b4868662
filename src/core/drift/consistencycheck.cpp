#include "drift/consistencycheck.h"

#include "columntype.h"
#include "conventions.h"
#include "history/historyfunction.h"

#include <QSet>

namespace sw {

namespace {

using namespace conventions;

class ConsistencyChecker {
public:
    explicit ConsistencyChecker(const LiveSchema &live) : m_live(live) {}

    QList<Problem> run()
    {
        for (const Table &t : m_live.relations) {
            const Table *history = m_live.relation(t.schema, historyTableName(t.name));
            if (history && history->hasColumn(kHistoryIdColumn)) {
                checkHistoryColumns(t, *history);
                // Read once: the function's branches say how its triggers must fire, too.
                const auto source = m_live.functionSources.constFind(t.schema + QLatin1Char('.') + historyFunctionName(t.name));
                const std::optional<HistoryFunctionSource> function =
                    source == m_live.functionSources.cend() ? std::nullopt : std::optional(readHistoryFunction(*source));
                checkHistoryFunction(t, *history, function);
                checkHistoryTriggers(t, function.value_or(HistoryFunctionSource{}));
            }
            // The house rule, whatever a design says of the table: check needs no design.
            if (t.hasColumn(kUpdatedAtColumn) && !t.hasColumn(kHistoryIdColumn))
                checkUpdatedAtTrigger(t);
        }
        return m_problems;
    }

private:
    void add(const Table &t, const QString &column, const QString &code, const QString &message)
    {
        m_problems.append(Problem{Problem::Severity::Error, code, message, {}, t.schema, t.name, column, 0});
    }

    static QString historyType(const QString &type)
    {
        const auto parsed = parseColumnType(type);
        return parsed ? parsed->withoutSerial().canonical() : type;
    }

    void checkHistoryColumns(const Table &t, const Table &history);
    void checkHistoryFunction(const Table &t, const Table &history, const std::optional<HistoryFunctionSource> &function);
    // `rows`: the transition table a statement-level trigger must name (REFERENCING … TABLE AS rows); empty: FOR EACH ROW.
    void checkTrigger(const Table &t, const QString &name, const QString &timing, const QString &event, const QString &function,
                      const QString &codePrefix, const QString &rows = {});
    void checkHistoryTriggers(const Table &t, const HistoryFunctionSource &function);
    void checkUpdatedAtTrigger(const Table &t);

    const LiveSchema &m_live;
    QList<Problem> m_problems;
};

void ConsistencyChecker::checkHistoryColumns(const Table &t, const Table &history)
{
    const QString h = history.name;
    QStringList mainOrder, historyOrder;
    for (const Column &c : t.columns) {
        const Column *copy = history.column(c.name);
        if (!copy) {
            add(t, c.name, QStringLiteral("history-column-missing"), QStringLiteral("%1.%2 has no counterpart in %3").arg(t.name, c.name, h));
            continue;
        }
        mainOrder << c.name;
        if (historyType(copy->type) != historyType(c.type))
            add(t, c.name, QStringLiteral("history-column-type"),
                QStringLiteral("%1.%2 is %3 but %4.%2 is %5").arg(t.name, c.name, c.type, h, copy->type));
    }
    for (const Column &c : history.columns) {
        if (c.name == kHistoryIdColumn || c.name == kOperationColumn || c.name == kChangedAtColumn)
            continue;
        if (!t.hasColumn(c.name))
            add(t, c.name, QStringLiteral("history-column-extra"), QStringLiteral("history table %1 has column %2, which %3 does not").arg(h, c.name, t.name));
        else
            historyOrder << c.name;
        if (!c.nullable)
            add(t, c.name, QStringLiteral("history-not-null"),
                QStringLiteral("history column %1.%2 is NOT NULL; history columns carry no constraints").arg(h, c.name));
    }
    if (historyOrder != mainOrder && QSet<QString>(historyOrder.begin(), historyOrder.end()) == QSet<QString>(mainOrder.begin(), mainOrder.end()))
        m_problems.append(Problem{Problem::Severity::Info, QStringLiteral("history-column-order"),
                                  QStringLiteral("history table %1 keeps the columns of %2 in another order; the trigger function names "
                                                 "its columns, so rows are copied right: nothing to fix").arg(h, t.name),
                                  {}, t.schema, t.name, {}, 0});
}

void ConsistencyChecker::checkHistoryFunction(const Table &t, const Table &history, const std::optional<HistoryFunctionSource> &source)
{
    const QString function = historyFunctionName(t.name);
    if (!source) {
        add(t, {}, QStringLiteral("history-function-missing"), QStringLiteral("%1() does not exist: nothing copies rows of %2 into %3")
                                                                   .arg(function, t.name, history.name));
        return;
    }
    QStringList historyColumns;
    for (const Column &c : history.columns)
        if (c.name != kHistoryIdColumn)
            historyColumns << c.name;
    for (Problem p : sw::checkHistoryFunction(*source, function + QStringLiteral("()"), historyColumns)) {
        p.schema = t.schema;
        p.table = t.name;
        p.line = 0;
        m_problems << p;
    }
}

void ConsistencyChecker::checkTrigger(const Table &t, const QString &name, const QString &timing, const QString &event,
                                      const QString &function, const QString &codePrefix, const QString &rows)
{
    const QList<LiveTrigger> triggers = m_live.triggersOn(t.schema, t.name);
    const auto found = std::find_if(triggers.begin(), triggers.end(), [&](const LiveTrigger &tr) { return tr.name == name; });
    if (found == triggers.end()) {
        add(t, {}, codePrefix + QStringLiteral("-missing"), QStringLiteral("trigger %1 on %2 does not exist").arg(name, t.name));
        return;
    }
    if (!found->enabled)
        add(t, {}, codePrefix + QStringLiteral("-disabled"), QStringLiteral("trigger %1 on %2 is disabled").arg(name, t.name));
    const QString kind = event == QLatin1String("INSERT") ? QStringLiteral("NEW") : QStringLiteral("OLD");
    const QString expected = rows.isEmpty() ? QStringLiteral("%1 %2 FOR EACH ROW EXECUTE FUNCTION %3()").arg(timing, event, function)
                                            : QStringLiteral("%1 %2 REFERENCING %3 TABLE AS %4 FOR EACH STATEMENT EXECUTE FUNCTION %5()")
                                                  .arg(timing, event, kind, rows, function);
    QString referencing;
    if (!found->oldTable.isEmpty())
        referencing += QStringLiteral("OLD TABLE AS %1 ").arg(found->oldTable);
    if (!found->newTable.isEmpty())
        referencing += QStringLiteral("NEW TABLE AS %1 ").arg(found->newTable);
    const QString actual = QStringLiteral("%1 %2 %3FOR EACH %4 EXECUTE FUNCTION %5()")
                               .arg(found->timing, found->events.join(QStringLiteral(" OR ")),
                                    referencing.isEmpty() ? QString() : QStringLiteral("REFERENCING ") + referencing,
                                    found->forEachRow ? QStringLiteral("ROW") : QStringLiteral("STATEMENT"), found->function);
    if (actual != expected)
        add(t, {}, codePrefix + QStringLiteral("-wrong"), QStringLiteral("trigger %1 on %2 is %3; it must be %4").arg(name, t.name, actual, expected));
}

// Per row (the guide's form), or per statement over the transition table the
// function reads for that operation: trigger and function must agree.
void ConsistencyChecker::checkHistoryTriggers(const Table &t, const HistoryFunctionSource &function)
{
    for (const char *op : {"INSERT", "UPDATE", "DELETE"}) {
        const HistoryBranch *branch = function.branch(QLatin1String(op));
        checkTrigger(t, historyTriggerName(t.name, QString::fromLatin1(op).toLower()), QStringLiteral("AFTER"), QLatin1String(op),
                     historyFunctionName(t.name), QStringLiteral("history-trigger"), branch ? branch->rows : QString());
    }
}

void ConsistencyChecker::checkUpdatedAtTrigger(const Table &t)
{
    checkTrigger(t, updatedAtTriggerName(t.name), QStringLiteral("BEFORE"), QStringLiteral("UPDATE"), updatedAtFunctionName(t.name),
                 QStringLiteral("updated-at-trigger"));
}

} // namespace

QList<Problem> checkConsistency(const LiveSchema &live)
{
    return ConsistencyChecker(live).run();
}

} // namespace sw
