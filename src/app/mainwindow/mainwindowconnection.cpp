// The window's one current connection (connections/currentconnection.h):
// the tool bar's choice, the connection manager, the migrations dock on it,
// and the types the type column offers from its database.

#include "mainwindow/mainwindow.h"

#include "connections/connectiondialog.h"
#include "connections/profilestore.h"
#include "connections/sessionpasswords.h"
#include "databasetypes.h"
#include "document/designcommands.h"
#include "drift/driftwindow.h"
#include "migrations/migrationspanel.h"
#include "shared/backgroundtask.h"
#include "tableeditor/tableeditor.h"

#include <QComboBox>
#include <QDockWidget>

namespace sw::app {

QList<ConnectionProfile> MainWindow::offeredConnections() const
{
    QList<ConnectionProfile> offered;
    QStringList names;
    for (const ConnectionProfile &p : m_document.project().connections + loadUserProfiles())
        if (!names.contains(p.name)) {
            names << p.name;
            offered << p;
        }
    return offered;
}

// The project's profiles and the user's, by name, and the current one shown.
void MainWindow::fillConnectionChoice()
{
    const QSignalBlocker quiet(m_connectionChoice);
    m_connectionChoice->clear();
    for (const ConnectionProfile &p : offeredConnections())
        m_connectionChoice->addItem(p.name, p.toConninfo());
    showCurrentConnection();
}

// A connection typed (in the dock or the drift window) shows by its database's name.
void MainWindow::showCurrentConnection()
{
    const QSignalBlocker quiet(m_connectionChoice);
    const QString conninfo = m_connection.conninfo();
    int index = m_connectionChoice->findData(conninfo);
    if (index < 0 && !conninfo.isEmpty()) {
        m_connectionChoice->addItem(conninfoDisplayName(conninfo), conninfo);
        index = m_connectionChoice->count() - 1;
    }
    m_connectionChoice->setCurrentIndex(index);
}

// A connection string from the dock or a drift window: by its profile's name when it is one.
void MainWindow::chooseConnection(const QString &conninfo)
{
    if (conninfo == m_connection.conninfo())
        return;
    QString name;
    for (const ConnectionProfile &p : offeredConnections())
        if (p.toConninfo() == conninfo)
            name = p.name;
    m_connection.choose(name, conninfo);
}

// What showed the last database is stale: the dock clears its states (who
// changed the connection reads it again: showMigrations), the type column reads its types.
void MainWindow::currentConnectionChanged()
{
    showCurrentConnection();
    if (m_migrations)
        m_migrations->setConninfo(m_connection.conninfo());
    offerDatabaseTypes();
}

void MainWindow::manageConnections()
{
    auto *dialog = new ConnectionDialog(m_document.project().connections, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (dialog->projectProfiles() != m_document.project().connections)
            m_document.undoStack()->push(connectionsCommand(&m_document, dialog->projectProfiles()));
        fillConnectionChoice();
        showMigrations(dialog->chosen().toConninfo());
    });
    dialog->open();
}

// A dock beside the design: the export folder's chain on the current connection.
void MainWindow::showMigrations(const QString &database, const QString &folder)
{
    if (!database.isEmpty())
        chooseConnection(database);
    if (!m_migrations) {
        auto *dock = new QDockWidget(tr("Migrations"), this);
        dock->setObjectName(QStringLiteral("migrationsDock"));
        m_migrations = new MigrationsPanel(exportFolder(), m_connection.conninfo(), dock);
        // After a run or a stamp, what the drift windows show is old: they read again.
        const auto refreshDrift = [this] {
            for (const QPointer<DriftWindow> &window : std::as_const(m_driftWindows))
                if (window)
                    window->refresh();
        };
        connect(m_migrations, &MigrationsPanel::runFinished, this, refreshDrift);
        connect(m_migrations, &MigrationsPanel::stampFinished, this, refreshDrift);
        connect(m_migrations, &MigrationsPanel::resetFinished, this, refreshDrift);
        connect(m_migrations, &MigrationsPanel::rebaseRequested, this, [this] { showRebase(); });
        connect(m_migrations, &MigrationsPanel::conninfoEdited, this, [this](const QString &conninfo) { showMigrations(conninfo); });
        dock->setWidget(m_migrations);
        addDockWidget(Qt::BottomDockWidgetArea, dock);
        resizeDocks({dock}, {height() * 2 / 5}, Qt::Vertical);  // the design keeps most of the window
    }
    m_migrations->setFolder(folder.isEmpty() ? exportFolder() : folder);
    m_migrations->setConninfo(m_connection.conninfo());
    m_migrations->parentWidget()->show();
    m_migrations->refresh();
}

// The current database's types, read again only when it is another than last time.
void MainWindow::offerDatabaseTypes()
{
    const QString conninfo = m_connection.effectiveConninfo();
    if (conninfo.isEmpty() || conninfo == m_typesFrom)
        return;
    m_typesFrom = conninfo;
    runInBackground<db::DatabaseTypes>(this, [conninfo] {
        db::Connection connection(conninfo);
        return db::typesIn(connection);
    }, [this, conninfo](const db::DatabaseTypes &types, const QString &error) {
        if (conninfo != m_typesFrom)
            return;  // another database was chosen meanwhile
        if (error.isEmpty())
            m_editor->setDatabaseTypes(types);
        else
            m_typesFrom.clear();  // the dock, on the same database, says what went wrong; read again next time
    });
}

} // namespace sw::app
