#include "drift/driftfilter.h"

#include "drift/drifttreemodel.h"

namespace sw::app {

DriftFilter::DriftFilter(QObject *parent) : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);  // a match keeps its ancestors
}

void DriftFilter::setOnlyDifferences(bool on)
{
    m_onlyDifferences = on;
    invalidateFilter();
}

void DriftFilter::setSearch(const QString &text)
{
    m_search = text.trimmed();
    invalidateFilter();
}

bool DriftFilter::filterAcceptsRow(int row, const QModelIndex &parent) const
{
    const QModelIndex index = sourceModel()->index(row, 0, parent);
    if (m_onlyDifferences && index.data(DriftTreeModel::StateRole).toInt() == int(NodeState::InSync))
        return false;
    return m_search.isEmpty() || index.data().toString().contains(m_search, Qt::CaseInsensitive);
}

} // namespace sw::app
