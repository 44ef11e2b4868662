#include "expressioncanonicalizer.h"

#include "columntype.h"
#include "identifiers.h"
#include "sql/expressionform.h"

#include <QRegularExpression>

#include <pqxx/pqxx>

namespace sw::db {

namespace {

QString withoutModifiers(const QString &type)
{
    static const QRegularExpression modifiers(QStringLiteral("\\([^)]*\\)"));
    return QString(type).remove(modifiers).simplified();
}

QString temporaryTableName(int position) { return QStringLiteral("sw_canonical_%1").arg(position); }

QString temporaryTableSql(const Table &table, int position)
{
    QStringList lines;
    for (const Column &c : table.columns) {
        const auto type = parseColumnType(c.type);
        QString line = quoteIdentifier(c.name) + QLatin1Char(' ') + (type ? type->withoutSerial().sql() : c.type);
        if (c.defaultExpr)
            line += QStringLiteral(" DEFAULT ") + *c.defaultExpr;
        lines << line;
    }
    for (int i = 0; i < table.checks.size(); ++i)
        lines << QStringLiteral("CONSTRAINT %1 CHECK (%2)").arg(quoteIdentifier(QStringLiteral("ck_%1").arg(i)), table.checks.at(i).expression);
    return QStringLiteral("CREATE TEMP TABLE %1 (%2)").arg(temporaryTableName(position), lines.join(QStringLiteral(", ")));
}

} // namespace

QString withoutRedundantCast(const QString &defaultExpr, const QString &columnType)
{
    static const QRegularExpression cast(QStringLiteral("^('(?:[^']|'')*')::([a-z ]+(?:\\([0-9,]+\\))?(?:\\[\\])?)$"));
    const QRegularExpressionMatch m = cast.match(defaultExpr);
    if (m.hasMatch() && withoutModifiers(m.captured(2)) == withoutModifiers(columnType))
        return m.captured(1);
    return defaultExpr;
}

QString checkExpression(const QString &constraintDefinition)
{
    QString expression = constraintDefinition.trimmed();
    expression.remove(QRegularExpression(QStringLiteral("\\s+NOT VALID$")));
    if (expression.startsWith(QLatin1String("CHECK (")) && expression.endsWith(QLatin1Char(')')))
        expression = expression.mid(7, expression.size() - 8);
    // One pair of parentheses around the whole expression says nothing.
    if (expression.startsWith(QLatin1Char('(')) && expression.endsWith(QLatin1Char(')'))) {
        int depth = 0;
        bool wraps = true;
        for (qsizetype i = 0; i < expression.size() - 1 && wraps; ++i) {
            depth += expression.at(i) == u'(' ? 1 : expression.at(i) == u')' ? -1 : 0;
            wraps = depth > 0;
        }
        if (wraps)
            expression = expression.mid(1, expression.size() - 2);
    }
    return expression;
}

namespace {

// The server's spelling of the temporary tables' defaults and checks, all in two queries.
void readCanonical(pqxx::transaction_base &tx, Project &canonical, const QList<int> &made)
{
    QStringList relations;
    for (int t : made)
        relations << temporaryTableName(t);
    const std::string names = (QStringLiteral("{") + relations.join(QLatin1Char(',')) + QStringLiteral("}")).toStdString();
    const auto tableOf = [&](const std::string &relation) -> Table & {
        return canonical.tables[QString::fromStdString(relation).mid(int(qstrlen("sw_canonical_"))).toInt()];
    };
    for (const auto &row : tx.exec_params("SELECT c.relname, a.attname, pg_get_expr(d.adbin, d.adrelid), format_type(a.atttypid, a.atttypmod) "
                                          "FROM pg_attrdef d JOIN pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum "
                                          "JOIN pg_class c ON c.oid = d.adrelid "
                                          "WHERE c.relnamespace = pg_my_temp_schema() AND c.relname = ANY($1::text[])",
                                          names)) {
        Table &table = tableOf(row[0].as<std::string>());
        for (Column &c : table.columns)
            if (c.name == QString::fromStdString(row[1].as<std::string>()))
                c.defaultExpr = withoutRedundantCast(QString::fromStdString(row[2].as<std::string>()), QString::fromStdString(row[3].as<std::string>()));
    }
    for (const auto &row : tx.exec_params("SELECT c.relname, con.conname, pg_get_constraintdef(con.oid) FROM pg_constraint con "
                                          "JOIN pg_class c ON c.oid = con.conrelid "
                                          "WHERE c.relnamespace = pg_my_temp_schema() AND c.relname = ANY($1::text[]) AND con.contype = 'c'",
                                          names)) {
        Table &table = tableOf(row[0].as<std::string>());
        const int position = QString::fromStdString(row[1].as<std::string>()).mid(3).toInt();
        if (position >= 0 && position < table.checks.size())
            table.checks[position].expression = checkExpression(QString::fromStdString(row[2].as<std::string>()));
    }
}

} // namespace

Project canonicalizeExpressions(Connection &connection, const Project &design)
{
    Project canonical = design;
    QList<int> made;
    pqxx::work tx(connection.raw());
    // All tables in one statement; only when the server refuses one of them,
    // table by table, so that one bad expression keeps only its own table's words.
    QStringList all;
    for (int t = 0; t < canonical.tables.size(); ++t) {
        all << temporaryTableSql(canonical.tables.at(t), t);
        made << t;
    }
    try {
        pqxx::subtransaction attempt(tx);
        if (!all.isEmpty())
            attempt.exec(all.join(QStringLiteral(";\n")).toStdString());
        attempt.commit();
    } catch (const std::exception &) {
        made.clear();
        for (int t = 0; t < canonical.tables.size(); ++t) {
            try {
                pqxx::subtransaction attempt(tx);
                attempt.exec(temporaryTableSql(canonical.tables.at(t), t).toStdString());
                attempt.commit();
                made << t;
            } catch (const std::exception &) {
                // the server refuses an expression: keep the design's words
            }
        }
    }
    if (!made.isEmpty())
        readCanonical(tx, canonical, made);
    tx.abort();
    return canonical;
}

Project withPlainestExpressions(Connection &connection, const Project &imported)
{
    QList<int> candidates;   // tables with an expression that may read plainer
    Project subset;
    for (int t = 0; t < imported.tables.size(); ++t) {
        Table plain = imported.tables.at(t);
        for (Column &c : plain.columns)
            if (c.defaultExpr)
                c.defaultExpr = plainExpression(*c.defaultExpr);
        for (Check &check : plain.checks)
            check.expression = plainExpression(check.expression);
        if (plain == imported.tables.at(t))
            continue;
        candidates << t;
        subset.tables << plain;
    }
    const Project proven = canonicalizeExpressions(connection, subset);
    Project result = imported;
    for (int i = 0; i < candidates.size(); ++i) {
        const Table &printed = imported.tables.at(candidates.at(i));
        Table &out = result.tables[candidates.at(i)];
        for (int c = 0; c < out.columns.size(); ++c)
            if (proven.tables.at(i).columns.at(c).defaultExpr == printed.columns.at(c).defaultExpr)
                out.columns[c].defaultExpr = subset.tables.at(i).columns.at(c).defaultExpr;
        for (int k = 0; k < out.checks.size(); ++k)
            if (proven.tables.at(i).checks.at(k).expression == printed.checks.at(k).expression)
                out.checks[k].expression = subset.tables.at(i).checks.at(k).expression;
    }
    return result;
}

} // namespace sw::db
