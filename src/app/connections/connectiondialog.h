#pragma once
// Named connection profiles: host, port, database, user and sslmode, or a
// libpq service from pg_service.conf. Kept in the user's settings and, when
// the user ticks it, in the project; never a password (~/.pgpass, the service
// file, or asked and kept in memory). Test connection names the server
// version, database, user and alembic_version, without freezing the window.

#include "connectionprofile.h"

#include <QAbstractListModel>
#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;

namespace sw::app {

struct ListedProfile {
    ConnectionProfile profile;
    bool inProject = false;
};

class ProfileListModel : public QAbstractListModel {
    Q_OBJECT
public:
    using QAbstractListModel::QAbstractListModel;
    void setProfiles(const QList<ListedProfile> &profiles);
    const QList<ListedProfile> &profiles() const { return m_profiles; }
    void replace(int row, const ListedProfile &profile);
    int add(const ListedProfile &profile);
    void remove(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    QList<ListedProfile> m_profiles;
};

class ConnectionDialog : public QDialog {
    Q_OBJECT
public:
    // `projectProfiles`: those the project keeps; the user's come from QSettings.
    ConnectionDialog(const QList<ConnectionProfile> &projectProfiles, QWidget *parent = nullptr);

    ProfileListModel *model() { return &m_model; }
    void select(int row);
    void testConnection();
    QString status() const;
    // After accept: the profile chosen, and the profiles the project is to keep.
    ConnectionProfile chosen() const;
    QList<ConnectionProfile> projectProfiles() const;

    void accept() override;

signals:
    void tested();  // the test's answer is in status()

private:
    ListedProfile edited() const;
    void store();

    ProfileListModel m_model;
    QListView *m_list;
    QLineEdit *m_name, *m_host, *m_port, *m_database, *m_user;
    QComboBox *m_service, *m_sslmode;
    QCheckBox *m_inProject;
    QLabel *m_status;
    int m_row = -1;
    int m_job = 0;
};

} // namespace sw::app
