#pragma once
// The design's tables as a list, following the document: name (schema.name
// outside public), the table id under Qt::UserRole, a mark on tables with
// problems.

#include "document/designdocument.h"
#include "problem.h"

#include <QAbstractListModel>
#include <QSortFilterProxyModel>

namespace sw::app {

class TableListModel : public QAbstractListModel {
    Q_OBJECT
public:
    static constexpr int SchemaRole = Qt::UserRole + 1;

    explicit TableListModel(DesignDocument *document, QObject *parent = nullptr);

    void setProblems(const QList<Problem> &problems);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QModelIndex indexOfTable(const QString &tableId) const;

private:
    void documentChanged();

    DesignDocument *m_document;
    QList<Problem> m_problems;
    int m_rows = 0;
};

// The list as the side panel shows it: the tables of one schema (or all),
// whose names contain the filter text.
class TableFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setSchema(const QString &schema);  // empty: every schema

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override;

private:
    QString m_schema;
};

} // namespace sw::app
