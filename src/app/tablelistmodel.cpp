#include "tablelistmodel.h"

namespace sw::app {

void TableListModel::setProject(const Project &project)
{
    beginResetModel();
    m_tables = project.tables;
    endResetModel();
}

int TableListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tables.size());
}

QVariant TableListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Table &table = m_tables.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return table.schema == QLatin1String("public") ? table.name : table.qualifiedName();
    case Qt::ToolTipRole:
        return tr("%1: %n column(s)", nullptr, int(table.columns.size())).arg(table.qualifiedName());
    default:
        return {};
    }
}

} // namespace sw::app
