#include "connections/connectiondialog.h"

#include "alembicversion.h"
#include "shared/backgroundtask.h"
#include "connections/profilestore.h"
#include "connections/sessionpasswords.h"
#include "connectionservices.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>


namespace sw::app {

void ProfileListModel::setProfiles(const QList<ListedProfile> &profiles)
{
    beginResetModel();
    m_profiles = profiles;
    endResetModel();
}

void ProfileListModel::replace(int row, const ListedProfile &profile)
{
    if (row < 0 || row >= m_profiles.size())
        return;
    m_profiles[row] = profile;
    emit dataChanged(index(row), index(row));
}

int ProfileListModel::add(const ListedProfile &profile)
{
    const int row = int(m_profiles.size());
    beginInsertRows({}, row, row);
    m_profiles << profile;
    endInsertRows();
    return row;
}

void ProfileListModel::remove(int row)
{
    if (row < 0 || row >= m_profiles.size())
        return;
    beginRemoveRows({}, row, row);
    m_profiles.removeAt(row);
    endRemoveRows();
}

int ProfileListModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_profiles.size()); }

QVariant ProfileListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ListedProfile &p = m_profiles.at(index.row());
    if (role == Qt::DisplayRole)
        return p.inProject ? tr("%1 (in the project)").arg(p.profile.name) : p.profile.name;
    if (role == Qt::ToolTipRole)
        return p.profile.toConninfo();
    return {};
}

ConnectionDialog::ConnectionDialog(const QList<ConnectionProfile> &projectProfiles, QWidget *parent)
    : QDialog(parent), m_list(new QListView(this)), m_name(new QLineEdit(this)), m_host(new QLineEdit(this)), m_port(new QLineEdit(this)),
      m_database(new QLineEdit(this)), m_user(new QLineEdit(this)), m_service(new QComboBox(this)), m_sslmode(new QComboBox(this)),
      m_inProject(new QCheckBox(tr("Keep in the project (never with a password)"), this)), m_status(new QLabel(this))
{
    setWindowTitle(tr("Connections"));
    QList<ListedProfile> listed;
    for (const ConnectionProfile &p : projectProfiles)
        listed.append({p, true});
    for (const ConnectionProfile &p : loadUserProfiles())
        if (std::none_of(listed.begin(), listed.end(), [&](const ListedProfile &l) { return l.profile.name == p.name; }))
            listed.append({p, false});
    m_model.setProfiles(listed);
    m_list->setModel(&m_model);
    m_service->setEditable(true);
    m_service->addItem(QString());
    m_service->addItems(serviceNames());  // libpq's services, by name
    m_sslmode->addItems({QString(), QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"), QStringLiteral("require"),
                         QStringLiteral("verify-ca"), QStringLiteral("verify-full")});
    m_port->setPlaceholderText(QStringLiteral("5432"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("Ser&vice"), m_service);
    form->addRow(tr("&Host"), m_host);
    form->addRow(tr("&Port"), m_port);
    form->addRow(tr("&Database"), m_database);
    form->addRow(tr("&User"), m_user);
    form->addRow(tr("&SSL mode"), m_sslmode);
    form->addRow(QString(), m_inProject);
    form->addRow(QString(), new QLabel(tr("Passwords: ~/.pgpass or the service file; otherwise asked and kept in memory."), this));
    auto *add = new QPushButton(tr("&New"), this);
    auto *remove = new QPushButton(tr("De&lete"), this);
    auto *test = new QPushButton(tr("&Test connection"), this);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(add);
    listButtons->addWidget(remove);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list);
    left->addLayout(listButtons);
    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addWidget(test);
    right->addWidget(m_status);
    right->addStretch();
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 2);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Use"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(buttons);
    resize(720, 420);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) { select(current.row()); });
    for (QLineEdit *field : {m_name, m_host, m_port, m_database, m_user})
        connect(field, &QLineEdit::textEdited, this, &ConnectionDialog::store);
    connect(m_service, &QComboBox::currentTextChanged, this, &ConnectionDialog::store);
    connect(m_sslmode, &QComboBox::currentTextChanged, this, &ConnectionDialog::store);
    connect(m_inProject, &QCheckBox::toggled, this, &ConnectionDialog::store);
    connect(add, &QPushButton::clicked, this, [this] {
        select(m_model.add({ConnectionProfile{tr("new connection"), QStringLiteral("localhost"), {}, {}, {}, {}, {}, {}}, false}));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        m_model.remove(m_row);
        select(qMin(m_row, m_model.rowCount() - 1));
    });
    connect(test, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);
    select(m_model.rowCount() > 0 ? 0 : -1);
}

void ConnectionDialog::select(int row)
{
    m_row = row;
    const ListedProfile p = row >= 0 && row < m_model.rowCount() ? m_model.profiles().at(row) : ListedProfile{};
    const QSignalBlocker blockService(m_service), blockSsl(m_sslmode), blockKeep(m_inProject);
    m_name->setText(p.profile.name);
    m_host->setText(p.profile.host);
    m_port->setText(p.profile.port);
    m_database->setText(p.profile.database);
    m_user->setText(p.profile.user);
    m_service->setCurrentText(p.profile.service);
    m_sslmode->setCurrentText(p.profile.sslmode);
    m_inProject->setChecked(p.inProject);
    if (row >= 0)
        m_list->setCurrentIndex(m_model.index(row));
}

ListedProfile ConnectionDialog::edited() const
{
    ConnectionProfile p;
    p.name = m_name->text().trimmed();
    p.host = m_host->text().trimmed();
    p.port = m_port->text().trimmed();
    p.database = m_database->text().trimmed();
    p.user = m_user->text().trimmed();
    p.service = m_service->currentText().trimmed();
    p.sslmode = m_sslmode->currentText();
    return {p, m_inProject->isChecked()};
}

void ConnectionDialog::store() { m_model.replace(m_row, edited()); }

void ConnectionDialog::testConnection()
{
    const int job = ++m_job;
    m_status->setText(tr("Connecting…"));
    const QString conninfo = withSessionPassword(edited().profile.toConninfo());
    runInBackground<QString>(
        this,
        [conninfo] {
            db::Connection connection(conninfo);
            const QStringList revisions = db::recordedRevisions(connection);
            return tr("Connected: PostgreSQL %1, database %2, user %3, alembic_version %4")
                .arg(connection.serverVersion(), connection.databaseName(), connection.userName(),
                     revisions.isEmpty() ? tr("none") : revisions.join(QStringLiteral(", ")));
        },
        [this, job](const QString &answer, const QString &error) {
            if (job != m_job)
                return;
            m_status->setText(error.isEmpty() ? answer : error);
            if (wantsPassword(error))
                askForPassword(this, edited().profile.toConninfo(), error, [this] { testConnection(); });
            emit tested();
        });
}

QString ConnectionDialog::status() const { return m_status->text(); }

ConnectionProfile ConnectionDialog::chosen() const
{
    return m_row >= 0 && m_row < m_model.rowCount() ? m_model.profiles().at(m_row).profile : ConnectionProfile{};
}

QList<ConnectionProfile> ConnectionDialog::projectProfiles() const
{
    QList<ConnectionProfile> kept;
    for (const ListedProfile &p : m_model.profiles())
        if (p.inProject)
            kept << p.profile;
    return kept;
}

void ConnectionDialog::accept()
{
    QList<ConnectionProfile> user;
    for (const ListedProfile &p : m_model.profiles())
        user << p.profile;
    try {
        saveUserProfiles(user);
    } catch (const SchemaError &e) {
        m_status->setText(e.problem().text());
        return;
    }
    QDialog::accept();
}

} // namespace sw::app
