#include "mainwindow.h"

#include "ui_mainwindow.h"

#include "diff/schemadiff.h"
#include "migration/alembicfile.h"
#include "project/projectfile.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QMessageBox>

namespace sw::app {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    m_ui->tableList->setModel(&m_tables);
    m_ui->preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->splitter->setStretchFactor(1, 3);
    m_ui->actionOpen->setShortcut(QKeySequence::Open);
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    connect(m_ui->actionOpen, &QAction::triggered, this, &MainWindow::chooseProject);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    setWindowTitle(tr("Schemawright"));
}

MainWindow::~MainWindow() = default;

bool MainWindow::openProject(const QString &path)
{
    try {
        m_project = loadProject(path);
    } catch (const SchemaError &e) {
        // Window-modal, not exec(): the event loop (and autosave, later) keeps running.
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot open project"), e.problem().text(), QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return false;
    }
    m_path = path;
    m_tables.setProject(m_project);
    setWindowTitle(tr("%1 - Schemawright").arg(QFileInfo(path).fileName()));
    refreshPreview();
    return true;
}

QString MainWindow::previewText() const
{
    return m_ui->preview->toPlainText();
}

void MainWindow::chooseProject()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open project"), QFileInfo(m_path).path(),
                                                      tr("Schemawright projects (*.json)"));
    if (!path.isEmpty())
        openProject(path);
}

// The same core function as `schemawright-cli generate`: one code path.
void MainWindow::refreshPreview()
{
    try {
        const MigrationPlan plan = planMigration(Project{}, m_project);
        const MigrationHeader header{QStringLiteral("<revision>"), std::nullopt, QStringLiteral("create_tables"),
                                     QDateTime::currentDateTimeUtc()};
        m_ui->preview->setPlainText(renderMigrationFile(header, plan));
    } catch (const SchemaError &e) {
        m_ui->preview->setPlainText(e.problem().text());
    }
}

} // namespace sw::app
