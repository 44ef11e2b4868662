#include "drift/driftwindow.h"

#include "ui_driftwindow.h"

#include "diff/schemadiff.h"
#include "drift/historyrepair.h"
#include "alembicversion.h"
#include "backgroundtask.h"
#include "drift/fixmigrationdialog.h"
#include "migration/migrationfolder.h"
#include "problem.h"
#include "drift/rowbrowser.h"
#include "throwawayserver.h"
#include "verifyworkflow.h"

#include <QApplication>
#include <QScopeGuard>
#include <QDir>
#include <QHeaderView>
#include <QInputDialog>
#include <QFileInfo>

#include <pqxx/pqxx>

namespace sw::app {

DriftWindow::DriftWindow(const Project &design, const QString &migrationFolder, const QString &conninfo, QWidget *parent)
    : QWidget(parent, Qt::Window), m_ui(std::make_unique<Ui::DriftWindow>()), m_design(design), m_folder(migrationFolder)
{
    m_ui->setupUi(this);
    m_ui->database->setText(conninfo);
    m_ui->compareWith->addItem(tr("the design"));
    m_ui->compareWith->addItem(tr("the migration folder %1").arg(QDir::toNativeSeparators(migrationFolder)));
    m_filter.setSourceModel(&m_model);
    m_ui->tree->setModel(&m_filter);
    m_ui->tree->setUniformRowHeights(true);
    m_ui->tree->header()->setStretchLastSection(false);
    m_ui->tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_ui->layout->setStretch(2, 1);  // the tree takes the height
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->refresh->setShortcut(QKeySequence::Refresh);
    connect(m_ui->refresh, &QPushButton::clicked, this, &DriftWindow::refresh);
    connect(m_ui->testConnection, &QPushButton::clicked, this, &DriftWindow::testConnection);
    connect(m_ui->cancel, &QPushButton::clicked, this, &DriftWindow::cancel);
    connect(m_ui->onlyDifferences, &QCheckBox::toggled, &m_filter, &DriftFilter::setOnlyDifferences);
    connect(m_ui->search, &QLineEdit::textChanged, &m_filter, &DriftFilter::setSearch);
    connect(m_ui->expandProblems, &QPushButton::clicked, this, &DriftWindow::expandToProblems);
    connect(m_ui->tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &DriftWindow::showDetails);
    connect(m_ui->fix, &QPushButton::clicked, this, &DriftWindow::openFix);
    connect(m_ui->browseRows, &QPushButton::clicked, this, &DriftWindow::openRows);
    connect(m_ui->verify, &QPushButton::clicked, this, &DriftWindow::verify);
    // A new tree has no selection: the side pane must not describe a node of the old one.
    connect(&m_model, &QAbstractItemModel::modelReset, m_ui->details, &QTextBrowser::clear);
    // A long error wraps in the status line (whole in its tooltip) instead of widening the window.
    m_ui->status->setWordWrap(true);
    m_ui->status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_ui->status->setTextInteractionFlags(Qt::TextSelectableByMouse);
}

DriftWindow::~DriftWindow() = default;

void DriftWindow::setConninfo(const QString &conninfo) { m_ui->database->setText(conninfo); }
void DriftWindow::setSource(Source source) { m_ui->compareWith->setCurrentIndex(source == Source::Design ? 0 : 1); }
bool DriftWindow::isBusy() const { return m_ui->progress->isVisible(); }

void DriftWindow::setBusy(bool busy, const QString &status)
{
    m_ui->progress->setVisible(busy);
    m_ui->cancel->setEnabled(busy);
    m_ui->refresh->setEnabled(!busy);
    m_ui->verify->setEnabled(!busy);
    m_ui->status->setText(status);
}

// A result that arrives after a cancel or a newer refresh is dropped.
void DriftWindow::runInBackground(const Work &work, const std::function<void(const db::DriftReport &)> &done)
{
    const int job = ++m_job;
    auto canceller = std::make_shared<db::QueryCanceller>();
    m_canceller = canceller;
    app::runInBackground<db::DriftReport>(
        this,
        [work, canceller] {
            db::DriftReport report;
            const QString failure = work(&report, canceller.get());
            if (!failure.isEmpty())
                throw SchemaError(QStringLiteral("failed"), failure);
            return report;
        },
        [this, job, done](const db::DriftReport &report, const QString &error) {
            if (job != m_job)
                return;
            m_canceller.reset();
            setBusy(false, {});
            if (error.isEmpty()) {
                done(report);
            } else {
                showFailure(error);
                if (error.contains(QLatin1String("wants a password")) || error.contains(QLatin1String("password was refused")))
                    askForPassword(error);
            }
            emit refreshed();
        });
}

// A failed refresh leaves no tree that looks current.
void DriftWindow::showFailure(const QString &error)
{
    m_model.clear();
    m_ui->status->setText(error);
    m_ui->status->setToolTip(error);
}

QString DriftWindow::effectiveConninfo() const
{
    const QString conninfo = m_ui->database->text().trimmed();
    return m_password.isEmpty() ? conninfo : conninfoWith(conninfo, QStringLiteral("password"), m_password);
}

void DriftWindow::askForPassword(const QString &why)
{
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Password"));
    dialog->setLabelText(tr("%1\nPassword (kept in memory for this window only; ~/.pgpass keeps it for good):").arg(why));
    dialog->setTextEchoMode(QLineEdit::Password);
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &password) {
        m_password = password;
        refresh();
    });
    dialog->open();
}

void DriftWindow::refresh()
{
    setBusy(true, tr("Reading the database…"));
    const QString conninfo = effectiveConninfo();
    const bool againstMigrations = m_ui->compareWith->currentIndex() == 1;
    const Project design = m_design;
    const QString folder = m_folder;
    runInBackground(
        [conninfo, againstMigrations, design, folder](db::DriftReport *report, db::QueryCanceller *canceller) {
            db::Connection connection(conninfo);
            const db::QueryCanceller::Scope cancellable(canceller, connection.raw());
            if (againstMigrations) {
                const QString versions = resolveVersionsFolder(folder);
                *report = db::driftAgainstMigrations(connection, readMigrationScripts(versions), alembicEnvironmentFolder(folder));
            } else {
                *report = db::driftAgainstProject(connection, design);
            }
            return QString();
        },
        [this, conninfo](const db::DriftReport &report) {
            m_report = report;
            QString name = conninfo;
            for (const auto &[key, value] : conninfoParameters(m_ui->database->text()))
                if (key == QLatin1String("dbname"))
                    name = value;
            m_model.setReport(report, name);
            // The status line counts what the tree's root counts.
            const int problems = m_model.problemCount();
            m_ui->status->setText(problems == 0 ? tr("In step: no difference, no inconsistency.") : tr("%n problem(s)", nullptr, problems));
            m_ui->status->setToolTip({});
            m_ui->tree->expandToDepth(1);
            expandToProblems();
        });
}

QString DriftWindow::status() const { return m_ui->status->text(); }

void DriftWindow::testConnection()
{
    setBusy(true, tr("Connecting…"));
    const QString conninfo = effectiveConninfo();
    auto answer = std::make_shared<QString>();
    runInBackground(
        [conninfo, answer](db::DriftReport *, db::QueryCanceller *canceller) {
            db::Connection connection(conninfo);
            const db::QueryCanceller::Scope cancellable(canceller, connection.raw());
            pqxx::read_transaction tx(connection.raw());
            const QStringList revisions = db::recordedRevisions(tx);
            *answer = tr("Connected: PostgreSQL %1, alembic_version %2")
                          .arg(connection.serverVersion(), revisions.isEmpty() ? tr("none") : revisions.join(QStringLiteral(", ")));
            return QString();
        },
        [this, answer](const db::DriftReport &) { m_ui->status->setText(*answer); });
}

void DriftWindow::cancel()
{
    ++m_job;  // the running job's result will be dropped
    if (m_canceller)
        m_canceller->cancel();  // and its statement stopped on the server
    m_canceller.reset();
    setBusy(false, tr("Cancelled."));
}

void DriftWindow::expandToProblems()
{
    std::function<void(const QModelIndex &)> expand = [&](const QModelIndex &parent) {
        for (int row = 0; row < m_filter.rowCount(parent); ++row) {
            const QModelIndex index = m_filter.index(row, 0, parent);
            if (index.data(DriftTreeModel::ProblemsBelowRole).toInt() > 0) {
                m_ui->tree->expand(index);
                expand(index);
            }
        }
    };
    expand({});
}

QModelIndex DriftWindow::selectedSource() const
{
    return m_filter.mapToSource(m_ui->tree->currentIndex());
}

void DriftWindow::showDetails()
{
    const QModelIndex index = selectedSource();
    QString text = index.data().toString() + QStringLiteral("\n") + index.siblingAtColumn(1).data().toString();
    const QString tooltip = index.data(Qt::ToolTipRole).toString();
    if (!tooltip.isEmpty())
        text += QStringLiteral("\n\n") + tooltip;
    m_ui->details->setPlainText(text);
}

MigrationPlan DriftWindow::fixPlan(const QModelIndex &sourceIndex) const
{
    const QString schema = sourceIndex.data(DriftTreeModel::SchemaRole).toString();
    const QString table = sourceIndex.data(DriftTreeModel::TableRole).toString();
    if (table.isEmpty())
        return {};
    // Inconsistent history machinery is repaired from the table as it is.
    QModelIndex group = sourceIndex;  // the table's child the selection lies in
    while (group.parent().isValid() && group.parent().data().toString() != table)
        group = group.parent();
    const bool inconsistent = sourceIndex.data(DriftTreeModel::StateRole).toInt() == int(NodeState::Inconsistent)
        || group.data().toString() == tr("History table") || group.data().toString() == tr("Trigger function") || group.data().toString() == tr("Triggers");
    if (inconsistent)
        return planHistoryRepair(m_report.live, schema, table);
    // Otherwise the design wins: the migration from the table as it is to the table as designed.
    Project actual, expected;
    if (const Table *t = m_report.actual.findTable(table, schema))
        actual.tables << *t;
    if (const Table *t = m_report.expected.findTable(table, schema))
        expected.tables << *t;
    for (Table &t : actual.tables)
        t.id.clear();
    for (Table &t : expected.tables)
        t.id.clear();
    return planMigration(actual, expected);
}

void DriftWindow::openFix()
{
    const QModelIndex index = selectedSource();
    try {
        const MigrationPlan plan = fixPlan(index);
        const QString table = index.data(DriftTreeModel::TableRole).toString();
        auto *dialog = new FixMigrationDialog(plan, QStringLiteral("repair_%1_drift").arg(table), m_folder, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    } catch (const SchemaError &e) {
        m_ui->status->setText(e.problem().text());
    }
}

void DriftWindow::openRows()
{
    const QModelIndex index = selectedSource();
    const QString table = index.data(DriftTreeModel::TableRole).toString();
    if (table.isEmpty())
        return;
    auto *browser = new RowBrowser(effectiveConninfo(), index.data(DriftTreeModel::SchemaRole).toString(), table, this);
    browser->setAttribute(Qt::WA_DeleteOnClose);
    browser->open();
}

// On a throwaway server: verify wipes the database it works on.
void DriftWindow::verify()
{
    setBusy(true, tr("Verifying the migrations on a throwaway PostgreSQL…"));
    const QString folder = m_folder;
    auto lines = std::make_shared<QStringList>();
    runInBackground(
        [folder, lines](db::DriftReport *, db::QueryCanceller *canceller) {
            db::ThrowawayServer server;
            canceller->onCancel([&server] { server.stopNow(); });
            const auto withdraw = qScopeGuard([canceller] { canceller->onCancel({}); });
            db::VerifyOptions options;
            options.alembicEnvironment = alembicEnvironmentFolder(folder);
            bool passed = true;
            for (const db::VerifyStep &s : db::verifyMigrations(server.conninfo(), readMigrationScripts(resolveVersionsFolder(folder)), options)) {
                const char *outcome = s.outcome == db::VerifyStep::Outcome::Passed ? "passed" : s.outcome == db::VerifyStep::Outcome::Failed ? "FAILED" : "skipped";
                passed = passed && s.outcome == db::VerifyStep::Outcome::Passed;
                *lines << QStringLiteral("%1  %2  %3 %4").arg(QLatin1String(outcome), s.name, QFileInfo(s.file).fileName(), s.detail);
            }
            return passed ? QString() : tr("Verification failed.");
        },
        [this, lines](const db::DriftReport &) { m_ui->status->setText(tr("Verification passed.")); });
    connect(this, &DriftWindow::refreshed, this, [this, lines] { m_ui->details->setPlainText(lines->join(QLatin1Char('\n'))); }, Qt::SingleShotConnection);
}

} // namespace sw::app
