#pragma once
// Shows only what differs, and/or what matches a search, keeping the path to
// every match.

#include <QSortFilterProxyModel>

namespace sw::app {

class DriftFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit DriftFilter(QObject *parent = nullptr);
    void setOnlyDifferences(bool on);
    void setSearch(const QString &text);

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override;

private:
    bool m_onlyDifferences = false;
    QString m_search;
};

} // namespace sw::app
