#include "expressioncanonicalizer.h"

#include "columntype.h"
#include "identifiers.h"
#include "sql/expressionform.h"
#include "sql/indexdefinition.h"
#include "sql/tablesql.h"

#include <QHash>
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
        if (c.generatedExpr)
            line += QStringLiteral(" GENERATED ALWAYS AS (%1) STORED").arg(*c.generatedExpr);
        lines << line;
    }
    for (int i = 0; i < table.checks.size(); ++i)
        lines << QStringLiteral("CONSTRAINT %1 CHECK (%2)").arg(quoteIdentifier(QStringLiteral("ck_%1").arg(i)), table.checks.at(i).expression);
    QString sql = QStringLiteral("CREATE TEMP TABLE %1 (%2)").arg(temporaryTableName(position), lines.join(QStringLiteral(", ")));
    // Indexes with expressions or a predicate, so that the server prints them in its words.
    Table temporary = table;
    temporary.name = temporaryTableName(position);
    temporary.schema = QStringLiteral("pg_temp");
    for (int i = 0; i < table.indexes.size(); ++i) {
        const Index &index = table.indexes.at(i);
        const bool plain = !index.where && std::all_of(index.columns.begin(), index.columns.end(), [&](const QString &e) { return table.hasColumn(e); });
        if (!plain)
            sql += QStringLiteral(";\n") + sql::createIndex(temporary, {QStringLiteral("%1_ix%2").arg(temporary.name).arg(i), index.columns, false, index.method,
                                                                       index.include, index.where}).chopped(1);
    }
    return sql;
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
    for (const auto &row : tx.exec_params("SELECT c.relname, a.attname, pg_get_expr(d.adbin, d.adrelid), format_type(a.atttypid, a.atttypmod), "
                                          "a.attgenerated = 's' "
                                          "FROM pg_attrdef d JOIN pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum "
                                          "JOIN pg_class c ON c.oid = d.adrelid "
                                          "WHERE c.relnamespace = pg_my_temp_schema() AND c.relname = ANY($1::text[])",
                                          names)) {
        Table &table = tableOf(row[0].as<std::string>());
        for (Column &c : table.columns) {
            if (c.name != QString::fromStdString(row[1].as<std::string>()))
                continue;
            const QString expression = QString::fromStdString(row[2].as<std::string>());
            if (row[4].as<bool>())
                c.generatedExpr = expression;
            else
                c.defaultExpr = withoutRedundantCast(expression, QString::fromStdString(row[3].as<std::string>()));
        }
    }
    for (const auto &row : tx.exec_params("SELECT c.relname, ic.relname, pg_get_indexdef(i.indexrelid) FROM pg_index i "
                                          "JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_class c ON c.oid = i.indrelid "
                                          "WHERE c.relnamespace = pg_my_temp_schema() AND c.relname = ANY($1::text[])",
                                          names)) {
        Table &table = tableOf(row[0].as<std::string>());
        const int position = QString::fromStdString(row[1].as<std::string>()).section(QStringLiteral("_ix"), -1).toInt();
        const std::optional<Index> printed = sql::indexFromDefinition(QString::fromStdString(row[2].as<std::string>()), table);
        if (printed && position >= 0 && position < table.indexes.size()) {
            table.indexes[position].columns = printed->columns;
            table.indexes[position].where = printed->where;
        }
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

namespace {

// The candidates, packed into as few TEMP tables as will do: the thousand
// `'USD'::bpchar` defaults of a large schema are one question to the server,
// not a thousand tables.
class CandidatePacker {
public:
    struct Slot {
        int table = -1;
        int index = -1;   // column (a default) or check position
    };

    Slot addDefault(const QString &type, const QString &expression)
    {
        const QString key = type + QLatin1Char('\n') + expression;
        if (m_defaults.contains(key))
            return m_defaults.value(key);
        if (m_defaultTable < 0 || project.tables.at(m_defaultTable).columns.size() >= kWidth) {
            m_defaultTable = int(project.tables.size());
            project.tables << Table{};
        }
        Table &t = project.tables[m_defaultTable];
        Column c;
        c.name = QStringLiteral("d%1").arg(t.columns.size());
        c.type = type;
        c.defaultExpr = expression;
        t.columns << c;
        return m_defaults[key] = Slot{m_defaultTable, int(t.columns.size()) - 1};
    }

    // A check needs the columns it names, with their types, beside it; so does
    // a generation expression, asked as a generated column of `generatedType`.
    Slot addCheck(const Table &owner, const QString &expression, const QString &generatedType = {})
    {
        QList<Column> used;
        for (const Column &c : owner.columns)
            if (expression.contains(c.name)) {  // more columns than needed do no harm
                Column bare;
                bare.name = c.name;
                bare.type = c.type;
                used << bare;
            }
        QString key = generatedType + QLatin1Char('\n') + expression;
        for (const Column &c : used)
            key += QLatin1Char('\n') + c.name + QLatin1Char(' ') + c.type;
        if (m_checks.contains(key))
            return m_checks.value(key);
        int target = -1;
        for (int t : std::as_const(m_checkTables)) {
            const Table &candidate = project.tables.at(t);
            const bool fits = candidate.columns.size() + used.size() <= kWidth
                && std::all_of(used.begin(), used.end(), [&](const Column &c) {
                       const Column *there = candidate.column(c.name);
                       return !there || there->type == c.type;
                   });
            if (fits) {
                target = t;
                break;
            }
        }
        if (target < 0) {
            target = int(project.tables.size());
            m_checkTables << target;
            project.tables << Table{};
        }
        Table &t = project.tables[target];
        for (const Column &c : used)
            if (!t.hasColumn(c.name))
                t.columns << c;
        if (!generatedType.isEmpty()) {
            Column generated;
            generated.name = QStringLiteral("sw_generated_%1").arg(t.columns.size());
            generated.type = generatedType;
            generated.generatedExpr = expression;
            t.columns << generated;
            return m_checks[key] = Slot{target, int(t.columns.size()) - 1};
        }
        t.checks << Check{{}, expression, {}};
        return m_checks[key] = Slot{target, int(t.checks.size()) - 1};
    }

    Project project;

private:
    static constexpr int kWidth = 400;   // well under PostgreSQL's 1600 columns
    QHash<QString, Slot> m_defaults, m_checks;
    int m_defaultTable = -1;
    QList<int> m_checkTables;
};

} // namespace

Project withPlainestExpressions(Connection &connection, const Project &imported)
{
    enum class Kind { Default, Check, Generated };
    struct Candidate {
        int table, item;
        Kind kind;
        QString plain;
        CandidatePacker::Slot slot;
    };
    CandidatePacker packer;
    QList<Candidate> candidates;
    for (int t = 0; t < imported.tables.size(); ++t) {
        const Table &table = imported.tables.at(t);
        for (int c = 0; c < table.columns.size(); ++c) {
            const std::optional<QString> &printed = table.columns.at(c).defaultExpr;
            if (printed && plainExpression(*printed) != *printed)
                candidates.append({t, c, Kind::Default, plainExpression(*printed), packer.addDefault(table.columns.at(c).type, plainExpression(*printed))});
            const std::optional<QString> &generated = table.columns.at(c).generatedExpr;
            if (generated && plainExpression(*generated) != *generated)
                candidates.append({t, c, Kind::Generated, plainExpression(*generated),
                                   packer.addCheck(table, plainExpression(*generated), table.columns.at(c).type)});
        }
        for (int k = 0; k < table.checks.size(); ++k) {
            const QString plain = plainExpression(table.checks.at(k).expression);
            if (plain != table.checks.at(k).expression)
                candidates.append({t, k, Kind::Check, plain, packer.addCheck(table, plain)});
        }
    }
    if (candidates.isEmpty())
        return imported;
    const Project proven = canonicalizeExpressions(connection, packer.project);
    Project result = imported;
    for (const Candidate &c : candidates) {
        const Table &answer = proven.tables.at(c.slot.table);
        Table &out = result.tables[c.table];
        // Kept only where the server prints the plain spelling exactly as the original.
        if (c.kind == Kind::Check && answer.checks.at(c.slot.index).expression == out.checks.at(c.item).expression)
            out.checks[c.item].expression = c.plain;
        else if (c.kind == Kind::Default && answer.columns.at(c.slot.index).defaultExpr == out.columns.at(c.item).defaultExpr)
            out.columns[c.item].defaultExpr = c.plain;
        else if (c.kind == Kind::Generated && answer.columns.at(c.slot.index).generatedExpr == out.columns.at(c.item).generatedExpr)
            out.columns[c.item].generatedExpr = c.plain;
    }
    return result;
}

} // namespace sw::db
