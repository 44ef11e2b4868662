#pragma once
// The design's tables as a list, following the document: name (schema.name
// outside public), the table id under Qt::UserRole, a mark on tables with
// problems.

#include "designdocument.h"
#include "problem.h"

#include <QAbstractListModel>

namespace sw::app {

class TableListModel : public QAbstractListModel {
    Q_OBJECT
public:
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

} // namespace sw::app
