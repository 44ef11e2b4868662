#pragma once
// The migration chain against a database, oldest first: revision, message,
// state (applied, current, pending) and file; revisions the database records
// but the folder does not have come first, as unknown.

#include "migration/migrationstatus.h"

#include <QAbstractTableModel>

namespace sw::app {

class MigrationStatusModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role { RevisionRole = Qt::UserRole + 1 };
    using QAbstractTableModel::QAbstractTableModel;

    // The scripts must outlive the model's use of `status` (it points into them).
    void setStatus(const QList<MigrationScript> &scripts, const QStringList &recorded);
    void clear();
    const MigrationStatus &status() const { return m_status; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<MigrationScript> m_scripts;
    MigrationStatus m_status;
};

} // namespace sw::app
