#include "sql/tablesql.h"

#include "sql/altersql.h"
#include "sql/sequencesql.h"

#include "columntype.h"
#include "conventions.h"
#include "identifiers.h"
#include "problem.h"

#include <QRegularExpression>

namespace sw::sql {

namespace {

QString columnList(const QStringList &columns)
{
    QStringList quoted;
    for (const QString &c : columns)
        quoted << quoteIdentifier(c);
    return quoted.join(QStringLiteral(", "));
}

} // namespace

QString tableRef(const Table &table)
{
    return qualifiedIdentifier(table.schema, table.name);
}

QString typeWithCollation(const Column &column, bool history)
{
    const ColumnType type = parseColumnType(column.type).value_or(ColumnType{});
    QString text = history ? type.withoutSerial().sql() : type.sql();
    if (!column.collation.isEmpty())
        text += QStringLiteral(" COLLATE ") + quoteIdentifier(column.collation);
    return text;
}

bool isStorageParameter(const QString &nameValue)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?=.+$"),
                                            QRegularExpression::DotMatchesEverythingOption);
    return pattern.match(nameValue).hasMatch();
}

QString storageParameterName(const QString &nameValue)
{
    if (!isStorageParameter(nameValue))
        throw SchemaError(QStringLiteral("bad-storage-parameter"), QStringLiteral("storage parameter \"%1\" is not name=value").arg(nameValue));
    return nameValue.section(QLatin1Char('='), 0, 0);
}

QString storageParameter(const QString &nameValue)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_.]+$"));
    const QString name = storageParameterName(nameValue);
    const QString value = nameValue.section(QLatin1Char('='), 1);
    return name + QLatin1Char('=') + (plain.match(value).hasMatch() ? value : quoteLiteral(value));
}

QString setStorage(const Table &table, const Column &column, const QString &storage)
{
    return QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 SET STORAGE %3;").arg(tableRef(table), quoteIdentifier(column.name), storage.toUpper());
}

QString definedType(const Column &column)
{
    QString text = parseColumnType(column.type).value_or(ColumnType{}).sql();
    if (!column.compression.isEmpty())
        text += QStringLiteral(" COMPRESSION ") + column.compression;
    if (!column.collation.isEmpty())
        text += QStringLiteral(" COLLATE ") + quoteIdentifier(column.collation);
    return text;
}

QString partitionParentRef(const Table &partition)
{
    const qsizetype dot = partition.partitionOf.indexOf(QLatin1Char('.'));
    return dot > 0 ? qualifiedIdentifier(partition.partitionOf.left(dot), partition.partitionOf.mid(dot + 1))
                   : qualifiedIdentifier(partition.schema, partition.partitionOf);
}

QString serialSequenceOptions(const Table &table, const Column &column, bool fresh)
{
    const auto type = parseColumnType(column.type);
    if (!type || !type->isSerial() || column.sequence.isDefault())
        return {};
    return QStringLiteral("ALTER SEQUENCE %1 %2%3;")
        .arg(serialSequenceRef(table, column.name),
             sequenceChanges({}, column.sequence, type->withoutSerial().base), fresh || column.sequence.start ? QStringLiteral(" RESTART") : QString());
}

QString columnDefinition(const Table &table, const Column &column)
{
    QString def = quoteIdentifier(column.name) + QLatin1Char(' ') + definedType(column);
    if (!table.isNullable(column))
        def += QStringLiteral(" NOT NULL");
    if (column.defaultExpr)
        def += QStringLiteral(" DEFAULT ") + *column.defaultExpr;
    return def + generationClause(column);
}

QString generationClause(const Column &column)
{
    if (!column.identity.isEmpty()) {
        const QString options = sequenceOptions(column.sequence);
        return QStringLiteral(" GENERATED %1 AS IDENTITY%2").arg(column.identity.toUpper(), options.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(options));
    }
    if (column.generatedExpr)
        return QStringLiteral(" GENERATED ALWAYS AS (%1) STORED").arg(*column.generatedExpr);
    return {};
}

QString referencedTableRef(const Table &table, const ForeignKey &fk)
{
    const qsizetype dot = fk.references.indexOf(QLatin1Char('.'));
    if (dot > 0 && !fk.references.startsWith(QLatin1Char('"')))
        return qualifiedIdentifier(fk.references.left(dot), fk.references.mid(dot + 1));
    return qualifiedIdentifier(table.schema, fk.references);
}

QString foreignKeyClause(const Table &table, const ForeignKey &fk)
{
    QString clause = QStringLiteral("CONSTRAINT %1 FOREIGN KEY (%2) REFERENCES %3 (%4)")
                         .arg(quoteIdentifier(conventions::foreignKeyName(table, fk)), columnList(fk.columns), referencedTableRef(table, fk),
                              columnList(fk.refColumns));
    if (fk.matchFull)
        clause += QStringLiteral(" MATCH FULL");
    if (fk.onDelete != ReferentialAction::NoAction)
        clause += QStringLiteral(" ON DELETE ") + referentialActionSql(fk.onDelete);
    if (fk.onUpdate != ReferentialAction::NoAction)
        clause += QStringLiteral(" ON UPDATE ") + referentialActionSql(fk.onUpdate);
    if (fk.deferrable)
        clause += fk.initiallyDeferred ? QStringLiteral(" DEFERRABLE INITIALLY DEFERRED") : QStringLiteral(" DEFERRABLE");
    return clause;
}

QString createTable(const Table &table, const QStringList &deferredForeignKeys)
{
    QStringList lines;
    for (const Column &c : table.columns)
        lines << columnDefinition(table, c);
    if (!table.primaryKey.isEmpty())
        lines << primaryKeyClause(table);
    // NOT VALID exists only in ALTER TABLE: those come after (addUnvalidatedConstraints).
    for (const ForeignKey &fk : table.foreignKeys)
        if (!deferredForeignKeys.contains(conventions::foreignKeyName(table, fk)) && !fk.notValid)
            lines << foreignKeyClause(table, fk);
    for (int i = 0; i < table.checks.size(); ++i)
        if (!table.checks.at(i).notValid)
            lines << checkClause(table, i);
    for (const Exclusion &e : table.exclusions)
        lines << exclusionClause(e);
    QStringList parameters;
    for (const QString &p : table.storageParameters)
        parameters << storageParameter(p);
    const QString with = parameters.isEmpty() ? QString() : QStringLiteral(" WITH (%1)").arg(parameters.join(QStringLiteral(", ")));
    const QString partitionBy = table.partitionBy.isEmpty() ? QString() : QStringLiteral(" PARTITION BY ") + table.partitionBy;
    if (table.isPartition())  // its columns are its parent's; only its own constraints are listed
        return QStringLiteral("CREATE %1TABLE %2 PARTITION OF %3%4 %5%6%7;")
            .arg(table.unlogged ? QStringLiteral("UNLOGGED ") : QString(), tableRef(table), partitionParentRef(table),
                 lines.isEmpty() ? QString() : QStringLiteral(" (\n    %1\n)").arg(lines.join(QStringLiteral(",\n    "))), table.partitionBound,
                 partitionBy, with);
    QString sql = QStringLiteral("CREATE %1TABLE %2 (\n    %3\n)%4%5;")
                      .arg(table.unlogged ? QStringLiteral("UNLOGGED ") : QString(), tableRef(table), lines.join(QStringLiteral(",\n    ")), partitionBy, with);
    for (const Column &c : table.columns) {
        if (!c.storage.isEmpty())
            sql += QLatin1Char('\n') + setStorage(table, c, c.storage);
        if (const QString options = serialSequenceOptions(table, c, true); !options.isEmpty())
            sql += QLatin1Char('\n') + options;
    }
    return sql;
}

QString dropTable(const Table &table)
{
    return QStringLiteral("DROP TABLE %1;").arg(tableRef(table));
}

QString addForeignKey(const Table &table, const ForeignKey &fk)
{
    return QStringLiteral("ALTER TABLE %1\n    ADD %2%3;").arg(tableRef(table), foreignKeyClause(table, fk), fk.notValid ? QStringLiteral(" NOT VALID") : QString());
}

QString addUnvalidatedConstraints(const Table &table, const QStringList &deferredForeignKeys)
{
    QStringList statements;
    for (const ForeignKey &fk : table.foreignKeys)
        if (fk.notValid && !deferredForeignKeys.contains(conventions::foreignKeyName(table, fk)))
            statements << addForeignKey(table, fk);
    for (int i = 0; i < table.checks.size(); ++i)
        if (table.checks.at(i).notValid)
            statements << addCheck(table, i);
    return statements.join(QLatin1Char('\n'));
}

QString dropForeignKey(const Table &table, const ForeignKey &fk)
{
    return QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT %2;")
        .arg(tableRef(table), quoteIdentifier(conventions::foreignKeyName(table, fk)));
}

QList<IndexDefinition> indexDefinitions(const Table &table)
{
    QList<IndexDefinition> result;
    for (const Index &index : table.indexes)
        result.append({conventions::indexName(table, index), index.columns, index.unique, index.method, index.include, index.where, index.constraint,
                       index.nullsNotDistinct, index.deferrable, index.comment});
    for (const ForeignKey &fk : conventions::foreignKeysNeedingIndex(table))
        result.append({conventions::foreignKeyIndexName(table, fk), fk.columns, false});
    return result;
}

QString indexSignature(const IndexDefinition &index)
{
    QString signature = (index.constraint ? QStringLiteral("CONSTRAINT ") : QString()) + (index.unique ? QStringLiteral("UNIQUE ") : QString()) + (index.method.isEmpty() ? QStringLiteral("btree") : index.method)
        + QStringLiteral(" (") + index.columns.join(QStringLiteral(", ")) + QLatin1Char(')');
    if (!index.include.isEmpty())
        signature += QStringLiteral(" INCLUDE (") + index.include.join(QStringLiteral(", ")) + QLatin1Char(')');
    if (index.nullsNotDistinct)
        signature += QStringLiteral(" NULLS NOT DISTINCT");
    if (index.where)
        signature += QStringLiteral(" WHERE ") + *index.where;
    return signature + deferrableClause(index.deferrable);
}

QString createIndex(const Table &table, const IndexDefinition &index, bool concurrently)
{
    if (index.constraint) {
        QString sql = QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 UNIQUE %3(%4)")
                          .arg(tableRef(table), quoteIdentifier(index.name), index.nullsNotDistinct ? QStringLiteral("NULLS NOT DISTINCT ") : QString(),
                               columnList(index.columns));
        if (!index.include.isEmpty())
            sql += QStringLiteral(" INCLUDE (%1)").arg(columnList(index.include));
        return sql + deferrableClause(index.deferrable) + QLatin1Char(';');
    }
    // An element that names a column is quoted as a name; any other is SQL, written as given.
    QStringList elements;
    for (const QString &element : index.columns)
        elements << (table.hasColumn(element) ? quoteIdentifier(element) : element);
    QString sql = QStringLiteral("CREATE %1INDEX %2%3 ON %4%5 (%6)")
                      .arg(index.unique ? QStringLiteral("UNIQUE ") : QString(), concurrently ? QStringLiteral("CONCURRENTLY ") : QString(),
                           quoteIdentifier(index.name), tableRef(table),
                           index.method.isEmpty() ? QString() : QStringLiteral(" USING ") + index.method, elements.join(QStringLiteral(", ")));
    if (!index.include.isEmpty())
        sql += QStringLiteral(" INCLUDE (%1)").arg(columnList(index.include));
    if (index.nullsNotDistinct)
        sql += QStringLiteral(" NULLS NOT DISTINCT");
    if (index.where)
        sql += QStringLiteral(" WHERE %1").arg(*index.where);
    return sql + QLatin1Char(';');
}

QString createIndexWithComment(const Table &table, const IndexDefinition &index)
{
    const QString create = createIndex(table, index);
    return index.comment.isEmpty() ? create : create + QLatin1Char('\n') + commentOnIndex(table, index);
}

QString commentOnIndex(const Table &table, const IndexDefinition &index)
{
    const QString text = index.comment.isEmpty() ? QStringLiteral("NULL") : quoteLiteral(index.comment);
    if (index.constraint)
        return QStringLiteral("COMMENT ON CONSTRAINT %1 ON %2 IS %3;").arg(quoteIdentifier(index.name), tableRef(table), text);
    return QStringLiteral("COMMENT ON INDEX %1 IS %2;").arg(qualifiedIdentifier(table.schema, index.name), text);
}

QString withConstraintComment(const Table &table, const QString &statement, const QString &constraint, const QString &comment)
{
    return comment.isEmpty() ? statement : statement + QLatin1Char('\n') + commentOnConstraint(table, constraint, comment);
}

QString commentOnConstraint(const Table &table, const QString &constraint, const QString &comment)
{
    return QStringLiteral("COMMENT ON CONSTRAINT %1 ON %2 IS %3;")
        .arg(quoteIdentifier(constraint), tableRef(table), comment.isEmpty() ? QStringLiteral("NULL") : quoteLiteral(comment));
}

QString dropIndex(const Table &table, const IndexDefinition &index, bool concurrently)
{
    if (index.constraint)
        return QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT %2;").arg(tableRef(table), quoteIdentifier(index.name));
    return QStringLiteral("DROP INDEX %1%2;").arg(concurrently ? QStringLiteral("CONCURRENTLY ") : QString(), qualifiedIdentifier(table.schema, index.name));
}

QString createIndexes(const Table &table)
{
    QStringList statements;
    for (const IndexDefinition &index : indexDefinitions(table))
        statements << createIndex(table, index);
    return statements.join(QLatin1Char('\n'));
}

QString dropIndexes(const Table &table)
{
    QStringList statements;
    const QList<IndexDefinition> indexes = indexDefinitions(table);
    for (auto it = indexes.crbegin(); it != indexes.crend(); ++it)
        statements << dropIndex(table, *it);
    return statements.join(QLatin1Char('\n'));
}

bool hasIndexes(const Table &table)
{
    return !indexDefinitions(table).isEmpty();
}

// " DEFERRABLE", " DEFERRABLE INITIALLY DEFERRED", or nothing.
QString deferrableClause(const QString &deferrable)
{
    return deferrable.isEmpty() ? QString() : deferrable == QLatin1String("deferred") ? QStringLiteral(" DEFERRABLE INITIALLY DEFERRED") : QStringLiteral(" DEFERRABLE");
}

QString primaryKeyClause(const Table &table)
{
    return QStringLiteral("CONSTRAINT %1 PRIMARY KEY (%2)%3")
        .arg(quoteIdentifier(conventions::primaryKeyName(table)), columnList(table.primaryKey), deferrableClause(table.primaryKeyDeferrable));
}

QString exclusionClause(const Exclusion &exclusion)
{
    return QStringLiteral("CONSTRAINT %1 EXCLUDE %2").arg(quoteIdentifier(exclusion.name), exclusion.definition);
}

QString checkClause(const Table &table, int checkPosition)
{
    return QStringLiteral("CONSTRAINT %1 CHECK (%2)")
        .arg(quoteIdentifier(conventions::checkName(table, checkPosition)), table.checks.at(checkPosition).expression);
}

QString comments(const Table &table, const QStringList &deferredForeignKeys)
{
    QStringList statements;
    if (!table.comment.isEmpty())
        statements << QStringLiteral("COMMENT ON TABLE %1 IS %2;").arg(tableRef(table), quoteLiteral(table.comment));
    for (const Column &c : table.columns)
        if (!c.comment.isEmpty())
            statements << QStringLiteral("COMMENT ON COLUMN %1.%2 IS %3;")
                              .arg(tableRef(table), quoteIdentifier(c.name), quoteLiteral(c.comment));
    if (!table.primaryKey.isEmpty() && !table.primaryKeyComment.isEmpty())
        statements << commentOnConstraint(table, conventions::primaryKeyName(table), table.primaryKeyComment);
    for (const ForeignKey &fk : table.foreignKeys)
        if (!fk.comment.isEmpty() && !deferredForeignKeys.contains(conventions::foreignKeyName(table, fk)))
            statements << commentOnConstraint(table, conventions::foreignKeyName(table, fk), fk.comment);
    for (int i = 0; i < table.checks.size(); ++i)
        if (!table.checks.at(i).comment.isEmpty())
            statements << commentOnConstraint(table, conventions::checkName(table, i), table.checks.at(i).comment);
    for (const Exclusion &e : table.exclusions)
        if (!e.comment.isEmpty())
            statements << commentOnConstraint(table, e.name, e.comment);
    for (const IndexDefinition &index : indexDefinitions(table))
        if (!index.comment.isEmpty())
            statements << commentOnIndex(table, index);
    return statements.join(QLatin1Char('\n'));
}

} // namespace sw::sql
