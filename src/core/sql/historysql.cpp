#include "sql/historysql.h"

#include "columntype.h"
#include "conventions.h"
#include "identifiers.h"
#include "sql/tablesql.h"

#include <QStringList>

namespace sw::sql {

namespace {

using namespace conventions;

QString historyRef(const Table &table)
{
    return qualifiedIdentifier(table.schema, historyTableName(table.name));
}

QString functionRef(const Table &table, const QString &function)
{
    return qualifiedIdentifier(table.schema, function) + QStringLiteral("()");
}

// One branch of the trigger function: copy the columns of `source` (OLD or
// NEW row by row; per statement, the transition table) and return `returned`.
QString historyBranch(const Table &table, const QString &operation, const QString &source, const QString &returned)
{
    QStringList columns{kOperationColumn, kChangedAtColumn};
    QStringList values{quoteLiteral(operation), QStringLiteral("NOW()")};
    for (const Column &c : table.columns) {
        columns << quoteIdentifier(c.name);
        values << source + QLatin1Char('.') + quoteIdentifier(c.name);
    }
    const QString into = QStringLiteral("        INSERT INTO %1 (\n            %2\n").arg(historyRef(table), columns.join(QStringLiteral(", ")));
    if (table.historyPerStatement())  // a statement's return value means nothing: the function's RETURN NULL ends it
        return into + QStringLiteral("        ) SELECT\n            %1\n        FROM %2;\n").arg(values.join(QStringLiteral(", ")), source);
    return into + QStringLiteral("        ) VALUES (\n            %1\n        );\n        RETURN %2;\n").arg(values.join(QStringLiteral(", ")), returned);
}

} // namespace

QString createHistoryTable(const Table &table)
{
    QStringList lines{
        kHistoryIdColumn + QStringLiteral(" BIGSERIAL PRIMARY KEY"),
        kOperationColumn + QStringLiteral(" VARCHAR(10) NOT NULL"),
        kChangedAtColumn + QStringLiteral(" TIMESTAMPTZ NOT NULL DEFAULT NOW()"),
    };
    // History columns are plain copies: no NOT NULL, default, key or check, so
    // old versions of rows fit and a new column can join a populated table.
    for (const Column &c : table.columns)
        lines << quoteIdentifier(c.name) + QLatin1Char(' ') + typeWithCollation(c, true);
    return QStringLiteral("CREATE TABLE %1 (\n    %2\n);").arg(historyRef(table), lines.join(QStringLiteral(",\n    ")));
}

QString dropHistoryTable(const Table &table)
{
    return QStringLiteral("DROP TABLE %1;").arg(historyRef(table));
}

QString historyFunction(const Table &table)
{
    const bool perStatement = table.historyPerStatement();
    return QStringLiteral("CREATE OR REPLACE FUNCTION %1\n"
                          "RETURNS TRIGGER AS $$\n"
                          "BEGIN\n"
                          "    IF (TG_OP = 'DELETE') THEN\n%2"
                          "    ELSIF (TG_OP = 'UPDATE') THEN\n%3"
                          "    ELSIF (TG_OP = 'INSERT') THEN\n%4"
                          "    END IF;\n"
                          "    RETURN NULL;\n"
                          "END;\n"
                          "$$ LANGUAGE plpgsql;")
        .arg(functionRef(table, historyFunctionName(table.name)),
             historyBranch(table, QStringLiteral("DELETE"), perStatement ? kOldRows : QStringLiteral("OLD"), QStringLiteral("OLD")),
             historyBranch(table, QStringLiteral("UPDATE"), perStatement ? kOldRows : QStringLiteral("OLD"), QStringLiteral("NEW")),
             historyBranch(table, QStringLiteral("INSERT"), perStatement ? kNewRows : QStringLiteral("NEW"), QStringLiteral("NEW")));
}

QString dropHistoryFunction(const Table &table)
{
    return QStringLiteral("DROP FUNCTION %1;").arg(functionRef(table, historyFunctionName(table.name)));
}

QString createHistoryTriggers(const Table &table)
{
    QStringList statements;
    for (const char *op : {"INSERT", "UPDATE", "DELETE"}) {
        const QString operation = QLatin1String(op);
        // Per statement: the rows an UPDATE or DELETE replaced, or an INSERT added, as a table.
        const QString each = !table.historyPerStatement() ? QStringLiteral("FOR EACH ROW")
            : operation == QLatin1String("INSERT")        ? QStringLiteral("REFERENCING NEW TABLE AS %1\n    FOR EACH STATEMENT").arg(kNewRows)
                                                          : QStringLiteral("REFERENCING OLD TABLE AS %1\n    FOR EACH STATEMENT").arg(kOldRows);
        statements << QStringLiteral("CREATE TRIGGER %1\n    AFTER %2 ON %3\n    %4 EXECUTE FUNCTION %5;")
                          .arg(quoteIdentifier(historyTriggerName(table.name, operation.toLower())), operation,
                               tableRef(table), each, functionRef(table, historyFunctionName(table.name)));
    }
    return statements.join(QLatin1Char('\n'));
}

QString dropHistoryTriggers(const Table &table)
{
    QStringList statements;
    for (const char *op : {"delete", "update", "insert"})
        statements << QStringLiteral("DROP TRIGGER %1 ON %2;")
                          .arg(quoteIdentifier(historyTriggerName(table.name, QLatin1String(op))), tableRef(table));
    return statements.join(QLatin1Char('\n'));
}

QString createUpdatedAtTrigger(const Table &table)
{
    const QString function = functionRef(table, updatedAtFunctionName(table.name));
    return QStringLiteral("CREATE OR REPLACE FUNCTION %1\n"
                          "RETURNS TRIGGER AS $$\n"
                          "BEGIN\n"
                          "    NEW.%2 = NOW();\n"
                          "    RETURN NEW;\n"
                          "END;\n"
                          "$$ LANGUAGE plpgsql;\n"
                          "CREATE TRIGGER %3\n"
                          "    BEFORE UPDATE ON %4\n"
                          "    FOR EACH ROW EXECUTE FUNCTION %1;")
        .arg(function, kUpdatedAtColumn, quoteIdentifier(updatedAtTriggerName(table.name)), tableRef(table));
}

QString dropUpdatedAtTrigger(const Table &table)
{
    return QStringLiteral("DROP TRIGGER %1 ON %2;\nDROP FUNCTION %3;")
        .arg(quoteIdentifier(updatedAtTriggerName(table.name)), tableRef(table),
             functionRef(table, updatedAtFunctionName(table.name)));
}

} // namespace sw::sql
