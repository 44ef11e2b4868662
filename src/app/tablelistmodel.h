#pragma once
// The project's tables as a list: name, with schema and column count in the tooltip.

#include "model/schema.h"

#include <QAbstractListModel>

namespace sw::app {

class TableListModel : public QAbstractListModel {
    Q_OBJECT
public:
    using QAbstractListModel::QAbstractListModel;

    void setProject(const Project &project);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    QList<Table> m_tables;
};

} // namespace sw::app
