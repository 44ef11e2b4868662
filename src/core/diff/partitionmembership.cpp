#include "diff/partitionmembership.h"

#include "columntype.h"
#include "conventions.h"
#include "identifiers.h"
#include "problem.h"
#include "sql/sequencesql.h"
#include "sql/tablesql.h"

#include <QRegularExpression>

namespace sw {

namespace {

// The name an index gives one of its columns (the index's pg_attribute):
// the column's, a function's, else "expr", as FigureIndexColname decides.
QString indexColumnName(QString element, const Table &table)
{
    element = element.trimmed();
    if (table.hasColumn(element))
        return element;
    static const QRegularExpression quoted(QStringLiteral(R"re(^"((?:[^"]|"")+)"(\s|$))re"));
    if (const auto m = quoted.match(element); m.hasMatch() && table.hasColumn(m.captured(1).replace(QStringLiteral("\"\""), QStringLiteral("\""))))
        return m.captured(1).replace(QStringLiteral("\"\""), QStringLiteral("\""));
    // A column with an order, collation or operator class.
    static const QRegularExpression word(QStringLiteral(R"(^([A-Za-z_][A-Za-z0-9_$]*)(\s|$))"));
    if (const auto m = word.match(element); m.hasMatch() && table.hasColumn(m.captured(1)))
        return m.captured(1);
    static const QRegularExpression call(QStringLiteral(R"(^(?:[A-Za-z_][A-Za-z0-9_$]*\.)?([A-Za-z_][A-Za-z0-9_$]*)\s*\()"));
    if (const auto m = call.match(element); m.hasMatch() && m.captured(1).compare(QLatin1String("cast"), Qt::CaseInsensitive) != 0)
        return m.captured(1).toLower();
    static const QRegularExpression caseExpr(QStringLiteral(R"(^case\b)"), QRegularExpression::CaseInsensitiveOption);
    if (caseExpr.match(element).hasMatch())
        return QStringLiteral("case");
    return QStringLiteral("expr");
}

// ChooseIndexColumnNames: a name used twice gets a number ("a", "a1").
QStringList indexColumnNames(const sql::IndexDefinition &index, const Table &table)
{
    QStringList names;
    for (const QString &element : index.columns + index.include) {
        const QString original = indexColumnName(element, table);
        QString name = original;
        for (int i = 1; names.contains(name); ++i)
            name = original + QString::number(i);
        names << name;
    }
    return names;
}

Column detachedColumn(const Column &parentColumn, const Table &parent)
{
    Column c = parentColumn;
    c.id.clear();  // matched by name with the design's columns
    c.comment.clear();
    c.fillExpr.reset();
    c.identity.clear();  // PostgreSQL 15 keeps a partition's identity on its parent
    c.sequence = {};
    const auto type = parseColumnType(c.type);
    if (type && type->isSerial()) {  // the parent's sequence, by its default
        c.type = type->withoutSerial().sql();
        c.defaultExpr = QStringLiteral("nextval(%1::regclass)").arg(quoteLiteral(sql::serialSequenceRef(parent, c.name)));
    }
    c.nullable = parent.isNullable(parentColumn);
    return c;
}

} // namespace

QString serverIndexName(const QString &table, const QStringList &columnNames, const QString &label)
{
    return conventions::serverDerivedName(table, columnNames.join(QLatin1Char('_')), label);
}

Table detachedPartition(const Table &partition, const Table &parent)
{
    if (!parent.exclusions.isEmpty())
        throw SchemaError(Problem{Problem::Severity::Error, QStringLiteral("unsupported-change"),
                                  QStringLiteral("%1 has exclusion constraints, which PostgreSQL 15 does not give partitions").arg(parent.name),
                                  {}, partition.schema, partition.name, {}, 0});
    Table t = partition;
    t.partitionOf.clear();
    t.partitionBound.clear();
    t.history = false;  // the parent's history triggers leave with the DETACH
    t.columns.clear();
    for (const Column &c : parent.columns)
        t.columns << detachedColumn(c, parent);
    t.primaryKey = parent.primaryKey;
    t.primaryKeyDeferrable = parent.primaryKeyDeferrable;
    t.primaryKeyComment.clear();
    // Each parent index (declared, or the conventions' for a foreign key) has its partition.
    for (const sql::IndexDefinition &definition : sql::indexDefinitions(parent)) {
        Index index;
        index.name = serverIndexName(t.name, indexColumnNames(definition, parent), definition.constraint ? QStringLiteral("key") : QStringLiteral("idx"));
        index.columns = definition.columns;
        index.unique = definition.unique;
        index.method = definition.method;
        index.include = definition.include;
        index.where = definition.where;
        index.constraint = definition.constraint;
        index.nullsNotDistinct = definition.nullsNotDistinct;
        index.deferrable = definition.deferrable;
        t.indexes << index;
    }
    for (int i = 0; i < parent.checks.size(); ++i) {
        Check check = parent.checks.at(i);
        check.name = conventions::checkName(parent, i);
        t.checks << check;
    }
    for (ForeignKey fk : parent.foreignKeys) {
        fk.name = conventions::foreignKeyName(parent, fk);
        if (!fk.references.contains(QLatin1Char('.')) && parent.schema != t.schema)
            fk.references = parent.schema + QLatin1Char('.') + fk.references;
        fk.indexed = false;  // its index is the partition of the parent's, above
        t.foreignKeys << fk;
    }
    return t;
}

TableChangePlan planTableOrMembershipChange(const Table &before, const Table &after, const Table *parentBefore,
                                            const Table *parentAfter, const RenameMap &renames)
{
    for (const auto &[table, parent] : {qMakePair(&before, parentBefore), qMakePair(&after, parentAfter)})
        if (table->isPartition() && !parent)
            throw SchemaError(Problem{Problem::Severity::Error, QStringLiteral("partition-without-parent"),
                                      QStringLiteral("the table is a partition of %1, which is not in the design").arg(table->partitionOf),
                                      {}, table->schema, table->name, {}, 0});
    const bool sameParent = before.isPartition() == after.isPartition()
        && (!before.isPartition() || renames.tableName(parentBefore->schema, parentBefore->name) == parentAfter->name);
    if (sameParent)
        return planTableChange(before, after, renames);
    // `partition` attached (or detached) on the way up, the other way on the way down.
    const auto membership = [](const Table &partition, const Table &parent, bool attaching) {
        const QString attach = QStringLiteral("ALTER TABLE %1 ATTACH PARTITION %2 %3;")
                                   .arg(sql::partitionParentRef(partition), sql::tableRef(partition), partition.partitionBound);
        const QString detach = QStringLiteral("ALTER TABLE %1 DETACH PARTITION %2;").arg(sql::partitionParentRef(partition), sql::tableRef(partition));
        const QString comment = (attaching ? QStringLiteral("Attach %1 to %2") : QStringLiteral("Detach %1 from %2")).arg(partition.name, parent.name);
        return MigrationPlan{{MigrationStep{comment, attaching ? attach : detach}}, {MigrationStep{comment, attaching ? detach : attach}}, {}};
    };
    TableCode code;
    Table from = before, to = after;
    MigrationPlan detach, attach;
    if (before.isPartition()) {
        from = detachedPartition(before, *parentBefore);
        code.goneBefore = true;
        detach = membership(before, *parentBefore, false);
    }
    if (after.isPartition()) {
        to = detachedPartition(after, *parentAfter);
        code.noneAfter = true;
        attach = membership(after, *parentAfter, true);
    }
    TableChangePlan plan = planTableChange(from, to, renames, code);
    plan.detach = detach;
    plan.attach = attach;
    return plan;
}

} // namespace sw
