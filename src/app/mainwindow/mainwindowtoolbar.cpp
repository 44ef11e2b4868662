// The main window's toolbar and Help menu: the actions a pgAdmin or DBeaver
// user looks for first, with icons from the theme or Qt's own.

#include "mainwindow/mainwindow.h"

#include "ui_mainwindow.h"

#include "connection.h"
#include "mainwindow/documentation.h"
#include "migrations/migrationspanel.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDesktopServices>
#include <QMenuBar>
#include <QMessageBox>
#include <QStyle>
#include <QToolBar>
#include <QUrl>

namespace sw::app {

namespace {

QIcon icon(const QWidget *widget, const char *themeName, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(QLatin1String(themeName), widget->style()->standardIcon(fallback));
}

// The tool bar's twin of the menu's Undo or Redo: a short label, so that
// "Undo Rename table to a_really_long_name" never pushes the database actions
// off the bar; what it undoes is in the tooltip. It follows `menuAction`.
QAction *shortTwin(QAction *menuAction, const QString &label, const QString &objectName, QObject *parent)
{
    auto *twin = new QAction(menuAction->icon(), label, parent);
    twin->setObjectName(objectName);
    twin->setPriority(QAction::LowPriority);  // an icon everybody knows
    const auto follow = [menuAction, twin] {
        twin->setEnabled(menuAction->isEnabled());
        twin->setToolTip(QString(menuAction->text()).remove(QLatin1Char('&')));
    };
    QObject::connect(menuAction, &QAction::changed, twin, follow);
    QObject::connect(twin, &QAction::triggered, menuAction, &QAction::trigger);
    follow();
    return twin;
}

} // namespace

void MainWindow::setUpToolBarAndHelp(QAction *undo, QAction *redo, QAction *drift)
{
    m_ui->actionNew->setIcon(icon(this, "document-new", QStyle::SP_FileIcon));
    m_ui->actionOpen->setIcon(icon(this, "document-open", QStyle::SP_DialogOpenButton));
    m_ui->actionSave->setIcon(icon(this, "document-save", QStyle::SP_DialogSaveButton));
    undo->setIcon(icon(this, "edit-undo", QStyle::SP_ArrowBack));
    redo->setIcon(icon(this, "edit-redo", QStyle::SP_ArrowForward));
    m_ui->actionAddTable->setIcon(icon(this, "list-add", QStyle::SP_FileDialogNewFolder));
    m_ui->actionExport->setIcon(icon(this, "document-export", QStyle::SP_DialogApplyButton));
    drift->setIcon(icon(this, "view-refresh", QStyle::SP_BrowserReload));

    auto *connect = new QAction(icon(this, "network-connect", QStyle::SP_DriveNetIcon), tr("Connect"), this);
    connect->setToolTip(tr("Choose or edit a connection, and show the export folder's migrations on it"));
    QObject::connect(connect, &QAction::triggered, this, &MainWindow::manageConnections);
    auto *apply = new QAction(icon(this, "go-up", QStyle::SP_ArrowUp), tr("Apply"), this);
    apply->setToolTip(tr("Apply the pending migrations to the connected database (shown first)"));
    QObject::connect(apply, &QAction::triggered, this, [this] {
        showMigrations();
        m_migrations->run(Direction::Upgrade, QStringLiteral("head"));
    });
    auto *rollBack = new QAction(icon(this, "go-down", QStyle::SP_ArrowDown), tr("Roll Back"), this);
    rollBack->setToolTip(tr("Roll the connected database back one migration (what it drops is shown first)"));
    QObject::connect(rollBack, &QAction::triggered, this, [this] {
        showMigrations();
        m_migrations->run(Direction::Downgrade, QStringLiteral("-1"));
    });

    // What a small screen's bar has room for: the file and undo icons speak for
    // themselves (their names in the tooltip), the longest labels are shortened.
    for (QAction *a : {m_ui->actionNew, m_ui->actionOpen, m_ui->actionSave})
        a->setPriority(QAction::LowPriority);
    m_ui->actionExport->setIconText(tr("Export"));
    drift->setIconText(tr("Drift"));

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addActions({m_ui->actionNew, m_ui->actionOpen, m_ui->actionSave});
    bar->addSeparator();
    bar->addActions({shortTwin(undo, tr("Undo"), QStringLiteral("toolBarUndo"), this),
                     shortTwin(redo, tr("Redo"), QStringLiteral("toolBarRedo"), this), m_ui->actionAddTable, m_ui->actionExport});
    bar->addSeparator();
    m_connectionChoice = new QComboBox(bar);
    m_connectionChoice->setObjectName(QStringLiteral("connectionChoice"));
    m_connectionChoice->setToolTip(tr("The database Apply and Roll back run on"));
    m_connectionChoice->setMinimumContentsLength(14);
    QObject::connect(m_connectionChoice, &QComboBox::activated, this, [this](int index) {
        showMigrations(m_connectionChoice->itemData(index).toString());
    });
    fillConnectionChoice();
    bar->addWidget(m_connectionChoice);
    bar->addActions({connect, apply, rollBack, drift});

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *documentation = help->addAction(tr("&Documentation"), this, &MainWindow::openDocumentation);
    documentation->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About Schemawright"), this, [this] {
        QMessageBox::about(this, tr("About Schemawright"),
                           tr("<h3>Schemawright %1</h3><p>Design PostgreSQL tables and write their Alembic migrations.</p>"
                              "<p>Qt %2, %3</p>")
                               .arg(QApplication::applicationVersion(), QLatin1String(qVersion()), db::clientLibraryVersions()));
    });
}

void MainWindow::openDocumentation()
{
    const QString file = documentationFile();
    if (!file.isEmpty() && QDesktopServices::openUrl(QUrl::fromLocalFile(file)))
        return;
    auto *box = new QMessageBox(QMessageBox::Information, tr("Documentation"),
                                file.isEmpty() ? tr("The documentation is not installed: README.md belongs in share/doc/schemawright.")
                                               : tr("Nothing on this system opens %1. It is plain text (Markdown), with the other guides "
                                                    "beside it in docs/: read it in any text editor.")
                                                     .arg(QDir::toNativeSeparators(file)),
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("documentationMessage"));
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);  // the path, to copy
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace sw::app
