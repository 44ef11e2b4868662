#include "historyproof.h"

#include "conventions.h"
#include "identifiers.h"
#include "problem.h"
#include "samplerows.h"
#include "sql/tablesql.h"

#include <pqxx/pqxx>

#include <algorithm>
#include <optional>

namespace sw::db {

namespace {

struct Watched {
    const Table *table;
    QString history;  // qualified
    QString row;      // ROW(columns)::text, the same expression on both tables
};

QStringList rowsOf(pqxx::work &tx, const QString &query)
{
    QStringList rows;
    for (const pqxx::row &r : tx.exec(query.toStdString()))
        rows << (r[0].is_null() ? QString() : QString::fromStdString(r[0].c_str()));
    std::sort(rows.begin(), rows.end());
    return rows;
}

// The history rows of `operation` written after `after` (a history_id).
QStringList historyRows(pqxx::work &tx, const Watched &w, const QString &operation, const QString &after)
{
    return rowsOf(tx, QStringLiteral("SELECT %1 FROM %2 WHERE %3 = %4 AND %5 > %6")
                          .arg(w.row, w.history, quoteIdentifier(conventions::kOperationColumn), quoteLiteral(operation),
                               quoteIdentifier(conventions::kHistoryIdColumn), after));
}

QString lastHistoryId(pqxx::work &tx, const Watched &w)
{
    return QString::fromStdString(
        tx.exec1(QStringLiteral("SELECT coalesce(max(%1), 0) FROM %2").arg(quoteIdentifier(conventions::kHistoryIdColumn), w.history).toStdString())[0].c_str());
}

[[noreturn]] void fail(const Watched &w, const QString &what)
{
    throw SchemaError(Problem{Problem::Severity::Error, QStringLiteral("history-rows-wrong"), what, {}, w.table->schema, w.table->name, {}, 0});
}

void expectSame(const Watched &w, const QString &operation, const QStringList &rows, const QStringList &history)
{
    if (rows != history)
        fail(w, QStringLiteral("after the %1, %2 keeps %3; the rows were %4")
                    .arg(operation, w.history, history.isEmpty() ? QStringLiteral("nothing") : history.join(QStringLiteral(", ")),
                         rows.join(QStringLiteral(", "))));
}

// Runs `statement` on one table, in a savepoint, and returns the rows it
// changed (a rule of the schema's may change fewer, or none). Nothing when the
// schema's own rules refused it (said in `refused`); an error of a house rule's
// function throws.
std::optional<qsizetype> execOn(pqxx::work &tx, const Project &schema, const Watched &w, const QString &statement, QStringList &refused)
{
    try {
        pqxx::subtransaction step(tx);
        const pqxx::result result = step.exec(statement.toStdString());
        step.commit();
        return qsizetype(result.affected_rows());
    } catch (const std::exception &e) {
        if (raisedByHouseRules(schema, QString::fromUtf8(e.what())))
            fail(w, QStringLiteral("%1 failed in a house rule's function: %2").arg(statement, describeSqlError(e)));
        refused << QStringLiteral("%1: %2").arg(w.table->name, describeSqlError(e));
        return std::nullopt;
    }
}

// `rows` without one of each of `gone`: what a statement took away.
QStringList without(QStringList rows, const QStringList &gone)
{
    for (const QString &row : gone)
        rows.removeOne(row);
    return rows;
}

// A column an UPDATE may set to itself: not generated, not an identity ALWAYS.
QString updatableColumn(const Table &table)
{
    for (const Column &c : table.columns)
        if (!c.generatedExpr && c.identity != QLatin1String("always"))
            return quoteIdentifier(c.name);
    return {};
}

} // namespace

QStringList proveHistoryRows(Connection &connection, const Project &schema, const QList<const Table *> &filled)
{
    QList<Watched> watched;
    for (const Table *t : filled)
        if (t->history && !t->isPartition() && !t->columns.isEmpty()) {
            QStringList columns;
            for (const Column &c : t->columns)
                columns << quoteIdentifier(c.name);
            watched << Watched{t, qualifiedIdentifier(t->schema, conventions::historyTableName(t->name)),
                               QStringLiteral("ROW(%1)::text").arg(columns.join(QStringLiteral(", ")))};
        }
    const auto rowsNow = [](pqxx::work &tx, const Watched &w) { return rowsOf(tx, QStringLiteral("SELECT %1 FROM %2").arg(w.row, sql::tableRef(*w.table))); };
    QStringList refused;
    pqxx::work tx(connection.raw());  // never committed: the rows stay as inserted
    for (const Watched &w : std::as_const(watched)) {
        // Only rows nothing has changed since their insert (a trigger of the
        // schema's own may have) are the rows as inserted.
        const QStringList changed = rowsOf(tx, QStringLiteral("SELECT 1 FROM %1 WHERE %2 <> 'INSERT' LIMIT 1")
                                                   .arg(w.history, quoteIdentifier(conventions::kOperationColumn)));
        if (changed.isEmpty())
            expectSame(w, QStringLiteral("INSERT"), rowsNow(tx, w), historyRows(tx, w, QStringLiteral("INSERT"), QStringLiteral("0")));
    }
    for (const Watched &w : std::as_const(watched)) {
        const QString column = updatableColumn(*w.table);
        if (column.isEmpty())
            continue;
        const QStringList before = rowsNow(tx, w);
        const QString after = lastHistoryId(tx, w);
        // Every row updated keeps its old values; a rule that updates none (DO INSTEAD NOTHING) leaves none.
        const std::optional<qsizetype> updated = execOn(tx, schema, w, QStringLiteral("UPDATE %1 SET %2 = %2").arg(sql::tableRef(*w.table), column), refused);
        if (updated && (*updated == before.size() || *updated == 0))
            expectSame(w, QStringLiteral("UPDATE"), *updated == 0 ? QStringList() : before, historyRows(tx, w, QStringLiteral("UPDATE"), after));
    }
    // Every table's rows go, children first, so that no key holds a row back.
    for (auto t = filled.crbegin(); t != filled.crend(); ++t) {
        const auto w = std::find_if(watched.cbegin(), watched.cend(), [&](const Watched &x) { return x.table == *t; });
        if (w == watched.cend()) {
            execOn(tx, schema, Watched{*t, {}, {}}, QStringLiteral("DELETE FROM %1").arg(sql::tableRef(**t)), refused);
            continue;
        }
        const QStringList before = rowsNow(tx, *w);
        const QString after = lastHistoryId(tx, *w);
        if (execOn(tx, schema, *w, QStringLiteral("DELETE FROM %1").arg(sql::tableRef(*w->table)), refused))
            expectSame(*w, QStringLiteral("DELETE"), without(before, rowsNow(tx, *w)), historyRows(tx, *w, QStringLiteral("DELETE"), after));
    }
    tx.abort();
    return refused;
}

} // namespace sw::db
