#include "diagrambox.h"

#include "conventions.h"

#include <QSet>

namespace sw::app {

QString DiagramBox::title() const
{
    return schema == QLatin1String("public") ? name : schema + QLatin1Char('.') + name;
}

int DiagramBox::rowOf(const QString &column) const
{
    for (int i = 0; i < rows.size(); ++i)
        if (rows.at(i).name == column)
            return i;
    return -1;
}

DiagramBox tableBox(const Table &table, const QList<SqlObject> &triggers)
{
    DiagramBox box{DiagramBox::Kind::Table, table.layoutKey(), table.id, table.schema, table.name};
    box.history = table.history;
    QSet<QString> referencing, unique;
    for (const ForeignKey &fk : table.foreignKeys)
        for (const QString &c : fk.columns)
            referencing.insert(c);
    for (const Index &index : table.indexes)
        if (index.unique && index.columns.size() == 1)
            unique.insert(index.columns.first());
    for (const Column &c : table.columns)
        box.rows << DiagramRow{c.name, c.type, table.isPrimaryKeyColumn(c.name), referencing.contains(c.name), unique.contains(c.name), !table.isNullable(c)};
    if (table.isPartition())  // its columns are its parent's
        box.footer << DiagramBox::tr("partition of %1 %2").arg(table.partitionOf, table.partitionBound);
    for (const SqlObject &trigger : triggers)
        box.footer << DiagramBox::tr("trigger %1").arg(trigger.name);
    return box;
}

// The guide's history table: its own key, the operation and when, then the table's columns.
DiagramBox historyBox(const Table &table)
{
    DiagramBox box{DiagramBox::Kind::History, table.layoutKey() + QStringLiteral("#history"), table.id, table.schema,
                   conventions::historyTableName(table.name)};
    box.rows << DiagramRow{conventions::kHistoryIdColumn, QStringLiteral("bigserial"), true, false, false, true}
             << DiagramRow{conventions::kOperationColumn, QStringLiteral("varchar(10)"), false, false, false, true}
             << DiagramRow{conventions::kChangedAtColumn, QStringLiteral("timestamptz"), false, false, false, true};
    for (const Column &c : table.columns)
        box.rows << DiagramRow{c.name, c.type, false, false, false, false};
    return box;
}

bool isDrawnObject(const SqlObject &object)
{
    return !object.isOnTable() && object.kind != SqlObject::Kind::OperatorFamily && object.kind != SqlObject::Kind::Cast;
}

DiagramBox objectBox(const SqlObject &object)
{
    switch (object.kind) {
    case SqlObject::Kind::View: return DiagramBox{DiagramBox::Kind::View, object.key(), {}, object.schema, object.name};
    case SqlObject::Kind::MaterializedView: return DiagramBox{DiagramBox::Kind::MaterializedView, object.key(), {}, object.schema, object.name};
    default: break;
    }
    // A routine is told from its overloads by its arguments.
    DiagramBox box{DiagramBox::Kind::Routine, object.key(), {}, object.schema, object.name + QLatin1Char('(') + object.arguments + QLatin1Char(')')};
    box.footer << sqlObjectKindName(object.kind);
    return box;
}

} // namespace sw::app
