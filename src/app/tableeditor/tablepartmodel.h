#pragma once
// One editable grid over a part of the selected table (its columns, indexes,
// foreign keys or checks). What each grid shows and how an edit changes the
// table is a PartSpec (tablepartspecs.h); every edit becomes one undo command.

#include "document/designdocument.h"
#include "problem.h"

#include <QAbstractTableModel>

#include <functional>

namespace sw::app {

struct PartField {
    QString header;
    std::function<QVariant(const Table &, int row)> value;
    // Applies an edit; returns the undo text ("Change type of column status in orders").
    std::function<QString(Table &, int row, const QVariant &)> apply;
    bool checkable = false;
};

struct PartSpec {
    QString kind;                                               // "column", "index", ...
    std::function<int(const Table &)> count;
    std::function<QString(const Table &, int row)> itemName;
    std::function<void(Table &, int row)> insertNew;            // a fresh item at row
    std::function<void(Table &, int row)> remove;
    std::function<void(Table &, int from, int to)> move;
    std::function<bool(const Problem &, const Table &, int row)> concerns;
    QList<PartField> fields;
    // Rows past the table's own are derived by the conventions (the index a
    // foreign key gets): shown, read-only, explained by derivedNote.
    std::function<int(const Table &)> ownCount;
    std::function<QString(const Table &, int row)> derivedNote;
};

class TablePartModel : public QAbstractTableModel {
    Q_OBJECT
public:
    TablePartModel(DesignDocument *document, PartSpec spec, QObject *parent = nullptr);

    void setTableId(const QString &tableId);
    void setProblems(const QList<Problem> &problems);  // shown as marks and tooltips where they belong

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    int addItem(int row);   // the row it went to (before derived rows), or -1
    void removeItem(int row);
    void moveItem(int from, int to);
    bool isDerived(int row) const;

private:
    const Table *table() const;
    void push(const Table &after, const QString &text, const QString &mergeKey = {});
    void documentChanged();
    QList<Problem> problemsAt(int row) const;

    DesignDocument *m_document;
    PartSpec m_spec;
    QString m_tableId;
    QList<Problem> m_problems;
    int m_rows = 0;
};

} // namespace sw::app
