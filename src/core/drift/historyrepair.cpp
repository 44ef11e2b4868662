#include "drift/historyrepair.h"

#include "columntype.h"
#include "conventions.h"
#include "identifiers.h"
#include "sql/altersql.h"
#include "sql/historysql.h"
#include "sql/tablesql.h"

namespace sw {

namespace {

using namespace conventions;

void step(MigrationPlan &plan, const QString &comment, const QString &up, const QString &down, bool verbatimDown = false)
{
    if (up.isEmpty())
        return;
    plan.upgrade << MigrationStep{comment, up};
    plan.downgrade.prepend(MigrationStep{comment, down, verbatimDown});
}

QString functionWithBody(const Table &table, const QString &body)
{
    return QStringLiteral("CREATE OR REPLACE FUNCTION %1()\nRETURNS TRIGGER AS $$%2$$ LANGUAGE plpgsql;")
        .arg(qualifiedIdentifier(table.schema, historyFunctionName(table.name)), body);
}

} // namespace

MigrationPlan planHistoryRepairs(const LiveSchema &live, const QList<DriftItem> &items)
{
    MigrationPlan plan;
    QStringList repaired;
    for (const DriftItem &item : items) {
        const QString key = item.schema + QLatin1Char('.') + item.table;
        if (item.state != DriftState::Inconsistent || item.finding.severity != Problem::Severity::Error || repaired.contains(key))
            continue;
        repaired << key;
        plan.append(planHistoryRepair(live, item.schema, item.table));
    }
    return plan;
}

MigrationPlan planHistoryRepair(const LiveSchema &live, const QString &schema, const QString &tableName)
{
    MigrationPlan plan;
    const Table *found = live.relation(schema, tableName);
    if (!found)
        return plan;
    Table table = *found;
    table.history = true;
    const Table *history = live.relation(schema, historyTableName(table.name));
    if (!history) {
        step(plan, QStringLiteral("History table %1").arg(historyTableName(table.name)), sql::createHistoryTable(table), sql::dropHistoryTable(table));
    } else {
        QStringList up, down;
        for (const Column &c : table.columns) {
            const Column *copy = history->column(c.name);
            const auto type = parseColumnType(c.type);
            if (!copy) {
                up << sql::addHistoryColumn(table, c);
                down.prepend(sql::dropHistoryColumn(table, c.name));
            } else if (type && parseColumnType(copy->type) && parseColumnType(copy->type)->canonical() != type->withoutSerial().canonical()) {
                Column old = c;
                old.type = copy->type;
                up << sql::alterHistoryColumnType(table, c, TypeChange{true, false});
                down.prepend(sql::alterHistoryColumnType(table, old, TypeChange{true, false}));
            }
        }
        step(plan, QStringLiteral("Columns of %1 back in step with %2").arg(history->name, table.name), up.join(QLatin1Char('\n')), down.join(QLatin1Char('\n')));
    }
    const QString oldBody = live.functionSources.value(schema + QLatin1Char('.') + historyFunctionName(table.name));
    step(plan, QStringLiteral("History trigger function %1(), rewritten whole").arg(historyFunctionName(table.name)), sql::historyFunction(table),
         oldBody.isEmpty() ? sql::dropHistoryFunction(table) : functionWithBody(table, oldBody), !oldBody.isEmpty());
    QStringList up, down;
    const QList<LiveTrigger> triggers = live.triggersOn(schema, table.name);
    for (const char *op : {"INSERT", "UPDATE", "DELETE"}) {
        const QString name = historyTriggerName(table.name, QString::fromLatin1(op).toLower());
        const auto existing = std::find_if(triggers.begin(), triggers.end(), [&](const LiveTrigger &t) { return t.name == name; });
        if (existing == triggers.end()) {
            up << QStringLiteral("CREATE TRIGGER %1\n    AFTER %2 ON %3\n    FOR EACH ROW EXECUTE FUNCTION %4();")
                      .arg(quoteIdentifier(name), QLatin1String(op), sql::tableRef(table), qualifiedIdentifier(schema, historyFunctionName(table.name)));
            down.prepend(QStringLiteral("DROP TRIGGER %1 ON %2;").arg(quoteIdentifier(name), sql::tableRef(table)));
        } else if (!existing->enabled) {
            up << QStringLiteral("ALTER TABLE %1 ENABLE TRIGGER %2;").arg(sql::tableRef(table), quoteIdentifier(name));
            down.prepend(QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER %2;").arg(sql::tableRef(table), quoteIdentifier(name)));
        }
    }
    step(plan, QStringLiteral("History triggers on %1").arg(table.name), up.join(QLatin1Char('\n')), down.join(QLatin1Char('\n')));
    return plan;
}

} // namespace sw
