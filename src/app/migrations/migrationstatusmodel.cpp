#include "migrations/migrationstatusmodel.h"

#include "migration/migrationpath.h"

#include <QFont>

namespace sw::app {

void MigrationStatusModel::setStatus(const QList<MigrationScript> &scripts, const QStringList &recorded)
{
    beginResetModel();
    m_scripts = scripts;
    m_status = migrationStatus(linearChain(m_scripts), recorded);
    endResetModel();
}

void MigrationStatusModel::clear()
{
    beginResetModel();
    m_scripts.clear();
    m_status = {};
    endResetModel();
}

int MigrationStatusModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_status.unknown.size() + m_status.revisions.size());
}

int MigrationStatusModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : 4; }

QVariant MigrationStatusModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int unknown = int(m_status.unknown.size());
    if (index.row() < unknown) {
        const QString revision = m_status.unknown.at(index.row());
        if (role == RevisionRole || (role == Qt::DisplayRole && index.column() == 0))
            return revision;
        if (role == Qt::DisplayRole && index.column() == 2)
            return tr("unknown");
        if (role == Qt::ToolTipRole)
            return tr("The database records %1, which this folder does not have: it was migrated from another checkout or branch. "
                      "Update the folder, or roll back from the checkout that has it.").arg(revision);
        return {};
    }
    const RevisionState &r = m_status.revisions.at(index.row() - unknown);
    switch (role) {
    case RevisionRole:
        return r.script->info.revision;
    case Qt::DisplayRole:
        switch (index.column()) {
        case 0: return r.script->info.revision;
        case 1: return messageOf(r.script->info);
        case 2: return r.state == RevisionState::State::Applied ? tr("applied") : r.state == RevisionState::State::Current ? tr("current") : tr("pending");
        default: return r.script->info.fileName;
        }
    case Qt::FontRole: {
        QFont font;
        font.setBold(r.state == RevisionState::State::Current);
        font.setItalic(r.state == RevisionState::State::Pending);
        return font;
    }
    case Qt::ToolTipRole:
        return r.script->info.path;
    default:
        return {};
    }
}

QVariant MigrationStatusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case 0: return tr("Revision");
    case 1: return tr("Message");
    case 2: return tr("State");
    case 3: return tr("File");
    default: return {};
    }
}

} // namespace sw::app
