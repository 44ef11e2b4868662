// After git merged two branches: the merge conflicts merge-design left in the
// project (an Edit menu action, enabled while there are any, and the dialog
// opened by itself when a project that holds some is opened), and the rebase
// of a migration folder left with two heads (the migrations dock offers it).

#include "mainwindow/mainwindow.h"

#include "document/designcommands.h"
#include "merge/mergeconflictsdialog.h"
#include "merge/rebasedialog.h"
#include "migrations/migrationspanel.h"
#include "ui_mainwindow.h"

#include <QStatusBar>

namespace sw::app {

void MainWindow::addMergeConflictsAction()
{
    QAction *resolve = m_ui->menuEdit->addAction(tr("Resolve &Merge Conflicts…"));
    resolve->setObjectName(QStringLiteral("actionMergeConflicts"));
    resolve->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    resolve->setToolTip(tr("Choose ours or theirs for each value git's merge of this project changed on both branches"));
    connect(resolve, &QAction::triggered, this, &MainWindow::showMergeConflicts);
    const auto update = [this, resolve] { resolve->setEnabled(!m_document.project().mergeConflicts.isEmpty()); };
    connect(&m_document, &DesignDocument::changed, resolve, update);
    connect(&m_document, &DesignDocument::reloaded, this, [this, update] {
        update();
        if (!m_document.project().mergeConflicts.isEmpty()) {
            statusBar()->showMessage(tr("This project holds %n merge conflict(s): choose ours or theirs for each.", nullptr,
                                        int(m_document.project().mergeConflicts.size())));
            showMergeConflicts();
        }
    });
    update();
}

MergeConflictsDialog *MainWindow::mergeConflictsDialog() const
{
    return m_mergeConflicts;
}

void MainWindow::showMergeConflicts()
{
    if (!m_mergeConflicts)
        m_mergeConflicts = new MergeConflictsDialog(&m_document, this);
    m_mergeConflicts->show();
    m_mergeConflicts->raise();
    m_mergeConflicts->activateWindow();
}

RebaseDialog *MainWindow::rebaseDialog() const
{
    return m_rebase;
}

void MainWindow::showRebase(const QString &folder)
{
    if (m_rebase && m_rebase->isBusy()) {
        m_rebase->raise();
        return;
    }
    delete m_rebase;  // another folder or design may be current now
    const QString forked = !folder.isEmpty() ? folder : m_migrations ? m_migrations->folder() : exportFolder();
    m_rebase = new RebaseDialog(forked, m_document.project(), this);
    m_rebase->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_rebase, &RebaseDialog::rebased, this, [this](const QString &head) {
        Project after = m_document.project();
        after.baseline = after.asBaseline(head);
        m_document.undoStack()->push(wholeProjectCommand(&m_document, after, tr("Move the baseline to %1, the rebased head").arg(head)));
        if (m_migrations)
            m_migrations->refresh();
    });
    m_rebase->open();
}

} // namespace sw::app
