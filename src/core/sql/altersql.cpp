#include "sql/altersql.h"

#include "conventions.h"
#include "identifiers.h"
#include "sql/sequencesql.h"
#include "sql/tablesql.h"

namespace sw::sql {

namespace {

QString historyRef(const Table &table)
{
    return qualifiedIdentifier(table.schema, conventions::historyTableName(table.name));
}

QString typeOf(const Column &column)
{
    return typeWithCollation(column);
}

QString historyTypeOf(const Column &column)
{
    return typeWithCollation(column, true);
}

QString alterType(const QString &tableRef, const QString &column, const QString &type, const TypeChange &change)
{
    QString statement = QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 TYPE %3").arg(tableRef, quoteIdentifier(column), type);
    if (change.needsUsing)
        statement += QStringLiteral(" USING %1%2::%3").arg(quoteIdentifier(column), change.viaText ? QStringLiteral("::text") : QString(), type);
    return statement + QLatin1Char(';');
}

QString serialSequenceRenames(const Table &from, const Table &to)
{
    QStringList statements;
    for (const Column &c : to.columns) {
        const auto type = parseColumnType(c.type);
        const Column *old = from.column(c.name);
        if (type && type->isSerial() && old)
            statements << renameSequence(to.schema, conventions::sequenceName(from.name, old->name),
                                         conventions::sequenceName(to.name, c.name));
    }
    return statements.join(QLatin1Char('\n'));
}

} // namespace

QString addColumn(const Table &table, const Column &column, bool withNotNull)
{
    QString def = quoteIdentifier(column.name) + QLatin1Char(' ') + definedType(column);
    if (withNotNull)
        def += QStringLiteral(" NOT NULL");
    if (column.defaultExpr)
        def += QStringLiteral(" DEFAULT ") + *column.defaultExpr;
    QString sql = QStringLiteral("ALTER TABLE %1 ADD COLUMN %2%3;").arg(tableRef(table), def, generationClause(column));
    if (!column.storage.isEmpty())
        sql += QLatin1Char('\n') + setStorage(table, column, column.storage);
    if (const QString options = serialSequenceOptions(table, column, false); !options.isEmpty())
        sql += QLatin1Char('\n') + options;
    return sql;
}

QString addIdentity(const Table &table, const Column &column)
{
    return QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 ADD%3;\n"
                          "SELECT setval(pg_get_serial_sequence(%4, %5), coalesce(max(%2), 0) + 1, false) FROM %1;")
        .arg(tableRef(table), quoteIdentifier(column.name), generationClause(column), quoteLiteral(tableRef(table)), quoteLiteral(column.name));
}

QString serialOn(const Table &table, const Column &column)
{
    const QString sequence = serialSequenceRef(table, column.name);
    const QString options = sequenceOptions(column.sequence);
    return QStringLiteral("CREATE SEQUENCE %1 AS %2%3 OWNED BY %4.%5;\n"
                          "ALTER TABLE %4 ALTER COLUMN %5 SET DEFAULT nextval(%6);\n"
                          "SELECT setval(%6, coalesce(max(%5), 0) + 1, false) FROM %4;")
        .arg(sequence, parseColumnType(column.type).value_or(ColumnType{}).withoutSerial().sql(), options.isEmpty() ? QString() : QLatin1Char(' ') + options,
             tableRef(table), quoteIdentifier(column.name), quoteLiteral(sequence));
}

QString serialOff(const Table &table, const QString &column)
{
    return QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 DROP DEFAULT;\nDROP SEQUENCE %3;")
        .arg(tableRef(table), quoteIdentifier(column), serialSequenceRef(table, column));
}

QString dropIdentity(const Table &table, const QString &column)
{
    return QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 DROP IDENTITY;").arg(tableRef(table), quoteIdentifier(column));
}

QString setIdentityMode(const Table &table, const QString &column, const QString &identity)
{
    return QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 SET GENERATED %3;").arg(tableRef(table), quoteIdentifier(column), identity.toUpper());
}

QString dropColumn(const Table &table, const QString &column)
{
    return QStringLiteral("ALTER TABLE %1 DROP COLUMN %2;").arg(tableRef(table), quoteIdentifier(column));
}

QString renameColumn(const Table &table, const QString &from, const QString &to)
{
    return QStringLiteral("ALTER TABLE %1 RENAME COLUMN %2 TO %3;").arg(tableRef(table), quoteIdentifier(from), quoteIdentifier(to));
}

QString alterColumnType(const Table &table, const Column &column, const TypeChange &change)
{
    return alterType(tableRef(table), column.name, typeOf(column), change);
}

QString setNotNull(const Table &table, const QString &column, bool notNull)
{
    return QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 %3 NOT NULL;")
        .arg(tableRef(table), quoteIdentifier(column), notNull ? QStringLiteral("SET") : QStringLiteral("DROP"));
}

QString setDefault(const Table &table, const QString &column, const std::optional<QString> &defaultExpr)
{
    if (!defaultExpr)
        return QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 DROP DEFAULT;").arg(tableRef(table), quoteIdentifier(column));
    return QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 SET DEFAULT %3;").arg(tableRef(table), quoteIdentifier(column), *defaultExpr);
}

QString fillNulls(const Table &table, const QString &column, const QString &fillExpr, const QStringList &pausedTriggers)
{
    QStringList statements;
    for (const QString &t : pausedTriggers)
        statements << QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER %2;").arg(tableRef(table), quoteIdentifier(t));
    statements << QStringLiteral("UPDATE %1 SET %2 = %3 WHERE %2 IS NULL;").arg(tableRef(table), quoteIdentifier(column), fillExpr);
    for (const QString &t : pausedTriggers)
        statements << QStringLiteral("ALTER TABLE %1 ENABLE TRIGGER %2;").arg(tableRef(table), quoteIdentifier(t));
    return statements.join(QLatin1Char('\n'));
}

QString addHistoryColumn(const Table &table, const Column &column)
{
    return QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 %3;").arg(historyRef(table), quoteIdentifier(column.name), historyTypeOf(column));
}

QString dropHistoryColumn(const Table &table, const QString &column)
{
    return QStringLiteral("ALTER TABLE %1 DROP COLUMN %2;").arg(historyRef(table), quoteIdentifier(column));
}

QString renameHistoryColumn(const Table &table, const QString &from, const QString &to)
{
    return QStringLiteral("ALTER TABLE %1 RENAME COLUMN %2 TO %3;").arg(historyRef(table), quoteIdentifier(from), quoteIdentifier(to));
}

QString alterHistoryColumnType(const Table &table, const Column &column, const TypeChange &change)
{
    return alterType(historyRef(table), column.name, historyTypeOf(column), change);
}

QString renameTable(const Table &from, const Table &to)
{
    QStringList statements{QStringLiteral("ALTER TABLE %1 RENAME TO %2;").arg(tableRef(from), quoteIdentifier(to.name))};
    // A derived key name goes with the table; a declared one stays what it is.
    if (!from.primaryKey.isEmpty() && conventions::primaryKeyName(from) != conventions::primaryKeyName(to))
        statements << renameConstraint(to, conventions::primaryKeyName(from), conventions::primaryKeyName(to));
    const QString sequences = serialSequenceRenames(from, to);
    if (!sequences.isEmpty())
        statements << sequences;
    return statements.join(QLatin1Char('\n'));
}

QString renameHistoryTable(const Table &from, const Table &to)
{
    using namespace conventions;
    const QString oldName = historyTableName(from.name), newName = historyTableName(to.name);
    return QStringList{
        QStringLiteral("ALTER TABLE %1 RENAME TO %2;").arg(historyRef(from), quoteIdentifier(newName)),
        QStringLiteral("ALTER TABLE %1 RENAME CONSTRAINT %2 TO %3;")
            .arg(historyRef(to), quoteIdentifier(historyPrimaryKeyName(from.name)), quoteIdentifier(historyPrimaryKeyName(to.name))),
        renameSequence(to.schema, historyIdSequenceName(from.name), historyIdSequenceName(to.name)),
    }.join(QLatin1Char('\n'));
}

QString renameSequence(const QString &schema, const QString &from, const QString &to)
{
    return QStringLiteral("ALTER SEQUENCE %1 RENAME TO %2;").arg(qualifiedIdentifier(schema, from), quoteIdentifier(to));
}

QString addPrimaryKey(const Table &table)
{
    return QStringLiteral("ALTER TABLE %1 ADD %2;").arg(tableRef(table), primaryKeyClause(table));
}

QString dropPrimaryKey(const Table &table)
{
    return dropConstraint(table, conventions::primaryKeyName(table));
}

QString addCheck(const Table &table, int checkPosition)
{
    const Check &check = table.checks.at(checkPosition);
    return QStringLiteral("ALTER TABLE %1 ADD %2%3;").arg(tableRef(table), checkClause(table, checkPosition), check.notValid ? QStringLiteral(" NOT VALID") : QString());
}

QString addExclusion(const Table &table, const Exclusion &exclusion)
{
    return QStringLiteral("ALTER TABLE %1 ADD %2;").arg(tableRef(table), exclusionClause(exclusion));
}

QString dropConstraint(const Table &table, const QString &constraint)
{
    return QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT %2;").arg(tableRef(table), quoteIdentifier(constraint));
}

QString validateConstraint(const Table &table, const QString &constraint)
{
    return QStringLiteral("ALTER TABLE %1 VALIDATE CONSTRAINT %2;").arg(tableRef(table), quoteIdentifier(constraint));
}

QString renameConstraint(const Table &table, const QString &from, const QString &to)
{
    return QStringLiteral("ALTER TABLE %1 RENAME CONSTRAINT %2 TO %3;").arg(tableRef(table), quoteIdentifier(from), quoteIdentifier(to));
}

QString renameIndex(const Table &table, const QString &from, const QString &to)
{
    return QStringLiteral("ALTER INDEX %1 RENAME TO %2;").arg(qualifiedIdentifier(table.schema, from), quoteIdentifier(to));
}

QString commentOnTable(const Table &table)
{
    return QStringLiteral("COMMENT ON TABLE %1 IS %2;")
        .arg(tableRef(table), table.comment.isEmpty() ? QStringLiteral("NULL") : quoteLiteral(table.comment));
}

QString commentOnColumn(const Table &table, const Column &column)
{
    return QStringLiteral("COMMENT ON COLUMN %1.%2 IS %3;")
        .arg(tableRef(table), quoteIdentifier(column.name), column.comment.isEmpty() ? QStringLiteral("NULL") : quoteLiteral(column.comment));
}

} // namespace sw::sql
