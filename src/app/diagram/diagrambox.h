#pragma once
// What one box of the diagram shows, taken from the design: a table (or its
// history table, or a view) as title, rows and footer. Items draw this and
// nothing else, so the scene can tell a changed box by comparing two of them.

#include "model/schema.h"

#include <QCoreApplication>
#include <QStringList>

namespace sw::app {

struct DiagramRow {
    QString name;
    QString type;
    bool primaryKey = false;
    bool foreignKey = false;
    bool unique = false;
    bool notNull = false;

    bool operator==(const DiagramRow &) const = default;
};

struct DiagramBox {
    Q_DECLARE_TR_FUNCTIONS(DiagramBox)
public:
    enum class Kind { Table, History, View, MaterializedView, Routine };
    Kind kind = Kind::Table;
    QString key;        // Table::layoutKey or SqlObject::key
    QString tableId;    // empty for views
    QString schema;
    QString name;
    QList<DiagramRow> rows{};
    QStringList footer{};  // what else the table has: its partition bound, its own triggers
    bool history = false;  // keeps a history table (the badge)
    QStringList problems{};  // validation problems (the warning mark)

    bool operator==(const DiagramBox &) const = default;
    QString title() const;  // "orders", "sales.orders" outside public
    int rowOf(const QString &column) const;  // -1: none
};

DiagramBox tableBox(const Table &table, const QList<SqlObject> &triggers);
DiagramBox historyBox(const Table &table);
// A view, materialized view, function, procedure or aggregate; null kinds (triggers, indexes) are drawn with their table.
bool isDrawnObject(const SqlObject &object);
DiagramBox objectBox(const SqlObject &object);

} // namespace sw::app
