#include "mainwindow/tablelistmodel.h"

#include <QIcon>

namespace sw::app {

TableListModel::TableListModel(DesignDocument *document, QObject *parent) : QAbstractListModel(parent), m_document(document)
{
    m_rows = int(document->project().tables.size());
    connect(document, &DesignDocument::changed, this, &TableListModel::documentChanged);
}

void TableListModel::documentChanged()
{
    const int rows = int(m_document->project().tables.size());
    if (rows != m_rows) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    } else if (rows > 0) {
        emit dataChanged(index(0), index(rows - 1));
    }
}

void TableListModel::setProblems(const QList<Problem> &problems)
{
    m_problems = problems;
    if (m_rows > 0)
        emit dataChanged(index(0), index(m_rows - 1), {Qt::DecorationRole, Qt::ToolTipRole});
}

int TableListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

QModelIndex TableListModel::indexOfTable(const QString &tableId) const
{
    const int row = m_document->tableIndex(tableId);
    return row < 0 ? QModelIndex() : index(row);
}

QVariant TableListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Table &table = m_document->project().tables.at(index.row());
    QStringList problems;
    for (const Problem &p : m_problems)
        if (p.table == table.name)
            problems << p.message;
    switch (role) {
    case Qt::DisplayRole:
        return table.schema == QLatin1String("public") ? table.name : table.qualifiedName();
    case Qt::UserRole:
        return table.id;
    case SchemaRole:
        return table.schema;
    case Qt::DecorationRole:
        return problems.isEmpty() ? QVariant() : QVariant(QIcon::fromTheme(QStringLiteral("dialog-warning"), QIcon(QStringLiteral(":/icons/warning.svg"))));
    case Qt::ToolTipRole:
        return problems.isEmpty() ? tr("%1: %n column(s)", nullptr, int(table.columns.size())).arg(table.qualifiedName())
                                  : problems.join(QLatin1Char('\n'));
    default:
        return {};
    }
}

void TableFilterModel::setSchema(const QString &schema)
{
    m_schema = schema;
    invalidateFilter();
}

bool TableFilterModel::filterAcceptsRow(int row, const QModelIndex &parent) const
{
    return QSortFilterProxyModel::filterAcceptsRow(row, parent)
        && (m_schema.isEmpty() || sourceModel()->index(row, 0, parent).data(TableListModel::SchemaRole).toString() == m_schema);
}

} // namespace sw::app
