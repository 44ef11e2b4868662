#include "migrations/migrationspanel.h"

#include "alembicversion.h"
#include "shared/backgroundtask.h"
#include "connectionprofile.h"
#include "connections/sessionpasswords.h"
#include "databasereset.h"
#include "migration/migrationfolder.h"
#include "migration/migrationpath.h"
#include "querycanceller.h"
#include "revisiondetector.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>


namespace sw::app {

namespace {

struct Snapshot {
    QList<MigrationScript> scripts;
    QStringList recorded;
};

// What a run will do, read before it starts.
struct Preview {
    db::DryRun dry;
    QString sql;
};

} // namespace

MigrationsPanel::MigrationsPanel(const QString &folder, const QString &conninfo, QWidget *parent)
    : QWidget(parent), m_folder(folder), m_database(new QLineEdit(conninfo, this)), m_table(new QTableView(this)),
      m_refresh(new QPushButton(tr("&Refresh"), this)), m_apply(new QPushButton(tr("&Apply to head"), this)),
      m_applySelected(new QPushButton(tr("Apply to &selected"), this)), m_rollBack(new QPushButton(tr("Roll &back one"), this)),
      m_rollBackSelected(new QPushButton(tr("Roll back &to selected"), this)), m_detect(new QPushButton(tr("&Detect revision"), this)),
      m_reset(new QPushButton(tr("R&eset…"), this)), m_rebase(new QPushButton(tr("Rebase &heads…"), this)),
      m_cancel(new QPushButton(tr("&Cancel"), this)),
      m_progress(new QProgressBar(this)), m_log(new QPlainTextEdit(this))
{
    m_database->setPlaceholderText(tr("Connection: host=… dbname=… user=… (a password is asked for when the server wants one)"));
    m_table->setModel(&m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_progress->setRange(0, 0);
    m_progress->hide();
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(5000);
    m_log->setMaximumHeight(m_log->fontMetrics().height() * 4);
    // Small on a small screen: two revisions and a line of the log stay in sight.
    m_table->setMinimumHeight(m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->verticalHeader()->defaultSectionSize() + 2 * m_table->frameWidth());
    m_log->setMinimumHeight(m_log->fontMetrics().lineSpacing() + 2 * m_log->frameWidth() + 8);
    connect(&m_model, &QAbstractItemModel::modelReset, m_table, &QTableView::resizeColumnsToContents);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_refresh, m_apply, m_applySelected, m_rollBack, m_rollBackSelected, m_detect, m_reset, m_rebase, m_cancel})
        buttons->addWidget(b);
    m_rebase->setObjectName(QStringLiteral("rebaseHeads"));
    m_rebase->hide();  // until the folder is found forked
    m_detect->setToolTip(tr("Find the revision whose schema the database has, and stamp it into alembic_version"));
    m_reset->setToolTip(tr("Drop everything in the schemas the folder manages and upgrade to head (a dev database only)"));
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);  // a dock's frame is margin enough
    layout->addWidget(m_database);
    layout->addWidget(m_table, 3);
    layout->addLayout(buttons);
    layout->addWidget(m_progress);
    layout->addWidget(m_log, 1);
    m_cancel->setEnabled(false);
    m_confirm = [this](const QString &question, const QString &details) {
        QMessageBox box(QMessageBox::Question, tr("Migrations"), question, QMessageBox::Ok | QMessageBox::Cancel, this);
        box.setDetailedText(details);
        return box.exec() == QMessageBox::Ok;
    };
    m_askText = [this](const QString &prompt) { return QInputDialog::getText(this, tr("Migrations"), prompt); };
    connect(m_database, &QLineEdit::textEdited, &m_model, &MigrationStatusModel::clear);
    connect(m_database, &QLineEdit::editingFinished, this, [this] {
        if (m_database->isModified()) {
            m_database->setModified(false);
            emit conninfoEdited(this->conninfo());
        }
    });
    connect(m_refresh, &QPushButton::clicked, this, &MigrationsPanel::refresh);
    connect(m_apply, &QPushButton::clicked, this, [this] { run(Direction::Upgrade, QStringLiteral("head")); });
    connect(m_applySelected, &QPushButton::clicked, this, [this] {
        if (!selectedRevision().isEmpty())
            run(Direction::Upgrade, selectedRevision());
    });
    connect(m_rollBack, &QPushButton::clicked, this, [this] { run(Direction::Downgrade, QStringLiteral("-1")); });
    connect(m_rollBackSelected, &QPushButton::clicked, this, [this] {
        if (!selectedRevision().isEmpty())
            run(Direction::Downgrade, selectedRevision());
    });
    connect(m_detect, &QPushButton::clicked, this, &MigrationsPanel::detectAndStamp);
    connect(m_reset, &QPushButton::clicked, this, &MigrationsPanel::resetDatabase);
    connect(m_rebase, &QPushButton::clicked, this, &MigrationsPanel::rebaseRequested);
    connect(m_cancel, &QPushButton::clicked, this, &MigrationsPanel::cancel);
}

MigrationsPanel::~MigrationsPanel()
{
    if (m_canceller)
        m_canceller->cancel();
}

void MigrationsPanel::setFolder(const QString &folder) { m_folder = folder; }
// Another database: the states the table shows were the last one's.
void MigrationsPanel::setConninfo(const QString &conninfo)
{
    if (conninfo.trimmed() == this->conninfo())
        return;
    m_database->setText(conninfo);
    m_model.clear();
}

QString MigrationsPanel::conninfo() const { return m_database->text().trimmed(); }
QString MigrationsPanel::effectiveConninfo() const { return withSessionPassword(conninfo()); }
bool MigrationsPanel::isBusy() const { return !m_progress->isHidden(); }
QString MigrationsPanel::log() const { return m_log->toPlainText(); }

QString MigrationsPanel::selectedRevision() const
{
    return m_table->currentIndex().data(MigrationStatusModel::RevisionRole).toString();
}

void MigrationsPanel::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_cancel->setEnabled(busy);
    for (QPushButton *b : {m_refresh, m_apply, m_applySelected, m_rollBack, m_rollBackSelected, m_detect, m_reset, m_rebase})
        b->setEnabled(!busy);
}

void MigrationsPanel::append(const QString &line) { m_log->appendPlainText(line); }

// A line of the log, from the worker thread; dropped when the panel is gone.
std::function<void(const QString &)> MigrationsPanel::logFromWorker()
{
    QPointer<MigrationsPanel> self(this);
    return [self](const QString &line) {
        QMetaObject::invokeMethod(qApp, [self, line] {
            if (self)
                self->append(line);
        }, Qt::QueuedConnection);
    };
}

// The folder's heads, read apart from the database: a forked folder is
// rebased without one, and shows its heads even when no server answers.
void MigrationsPanel::readHeads()
{
    const QString folder = m_folder;
    runInBackground<QStringList>(
        this, [folder] { return headRevisions(readMigrationFolder(resolveVersionsFolder(folder))); },
        [this, folder](const QStringList &heads, const QString &) {
            if (folder != m_folder)
                return;
            m_heads = heads;
            m_rebase->setVisible(heads.size() > 1);
            if (heads.size() > 1)
                append(tr("The folder has %1 heads (%2): Rebase heads… makes it one chain again, with every column of both branches in history.")
                           .arg(heads.size()).arg(heads.join(QStringLiteral(", "))));
        });
}

void MigrationsPanel::refresh()
{
    readHeads();
    const int job = ++m_job;
    setBusy(true);
    const QString conninfo = effectiveConninfo(), folder = m_folder;
    runInBackground<Snapshot>(
        this,
        [conninfo, folder] {
            Snapshot s{readMigrationScripts(resolveVersionsFolder(folder)), {}};
            linearChain(s.scripts);  // a forked or broken chain is said in the log, not thrown at the window
            db::Connection connection(conninfo);
            s.recorded = db::recordedRevisions(connection);
            return s;
        },
        [this, job](const Snapshot &s, const QString &error) {
            if (job != m_job)
                return;
            setBusy(false);
            if (error.isEmpty()) {
                m_model.setStatus(s.scripts, s.recorded);
            } else {
                m_model.clear();  // what it showed may be another database's
                append(error);
                if (wantsPassword(error))
                    askForPassword(this, this->conninfo(), error, [this] { refresh(); });
            }
            emit refreshed();
        });
}

void MigrationsPanel::run(Direction direction, const QString &target)
{
    const int job = ++m_job;
    setBusy(true);
    const QString conninfo = effectiveConninfo(), folder = m_folder;
    db::RunOptions options;
    options.direction = direction;
    options.target = target;
    options.alembicEnvironment = alembicEnvironmentFolder(folder);
    // First what it will do, read without changing anything.
    runInBackground<Preview>(
        this,
        [conninfo, folder, options] {
            db::MigrationRunner runner(conninfo, readMigrationScripts(resolveVersionsFolder(folder)));
            Preview p{runner.dryRun(options), {}};
            try {
                p.sql = runner.sql(options, p.dry.current);
            } catch (const SchemaError &e) {  // it runs all the same, through alembic
                p.sql = tr("-- Not all of this run can be shown as SQL: %1").arg(e.problem().text());
            }
            return p;
        },
        [this, job, conninfo, folder, options](const Preview &p, const QString &error) mutable {
            if (job != m_job)
                return;
            if (!error.isEmpty() || p.dry.steps.isEmpty()) {
                setBusy(false);
                append(error.isEmpty() ? tr("Nothing to run: the database is at %1.").arg(p.dry.current.value_or(QStringLiteral("base"))) : error);
                if (wantsPassword(error))
                    askForPassword(this, this->conninfo(), error, [this, direction = options.direction, target = options.target] { run(direction, target); });
                emit runFinished(error);
                return;
            }
            QStringList steps, drops;
            for (const db::DryRunStep &s : p.dry.steps) {
                steps << s.label;
                drops += s.drops;
            }
            QString question = tr("Run on database %1:\n%2").arg(conninfoDisplayName(conninfo), steps.join(QLatin1Char('\n')));
            if (!drops.isEmpty())
                question += tr("\n\nThis drops, with the rows they hold now:\n%1").arg(drops.join(QLatin1Char('\n')));
            if (!m_confirm(question, p.sql)) {
                setBusy(false);
                append(tr("Not run."));
                emit runFinished(tr("not run"));
                return;
            }
            auto canceller = std::make_shared<db::QueryCanceller>();
            m_canceller = canceller;
            options.canceller = canceller.get();
            options.progress = logFromWorker();
            // The user decides how long to wait for another runner: Cancel gives up.
            options.runnerWaitMs = 24 * 3600 * 1000;
            runInBackground<db::RunResult>(
                this,
                [conninfo, folder, options, canceller] {
                    return db::MigrationRunner(conninfo, readMigrationScripts(resolveVersionsFolder(folder))).run(options);
                },
                [this, job](const db::RunResult &result, const QString &failure) {
                    if (job != m_job)
                        return;
                    m_canceller.reset();
                    setBusy(false);
                    append(failure.isEmpty() ? tr("Done: the database is at %1.").arg(result.endRevision.value_or(QStringLiteral("base"))) : failure);
                    emit runFinished(failure);
                    refresh();
                });
        });
}

void MigrationsPanel::detectAndStamp()
{
    const int job = ++m_job;
    setBusy(true);
    append(tr("Building each revision in a scratch database to compare…"));
    const QString conninfo = effectiveConninfo(), folder = m_folder;
    using Found = QPair<db::RevisionDetection, QStringList>;  // and what alembic_version says
    runInBackground<Found>(
        this,
        [conninfo, folder] {
            db::Connection connection(conninfo);
            const QStringList recorded = db::recordedRevisions(connection);
            return Found{db::detectRevision(connection, readMigrationScripts(resolveVersionsFolder(folder)), alembicEnvironmentFolder(folder)), recorded};
        },
        [this, job, conninfo](const Found &found, const QString &error) {
            if (job != m_job)
                return;
            setBusy(false);
            const QString name = found.first.revision.value_or(QStringLiteral("base"));
            QString message = error;
            if (error.isEmpty() && !found.first.found)
                message = tr("No revision of the folder matches the database; the closest is %1: %2").arg(name, found.first.difference);
            if (!message.isEmpty()) {
                append(message);
                emit stampFinished(message);
                return;
            }
            const QString says = found.second.isEmpty() ? tr("none") : found.second.join(QStringLiteral(", "));
            if (!m_confirm(tr("The database has exactly the schema of %1; alembic_version says %2.\nStamp %1?").arg(name, says), QString())) {
                append(tr("Not stamped."));
                emit stampFinished(tr("not stamped"));
                return;
            }
            setBusy(true);
            const std::optional<QString> revision = found.first.revision;
            runInBackground<QString>(
                this,
                [conninfo, revision, name] {
                    db::Connection connection(conninfo);
                    db::stampRevision(connection, revision);
                    return tr("Stamped %1 into alembic_version.").arg(name);
                },
                [this, job](const QString &done, const QString &failure) {
                    if (job != m_job)
                        return;
                    setBusy(false);
                    append(failure.isEmpty() ? done : failure);
                    emit stampFinished(failure.isEmpty() ? done : failure);
                    refresh();
                });
        });
}

void MigrationsPanel::resetDatabase()
{
    const QString name = m_askText(tr("Reset drops everything in the schemas the migration folder manages, then upgrades to head.\n"
                                      "Type the name of the database to wipe:")).trimmed();
    if (name.isEmpty()) {
        append(tr("Not reset."));
        emit resetFinished(tr("not reset"));
        return;
    }
    runReset(name, false);
}

void MigrationsPanel::runReset(const QString &name, bool force)
{
    const int job = ++m_job;
    setBusy(true);
    const QString conninfo = effectiveConninfo(), folder = m_folder;
    db::ResetOptions options;
    options.confirmedName = name;
    options.force = force;
    options.alembicEnvironment = alembicEnvironmentFolder(folder);
    options.progress = logFromWorker();
    using Outcome = QPair<QString, QString>;  // the revision reached, or the code of the refusal
    runInBackground<Outcome>(
        this,
        [conninfo, folder, options] {
            try {
                return Outcome{db::resetDatabase(conninfo, readMigrationScripts(resolveVersionsFolder(folder)), options).value_or(QStringLiteral("base")), {}};
            } catch (const SchemaError &e) {
                if (e.problem().code != QLatin1String("not-local"))
                    throw;
                return Outcome{e.problem().text(), e.problem().code};
            }
        },
        [this, job, name](const Outcome &outcome, const QString &error) {
            if (job != m_job)
                return;
            setBusy(false);
            if (outcome.second == QLatin1String("not-local")) {
                if (m_confirm(tr("%1.\nWipe it all the same?").arg(outcome.first), QString())) {
                    runReset(name, true);
                    return;
                }
                append(tr("Not reset."));
                emit resetFinished(tr("not reset"));
                return;
            }
            append(error.isEmpty() ? tr("Reset: the database is at %1.").arg(outcome.first) : error);
            emit resetFinished(error);
            refresh();
        });
}

void MigrationsPanel::cancel()
{
    if (m_canceller)
        m_canceller->cancel();  // the job ends with the statement's error, naming where the database is
    append(tr("Cancelling…"));
}

} // namespace sw::app
