#include "drift/fixmigrationdialog.h"

#include "ui_fixmigrationdialog.h"

#include "shared/backgroundtask.h"
#include "chainproof.h"
#include "migration/alembicfile.h"
#include "migration/migrationfolder.h"
#include "migration/migrationmessage.h"
#include "shared/migrationhighlighter.h"
#include "newfile.h"
#include "problem.h"

#include <QDir>
#include <QFontDatabase>
#include <QPushButton>

namespace sw::app {

QString writePlannedMigration(const MigrationPlan &plan, const QString &folder, const QString &message)
{
    return writePlannedMigration(plan, folder, nextMigrationHeader(resolveVersionsFolder(folder), message));
}

QString writePlannedMigration(const MigrationPlan &plan, const QString &folder, const MigrationHeader &header)
{
    const QString problem = migrationMessageProblem(header.message);
    if (!problem.isEmpty())
        throw SchemaError(QStringLiteral("bad-message"), problem);
    const QString versions = resolveVersionsFolder(folder);
    if (!QDir(versions).exists())
        throw SchemaError(Problem{Problem::Severity::Error, QStringLiteral("no-such-folder"),
                                  QCoreApplication::translate("FixMigrationDialog", "the migration folder does not exist"), folder, {}, {}, {}, 0});
    checkStillFollowsHead(header, versions);  // else it would fork the chain (or the folder cannot take one: said)
    const QString path = QDir(versions).filePath(migrationFileName(header.revision, header.message));
    writeNewFile(path, renderMigrationFile(header, plan).toUtf8());
    return path;
}

FixMigrationDialog::FixMigrationDialog(const MigrationPlan &plan, const QString &message, const QString &folder, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::FixMigrationDialog>()), m_plan(plan)
{
    m_ui->setupUi(this);
    m_ui->preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    new MigrationHighlighter(m_ui->preview->document());
    m_ui->message->setText(message);
    m_ui->folder->setText(folder);
    connect(m_ui->message, &QLineEdit::textChanged, this, &FixMigrationDialog::refresh);
    connect(m_ui->folder, &QLineEdit::textChanged, this, &FixMigrationDialog::refresh);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &FixMigrationDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &FixMigrationDialog::reject);
    refresh();
}

FixMigrationDialog::~FixMigrationDialog() = default;

QString FixMigrationDialog::previewText() const { return m_ui->preview->toPlainText(); }

void FixMigrationDialog::refresh()
{
    // One header for the preview and the file, from the folder the file goes to.
    QString folderProblem;
    try {
        m_header = nextMigrationHeader(resolveVersionsFolder(m_ui->folder->text()), m_ui->message->text().trimmed());
    } catch (const SchemaError &e) {
        m_header = nextMigrationHeader({}, m_ui->message->text().trimmed());
        folderProblem = tr("The migration folder cannot take a migration: %1").arg(e.problem().text());
    }
    m_ui->preview->setPlainText(m_plan.isEmpty() ? tr("# Nothing to repair.") : renderMigrationFile(m_header, m_plan));
    const QString problem = m_plan.isEmpty()          ? tr("Nothing to repair.")
                            : !folderProblem.isEmpty() ? folderProblem
                                                       : migrationMessageProblem(m_ui->message->text());
    m_ui->problem->setText(problem);
    m_ui->buttons->button(QDialogButtonBox::Save)->setEnabled(problem.isEmpty());
}

void FixMigrationDialog::accept()
{
    if (!m_prove) {
        write();
        return;
    }
    m_ui->buttons->setEnabled(false);
    m_ui->problem->setText(tr("Verifying the chain with this migration on a throwaway PostgreSQL…"));
    const QString folder = m_ui->folder->text(), fileName = migrationFileName(m_header.revision, m_header.message);
    const QByteArray content = renderMigrationFile(m_header, m_plan).toUtf8();
    runInBackground<db::ChainProof>(
        this, [folder, fileName, content] { return db::proveNewMigration(folder, fileName, content); },
        [this](const db::ChainProof &proof, const QString &error) {
            m_ui->buttons->setEnabled(true);
            m_proofLog = error.isEmpty() ? proof.lines.join(QLatin1Char('\n')) : error;
            const bool passed = error.isEmpty() && proof.passed;
            if (passed)
                write();
            else
                m_ui->problem->setText(tr("Not saved: the chain with this migration does not pass verify.\n%1").arg(m_proofLog));
            emit proofFinished(passed);
        });
}

void FixMigrationDialog::write()
{
    try {
        m_writtenPath = writePlannedMigration(m_plan, m_ui->folder->text(), m_header);
        QDialog::accept();
    } catch (const SchemaError &e) {
        const QString problem = e.problem().text();
        if (e.problem().code == QLatin1String("folder-changed"))
            refresh();  // shows the migration as it would be written now
        m_ui->problem->setText(problem);
    }
}

} // namespace sw::app
