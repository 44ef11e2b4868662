// File → New Project from Database…: the dialog, and the new project it reads.

#include "mainwindow/mainwindow.h"

#include "import/databaseimportdialog.h"

#include <QStatusBar>

namespace sw::app {

void MainWindow::newProjectFromDatabase(const QString &why)
{
    if (!maybeSave())
        return;
    auto *dialog = new DatabaseImportDialog(m_connection.conninfo(), this);
    dialog->explain(why);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DatabaseImportDialog::imported, this, &MainWindow::openImport);
    dialog->open();
    if (!m_connection.conninfo().isEmpty())
        dialog->readSchemas();
}

// A new, unsaved project: the database's tables, and the database as the
// baseline, so that nothing is to migrate until the design changes.
void MainWindow::openImport(const DatabaseImport &import)
{
    m_document.resetTo(import.project);
    chooseConnection(import.conninfo);
    if (!import.project.tables.isEmpty())
        selectTable(import.project.tables.first().id);
    const QString read = tr("Imported %n table(s) from database %1; nothing to migrate until the design changes.", nullptr,
                            int(import.project.tables.size())).arg(import.databaseName);
    statusBar()->showMessage(import.leftOut.isEmpty() ? read : read + QLatin1Char(' ') + tr("Not held yet, left out: %1").arg(import.leftOut.join(QStringLiteral("; "))));
    emit projectImported();
}

} // namespace sw::app
