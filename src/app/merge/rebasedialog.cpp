#include "merge/rebasedialog.h"

#include "migration/migrationfolder.h"
#include "shared/backgroundtask.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace sw::app {

namespace {

struct Heads {
    QStringList heads;
    QString onThisBranch;  // empty: git cannot tell
};

} // namespace

RebaseDialog::RebaseDialog(const QString &folder, const Project &project, QWidget *parent)
    : QDialog(parent), m_versions(resolveVersionsFolder(folder)), m_environment(alembicEnvironmentFolder(folder)), m_project(project),
      m_onto(new QComboBox(this)), m_plan(new QPlainTextEdit(this)), m_outcome(new QLabel(this)), m_progress(new QProgressBar(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this)),
      m_run(m_buttons->addButton(tr("&Rebase and verify"), QDialogButtonBox::AcceptRole))
{
    setWindowTitle(tr("Rebase the migration folder"));
    m_onto->setObjectName(QStringLiteral("onto"));
    m_plan->setObjectName(QStringLiteral("plan"));
    m_plan->setReadOnly(true);
    m_outcome->setObjectName(QStringLiteral("outcome"));
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_run->setObjectName(QStringLiteral("rebase"));
    m_run->setEnabled(false);
    m_progress->setRange(0, 0);
    m_progress->hide();
    auto *form = new QFormLayout;
    form->addRow(tr("&Keep the chain of:"), m_onto);
    auto *intro = new QLabel(tr("The folder %1 has two heads. The other branch's migrations are regenerated after the head kept, "
                                "from the design, so that history tables and trigger functions list every column of both branches.")
                                 .arg(m_versions), this);
    intro->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_plan, 1);
    layout->addWidget(m_outcome);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);
    disconnect(m_buttons, &QDialogButtonBox::accepted, this, nullptr);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RebaseDialog::rebase);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_onto, &QComboBox::currentTextChanged, this, &RebaseDialog::propose);
    resize(720, 420);
    readHeads();
}

bool RebaseDialog::isBusy() const { return !m_progress->isHidden(); }
QString RebaseDialog::plan() const { return m_plan->toPlainText(); }
QString RebaseDialog::outcome() const { return m_outcome->text(); }

void RebaseDialog::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_onto->setEnabled(!busy);
    m_run->setEnabled(!busy && m_proposal.has_value());
    m_buttons->button(QDialogButtonBox::Close)->setEnabled(!m_rebasing);
}

void RebaseDialog::reject()
{
    if (!m_rebasing)  // Escape or the window's close: else the new head would never reach the design's baseline
        QDialog::reject();
}

void RebaseDialog::showOutcome(const QString &text) { m_outcome->setText(text); }

void RebaseDialog::readHeads()
{
    const int job = ++m_job;
    setBusy(true);
    const QString versions = m_versions;
    runInBackground<Heads>(
        this,
        [versions] {
            const QList<MigrationScriptInfo> scripts = readMigrationFolder(versions);
            Heads h{headRevisions(scripts), {}};
            try {
                h.onThisBranch = db::headOnThisBranch(versions, scripts);
            } catch (const SchemaError &) {  // the user chooses
            }
            return h;
        },
        [this, job](const Heads &h, const QString &error) {
            if (job != m_job)
                return;
            setBusy(false);
            if (!error.isEmpty()) {
                showOutcome(error);
                return;
            }
            const QSignalBlocker quiet(m_onto);
            m_onto->addItems(h.heads);
            if (!h.onThisBranch.isEmpty())
                m_onto->setCurrentText(h.onThisBranch);
            showOutcome(h.onThisBranch.isEmpty() ? tr("git cannot tell which head this branch already had: choose the one whose chain stays.")
                                                 : tr("%1 is the head this branch already had (git).").arg(h.onThisBranch));
            propose();
        });
}

void RebaseDialog::propose()
{
    const int job = ++m_job;
    m_proposal.reset();
    m_plan->clear();
    setBusy(true);
    const QString versions = m_versions, onto = m_onto->currentText();
    const Project project = m_project;
    runInBackground<db::RebaseProposal>(
        this, [versions, onto, project] { return db::proposeRebase(versions, readMigrationFolder(versions), project, onto); },
        [this, job](const db::RebaseProposal &proposal, const QString &error) {
            if (job != m_job)
                return;
            if (error.isEmpty())
                m_proposal = proposal;
            setBusy(false);
            if (!error.isEmpty()) {
                showOutcome(error);
                return;
            }
            QStringList lines{tr("Keeps the chain of %1.").arg(proposal.plan.onto), tr("Moves, and removes the files of:")};
            for (const MigrationScriptInfo &s : proposal.plan.moved)
                lines << QStringLiteral("    ") + s.fileName;
            lines << tr("Writes after %1:").arg(proposal.plan.onto);
            for (const auto &[path, bytes] : proposal.files)
                lines << QStringLiteral("    ") + QFileInfo(path).fileName();
            lines << tr("Then verifies the chain after %1 on a throwaway server; when that fails, the folder is put back as it was.")
                         .arg(proposal.plan.onto);
            m_plan->setPlainText(lines.join(QLatin1Char('\n')));
        });
}

void RebaseDialog::rebase()
{
    if (!m_proposal || isBusy())
        return;
    const int job = ++m_job;
    m_rebasing = true;
    setBusy(true);
    showOutcome(tr("Writing the new migrations and verifying the chain on a throwaway server…"));
    const db::RebaseProposal proposal = *m_proposal;
    const QString environment = m_environment;
    runInBackground<QString>(
        this, [proposal, environment] { return db::rebaseFolder(proposal, environment); },
        [this, job, head = proposal.head](const QString &failure, const QString &error) {
            if (job != m_job)
                return;
            m_proposal.reset();
            m_rebasing = false;
            setBusy(false);
            if (!failure.isEmpty() || !error.isEmpty()) {
                showOutcome(tr("Not rebased; the folder is as it was: %1").arg(error.isEmpty() ? failure : error));
                return;
            }
            showOutcome(tr("Rebased and verified: one chain, head %1. The design's baseline moves there.").arg(head));
            emit rebased(head);
        });
}

} // namespace sw::app
