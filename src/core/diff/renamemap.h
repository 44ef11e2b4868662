#pragma once
// What was renamed between two designs, so that a key on a renamed column or
// to a renamed table is recognised as the same key, not a new one.

#include "model/schema.h"

#include <QHash>

namespace sw {

// A column of the old design and its counterpart in the new one.
struct ColumnPair {
    const Column *before;
    const Column *after;
};

struct ColumnMatch {
    QList<ColumnPair> kept;         // in the new design's order
    QList<const Column *> added;    // in the new design's order
    QList<const Column *> dropped;  // in the old design's order
};

// By id where both columns have one, by name otherwise.
ColumnMatch matchColumns(const Table &before, const Table &after);

class RenameMap {
public:
    void addTable(const Table &before, const Table &after);

    // `table` is an old design's table; names come back as the new design calls them.
    QString tableName(const QString &schema, const QString &table) const;
    QString columnName(const QString &schema, const QString &table, const QString &column) const;
    QStringList columnNames(const QString &schema, const QString &table, const QStringList &columns) const;

private:
    QHash<QString, QString> m_tables;   // schema.table -> new table name
    QHash<QString, QString> m_columns;  // schema.table.column -> new column name
};

} // namespace sw
