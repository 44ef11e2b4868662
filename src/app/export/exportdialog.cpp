#include "export/exportdialog.h"

#include "ui_exportdialog.h"

#include "migration/migrationfolder.h"
#include "migration/migrationmessage.h"
#include "export/migrationexport.h"

#include <QDir>
#include <QFileDialog>
#include <QPushButton>

namespace sw::app {

ExportDialog::ExportDialog(DesignDocument *document, const QString &folder, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ExportDialog>()), m_document(document)
{
    m_ui->setupUi(this);
    m_ui->folder->setText(folder);
    m_ui->fileName->setWordWrap(true);
    m_ui->fileName->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_ui->problem->setWordWrap(true);
    resize(qMax(width(), 760), height());  // room for a whole path
    connect(m_ui->message, &QLineEdit::textChanged, this, &ExportDialog::refresh);
    connect(m_ui->folder, &QLineEdit::textChanged, this, &ExportDialog::refresh);
    connect(m_ui->browse, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getExistingDirectory(this, tr("Migration folder"), m_ui->folder->text());
        if (!chosen.isEmpty())
            m_ui->folder->setText(chosen);
    });
    m_saveAndApply = m_ui->buttons->addButton(tr("Save and &Apply"), QDialogButtonBox::ActionRole);
    m_saveAndApply->setToolTip(tr("Write the file, then apply it to the connected database (what runs is shown first)"));
    connect(m_saveAndApply, &QPushButton::clicked, this, &ExportDialog::saveAndApply);
    m_rebase = m_ui->buttons->addButton(tr("&Rebase Heads…"), QDialogButtonBox::ActionRole);
    m_rebase->setObjectName(QStringLiteral("rebase"));
    m_rebase->setToolTip(tr("Make the folder one chain again, with every column of both branches in history; then export"));
    connect(m_rebase, &QPushButton::clicked, this, [this] {
        emit rebaseRequested(this->folder());
        reject();
    });
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    refresh();
}

ExportDialog::~ExportDialog() = default;

QString ExportDialog::folder() const { return m_ui->folder->text().trimmed(); }
QString ExportDialog::message() const { return m_ui->message->text().trimmed(); }

void ExportDialog::refresh()
{
    QString problem = migrationMessageProblem(message());
    std::optional<Problem> folderProblem;
    m_header = exportHeader(m_document->project(), message(), resolveVersionsFolder(folder()), &folderProblem);
    const MigrationHeader &header = m_header;
    const MigrationDraft draft = draftMigration(m_document->project(), header);
    m_rebase->setVisible(folderProblem && folderProblem->code == QLatin1String("several-heads"));
    if (folderProblem)
        problem = tr("The migration folder cannot take a migration: %1").arg(folderProblem->text());
    else if (!draft.problems.isEmpty())
        problem = tr("The design has problems: %1").arg(draft.problems.first().text());
    else if (!draft.hasChange)
        problem = tr("Nothing changed since the last export.");
    else if (folder().isEmpty())  // never the working directory, whatever it happens to be
        problem = tr("Choose the migration folder to write into.");
    else if (!QDir(resolveVersionsFolder(folder())).exists())
        problem = tr("The folder does not exist.");
    // The whole path the file will have: which folder, which name.
    const QString name = migrationFileName(header.revision, message().isEmpty() ? QStringLiteral("…") : message());
    const QString path = QDir::toNativeSeparators(QDir(resolveVersionsFolder(folder())).absoluteFilePath(name));
    // A production-safe change may be several migrations, each run on its own.
    m_ui->fileName->setText(draft.files.size() > 1 ? tr("%1 and %n more migration(s) that follow it", nullptr, int(draft.files.size() - 1)).arg(path) : path);
    m_ui->problem->setText(problem);
    m_ui->buttons->button(QDialogButtonBox::Save)->setEnabled(problem.isEmpty());
    if (m_saveAndApply)
        m_saveAndApply->setEnabled(problem.isEmpty());
}

void ExportDialog::saveAndApply()
{
    m_applyAfterwards = true;
    accept();
    if (result() != QDialog::Accepted)
        m_applyAfterwards = false;
}

void ExportDialog::accept()
{
    try {
        m_exportedPaths = exportMigration(*m_document, folder(), message(), m_header);
        QDialog::accept();
    } catch (const SchemaError &e) {
        const QString problem = e.problem().text();
        if (e.problem().code == QLatin1String("folder-changed"))
            refresh();  // shows the file as it would be written now
        m_ui->problem->setText(problem);
    }
}

} // namespace sw::app
