#include "drift/driftwindow.h"

#include "ui_driftwindow.h"

#include "connections/sessionpasswords.h"
#include "drift/databaserepair.h"
#include "drift/historyrepair.h"
#include "alembicversion.h"
#include "shared/backgroundtask.h"
#include "drift/databaserepairdialog.h"
#include "drift/fixmigrationdialog.h"
#include "migration/migrationfolder.h"
#include "problem.h"
#include "drift/rowbrowser.h"
#include "chainproof.h"
#include "driftanalysis.h"

#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QPointer>


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
    m_ui->layout->setStretch(4, 1);  // the tree takes the height
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->refresh->setShortcut(QKeySequence::Refresh);
    connect(m_ui->refresh, &QPushButton::clicked, this, &DriftWindow::refresh);
    connect(m_ui->testConnection, &QPushButton::clicked, this, &DriftWindow::testConnection);
    connect(m_ui->cancel, &QPushButton::clicked, this, &DriftWindow::cancel);
    connect(m_ui->onlyDifferences, &QCheckBox::toggled, &m_filter, &DriftFilter::setOnlyDifferences);
    connect(m_ui->search, &QLineEdit::textChanged, &m_filter, &DriftFilter::setSearch);
    connect(m_ui->expandProblems, &QPushButton::clicked, this, &DriftWindow::expandToProblems);
    connect(m_ui->tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &DriftWindow::showDetails);
    connect(m_ui->compareWith, &QComboBox::currentIndexChanged, this, &DriftWindow::showReport);
    connect(m_ui->repairDatabase, &QPushButton::clicked, this, &DriftWindow::openRepair);
    connect(m_ui->fixChain, &QPushButton::clicked, this, &DriftWindow::openChainFix);
    connect(m_ui->takeIntoDesign, &QPushButton::clicked, this, &DriftWindow::takeDatabaseVersion);
    connect(m_ui->applyToHead, &QPushButton::clicked, this, [this] { emit applyRequested(m_ui->database->text().trimmed()); });
    connect(m_ui->detectRevision, &QPushButton::clicked, this, [this] { emit detectRevisionRequested(m_ui->database->text().trimmed()); });
    connect(m_ui->exportDesign, &QPushButton::clicked, this, &DriftWindow::exportRequested);
    connect(m_ui->takeColumnOrder, &QPushButton::clicked, this, [this] { emit columnOrderTaken(databaseColumnOrders()); });
    connect(m_ui->browseRows, &QPushButton::clicked, this, &DriftWindow::openRows);
    connect(m_ui->verify, &QPushButton::clicked, this, &DriftWindow::verify);
    // A new tree has no selection: the side pane must not describe a node of the old one.
    connect(&m_model, &QAbstractItemModel::modelReset, m_ui->details, &QTextBrowser::clear);
    // A long error wraps in the status line (whole in its tooltip) instead of widening the window.
    m_ui->status->setWordWrap(true);
    m_ui->status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_ui->status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    showSituation();
}

DriftWindow::~DriftWindow() = default;

void DriftWindow::setConninfo(const QString &conninfo) { m_ui->database->setText(conninfo); }
void DriftWindow::setSource(Source source) { m_ui->compareWith->setCurrentIndex(source == Source::Design ? 0 : 1); }
bool DriftWindow::isBusy() const { return m_ui->progress->isVisible(); }

void DriftWindow::setBusy(bool busy, const QString &status)
{
    m_ui->progress->setRange(0, 0);   // busy, until work that counts its steps says how far it is
    m_ui->progress->setVisible(busy);
    m_ui->cancel->setEnabled(busy);
    m_ui->refresh->setEnabled(!busy);
    m_ui->verify->setEnabled(!busy);
    m_ui->status->setText(status);
}

// A result that arrives after a cancel or a newer refresh is dropped.
void DriftWindow::runInBackground(const Work &work, const std::function<void(const db::DriftDiagnosis &)> &done)
{
    const int job = ++m_job;
    auto canceller = std::make_shared<db::QueryCanceller>();
    m_canceller = canceller;
    app::runInBackground<db::DriftDiagnosis>(
        this,
        [work, canceller] {
            db::DriftDiagnosis diagnosis;
            const QString failure = work(&diagnosis, canceller.get());
            if (!failure.isEmpty())
                throw SchemaError(QStringLiteral("failed"), failure);
            return diagnosis;
        },
        [this, job, done](const db::DriftDiagnosis &report, const QString &error) {
            if (job != m_job) {
                emit staleResultDropped();
                return;
            }
            m_canceller.reset();
            setBusy(false, {});
            if (error.isEmpty()) {
                done(report);
            } else {
                showFailure(error);
                if (wantsPassword(error))
                    askForPassword(this, m_ui->database->text().trimmed(), error, [this] { refresh(); });
            }
            emit refreshed();
        });
}

// A failed refresh leaves no tree that looks current.
void DriftWindow::showFailure(const QString &error)
{
    m_model.clear();
    m_diagnosis = {};
    m_read = false;
    m_report = {};
    m_ui->situation->setText(tr("Not read: %1").arg(error));
    for (QPushButton *b : {m_ui->applyToHead, m_ui->detectRevision, m_ui->repairDatabase, m_ui->fixChain, m_ui->takeIntoDesign, m_ui->exportDesign,
                           m_ui->takeColumnOrder})
        b->hide();
    m_ui->status->setText(error);
    m_ui->status->setToolTip(error);
}

QString DriftWindow::effectiveConninfo() const
{
    return withSessionPassword(m_ui->database->text().trimmed());
}

void DriftWindow::refresh()
{
    setBusy(true, tr("Reading the database and building the migration chain in a scratch database…"));
    const QString conninfo = effectiveConninfo();
    const Project design = m_design;
    const QString folder = m_folder;
    runInBackground(
        [conninfo, design, folder](db::DriftDiagnosis *diagnosis, db::QueryCanceller *canceller) {
            db::Connection connection(conninfo);
            const db::QueryCanceller::Scope cancellable(canceller, connection);
            const QString versions = folder.isEmpty() ? QString() : resolveVersionsFolder(folder);
            const QList<MigrationScript> scripts = !versions.isEmpty() && QDir(versions).exists() ? readMigrationScripts(versions) : QList<MigrationScript>();
            *diagnosis = db::diagnoseDrift(connection, design, scripts, alembicEnvironmentFolder(folder));
            return QString();
        },
        [this](const db::DriftDiagnosis &diagnosis) {
            m_diagnosis = diagnosis;
            m_read = true;
            showReport();
        });
}

// The tree shows the comparison chosen; the situation stays what it is.
void DriftWindow::showReport()
{
    if (isBusy())
        return;
    const bool againstMigrations = m_ui->compareWith->currentIndex() == 1;
    m_report = againstMigrations ? m_diagnosis.againstChain : m_diagnosis.againstDesign;
    m_model.setReport(m_report, databaseName());
    // The status line counts what the tree's root counts.
    const int problems = m_model.problemCount();
    m_ui->status->setText(problems == 0 ? tr("In step: no difference, no inconsistency.") : tr("%n problem(s)", nullptr, problems));
    m_ui->status->setToolTip({});
    m_ui->tree->expandToDepth(1);
    expandToProblems();
    showSituation();   // what it says of the tree, the tree now shown
}

void DriftWindow::showTable(const QString &schema, const QString &table)
{
    const QModelIndex index = m_filter.mapFromSource(m_model.tableIndex(schema, table));
    if (index.isValid()) {
        m_ui->tree->setCurrentIndex(index);
        m_ui->tree->scrollTo(index);
        m_ui->tree->expand(index);
    }
    show();
    raise();
    activateWindow();
}

QString DriftWindow::databaseName() const
{
    return conninfoDisplayName(m_ui->database->text());
}

QString DriftWindow::situationText() const { return m_ui->situation->text(); }

void DriftWindow::showSituation()
{
    const db::DriftDiagnosis &d = m_diagnosis;
    const QString current = d.recorded.isEmpty() ? tr("no revision") : d.recorded.join(QStringLiteral(", "));
    const QString database = databaseName();
    QString text;
    QList<QPushButton *> offered;
    switch (d.situation) {
    case DriftSituation::InStep:
        // The banner agrees with the tree shown below it.
        if (m_design.tables.isEmpty() && !d.againstDesign.items.isEmpty() && m_ui->compareWith->currentIndex() == 0) {
            text = tr("The design is empty: the tree lists what database %1 holds and the design does not yet. Take the database's "
                      "version into the design to start from it (undoable).").arg(database);
            offered = {m_ui->takeIntoDesign};
        } else if (const int shown = m_model.problemCount(); shown > 0) {
            text = d.head.isEmpty() ? tr("No error: database %1 is as designed, apart from %n warning(s) or note(s) in the tree, which need no fix.",
                                         nullptr, shown).arg(database)
                                    : tr("No error: database %1 is at the folder's head %2, as the chain builds it and as designed, apart from "
                                         "%n warning(s) or note(s) in the tree, which need no fix.", nullptr, shown).arg(database, d.head);
        } else {
            text = d.head.isEmpty() ? tr("In step: database %1 is as designed.").arg(database)
                                    : tr("In step: database %1 is at the folder's head %2, as the chain builds it and as designed.").arg(database, d.head);
        }
        break;
    case DriftSituation::OutOfStep:
        if (d.ahead) {
            text = tr("Database %1 is ahead of the migration folder: it is at %2, which this folder does not have yet (its head is %3). "
                      "It was migrated from a newer checkout: update the folder, or roll it back from the checkout that has %2. "
                      "Nothing here needs a migration.").arg(database, current, d.head);
            offered = {m_ui->detectRevision};
        } else if (!d.recorded.isEmpty() && std::none_of(d.againstChain.items.begin(), d.againstChain.items.end(), [](const DriftItem &i) {
                       return i.finding.code == QLatin1String("revision-behind");
                   })) {
            text = tr("Database %1 records %2, which this migration folder does not have (its head is %3): another branch, or the version "
                      "mismatch the guide's fix_alembic_version.py repairs. Detect the revision whose schema the database has, and stamp it.")
                       .arg(database, current, d.head);
            offered = {m_ui->detectRevision};
        } else {
            text = tr("Database %1 is behind the migration folder: it is at %2, the folder's head is %3. Nothing needs repairing: apply "
                      "the pending migrations. (If its schema is already newer than alembic_version says, Detect revision finds the revision it has.)")
                       .arg(database, current, d.head);
            offered = {m_ui->applyToHead, m_ui->detectRevision};
        }
        break;
    case DriftSituation::ChainFault:
        text = tr("The migration chain itself builds this: a database built from the folder in a scratch database shows the same "
                  "%n problem(s), in %1. Fix it in the chain with a new migration, proven by verify before it is saved.", nullptr,
                  int(d.chainFaults.size())).arg(tablesWithDriftErrors(d.chainFaults).join(QStringLiteral(", ")));
        offered = {m_ui->fixChain};
        break;
    case DriftSituation::LocalDrift:
        text = tr("Database %1 was changed by hand: it is at the folder's head %2, but differs from what the chain builds, in %3. "
                  "Repair this database only; the migration folder is right. (If alembic_version is wrong instead, Detect revision "
                  "finds the revision whose schema the database has.)")
                   .arg(database, d.head, tablesWithDriftErrors(d.againstChain.items).join(QStringLiteral(", ")));
        offered = {m_ui->repairDatabase, m_ui->detectRevision};
        break;
    case DriftSituation::DesignDiffers:
        text = tr("Database %1 is in step with the migration folder, but the design differs, in %2. Take the database's version into "
                  "the design (undoable), or export the design's change as a migration.")
                   .arg(database, tablesWithDriftErrors(d.againstDesign.items).join(QStringLiteral(", ")));
        offered = {m_ui->takeIntoDesign, m_ui->exportDesign};
        break;
    case DriftSituation::Undetermined:
        text = tr("Database %1 is at the folder's head %2 and has problems, shown below; whether this database or the migration chain "
                  "is at fault needs the chain built in a scratch database, which failed: %3").arg(database, d.head, d.chainUnavailable);
        break;
    }
    if (!d.chainUnavailable.isEmpty() && d.situation != DriftSituation::Undetermined)
        text += QLatin1Char(' ') + tr("(The migration chain could not be built to compare: %1)").arg(d.chainUnavailable);
    const bool read = m_read;
    m_ui->situation->setText(read ? text : tr("Refresh reads the database and says where it stands."));
    for (QPushButton *b : {m_ui->applyToHead, m_ui->detectRevision, m_ui->repairDatabase, m_ui->fixChain, m_ui->takeIntoDesign, m_ui->exportDesign})
        b->setVisible(read && offered.contains(b));
    // Whatever the situation: the order is a note, and the design can take it.
    m_ui->takeColumnOrder->setVisible(read && m_ui->compareWith->currentIndex() == 0 && !databaseColumnOrders().isEmpty());
}

QList<ColumnOrder> DriftWindow::databaseColumnOrders() const
{
    QList<ColumnOrder> orders;
    for (const DriftItem &item : m_diagnosis.againstDesign.items)
        if (item.finding.code == QLatin1String("column-order"))
            orders << ColumnOrder{item.schema, item.table, item.actual.split(QStringLiteral(", "))};
    return orders;
}

QString DriftWindow::status() const { return m_ui->status->text(); }

void DriftWindow::testConnection()
{
    setBusy(true, tr("Connecting…"));
    const QString conninfo = effectiveConninfo();
    auto answer = std::make_shared<QString>();
    runInBackground(
        [conninfo, answer](db::DriftDiagnosis *, db::QueryCanceller *canceller) {
            db::Connection connection(conninfo);
            const db::QueryCanceller::Scope cancellable(canceller, connection);
            const QStringList revisions = db::recordedRevisions(connection);
            *answer = tr("Connected: PostgreSQL %1, alembic_version %2")
                          .arg(connection.serverVersion(), revisions.isEmpty() ? tr("none") : revisions.join(QStringLiteral(", ")));
            return QString();
        },
        [this, answer](const db::DriftDiagnosis &) { m_ui->status->setText(*answer); });
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

// Two definitions in two columns, line against line; a line the other side
// does not have is marked.
QString DriftWindow::sideBySide(const QString &left, const QString &right, const QString &leftTitle, const QString &rightTitle)
{
    const QStringList a = left.split(QLatin1Char('\n')), b = right.split(QLatin1Char('\n'));
    const auto cell = [](const QString &line, bool alone) {
        return QStringLiteral("<td style=\"font-family: monospace; white-space: pre;%1\">%2</td>")
            .arg(alone ? QStringLiteral(" background-color: #fbe3c2;") : QString(), line.toHtmlEscaped());
    };
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\" width=\"100%\"><tr><th align=\"left\">%1</th><th align=\"left\">%2</th></tr>")
                       .arg(leftTitle.toHtmlEscaped(), rightTitle.toHtmlEscaped());
    for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i)
        html += QStringLiteral("<tr>") + cell(a.value(i), i < a.size() && !b.contains(a.at(i))) + cell(b.value(i), i < b.size() && !a.contains(b.at(i)))
            + QStringLiteral("</tr>");
    return html + QStringLiteral("</table>");
}

void DriftWindow::showDetails()
{
    const QModelIndex index = selectedSource();
    QString text = index.data().toString() + QStringLiteral("\n") + index.siblingAtColumn(1).data().toString();
    const QString tooltip = index.data(Qt::ToolTipRole).toString();
    if (!tooltip.isEmpty())
        text += QStringLiteral("\n\n") + tooltip;
    const QString design = index.data(DriftTreeModel::DesignDefinitionRole).toString();
    const QString database = index.data(DriftTreeModel::DatabaseDefinitionRole).toString();
    if (design.isEmpty() && database.isEmpty())
        m_ui->details->setPlainText(text);
    else
        m_ui->details->setHtml(QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")))
                               + sideBySide(design, database, tr("In the design (as the server makes it)"), tr("In the database")));
}

MigrationPlan DriftWindow::repairPlan() const
{
    const db::DriftReport &chain = m_diagnosis.againstChain;
    return planDatabaseRepair(chain.expected, chain.actual, chain.live, db::schemaItems(chain.items));
}

// What the chain builds is repaired from the tables as the chain builds them.
MigrationPlan DriftWindow::chainFixPlan() const
{
    return planHistoryRepairs(m_diagnosis.built, m_diagnosis.chainFaults);
}

void DriftWindow::openRepair()
{
    auto *dialog = new DatabaseRepairDialog(repairPlan(), effectiveConninfo(), databaseName(), m_folder.isEmpty() ? QString() : resolveVersionsFolder(m_folder), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DatabaseRepairDialog::ran, this, [this](const QString &error) {
        if (error.isEmpty())
            refresh();
    });
    dialog->open();
}

void DriftWindow::openChainFix()
{
    const QStringList tables = tablesWithDriftErrors(m_diagnosis.chainFaults);
    auto *dialog = new FixMigrationDialog(chainFixPlan(), QStringLiteral("repair_%1_history").arg(tables.value(0).section(QLatin1Char('.'), -1)), m_folder, this);
    dialog->setProveBeforeSaving(true);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

// The design's ids and spelling are kept where the database agrees, so the
// undo stack and the preview see only what really changes.
void DriftWindow::takeDatabaseVersion()
{
    setBusy(true, tr("Reading the database into the design…"));
    const QString conninfo = effectiveConninfo();
    const Project design = m_design;
    auto taken = std::make_shared<Project>();
    auto schemas = std::make_shared<QStringList>(design.schemas());
    auto refusal = std::make_shared<QString>();
    runInBackground(
        [conninfo, design, taken, schemas, refusal](db::DriftDiagnosis *, db::QueryCanceller *canceller) {
            db::Connection connection(conninfo);
            const db::QueryCanceller::Scope cancellable(canceller, connection);
            if (schemas->isEmpty())  // an empty design takes what the database has, as the tree shows it
                *schemas = db::userSchemas(connection);
            const db::ImportResult imported = db::importSchema(connection, {*schemas, &design, db::ImportDepth::DesignOnly});
            // Taken whole or not at all: a table without what the import left out would lose it from the design.
            if (!imported.warnings.isEmpty())
                *refusal = tr("Not taken: the database holds what a design cannot hold yet, which the design would lose:\n%1")
                               .arg(imported.warnings.join(QLatin1Char('\n')));
            *taken = imported.project;
            return QString();
        },
        [this, taken, schemas, refusal](const db::DriftDiagnosis &) {
            if (!refusal->isEmpty()) {
                m_ui->status->setText(*refusal);
                return;
            }
            m_ui->status->setText(tr("The design now has the database's version; Undo takes it back."));
            emit databaseVersionTaken(*taken, *schemas);
        });
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

// On a throwaway server: verify wipes the database it works on. By default
// only the migrations this database has not had yet (after its recorded
// revision), the new ones of a branch; "Whole chain" checks from base.
void DriftWindow::verify()
{
    const QString folder = m_folder;
    const QString since = m_ui->verifyWholeChain->isChecked() ? QString() : newMigrationsStart();
    setBusy(true, since.isEmpty() ? tr("Verifying every migration on a throwaway PostgreSQL…")
                                  : tr("Verifying the migrations after %1, the database's revision, on a throwaway PostgreSQL…").arg(since));
    auto lines = std::make_shared<QStringList>();
    const int job = m_job + 1;   // the id runInBackground gives it
    QPointer<DriftWindow> guard(this);
    const auto progress = [guard, job](int done, int total) {
        QMetaObject::invokeMethod(qApp, [guard, job, done, total] {
            if (!guard || guard->m_job != job)
                return;
            guard->m_ui->progress->setRange(0, total);
            guard->m_ui->progress->setValue(done);
            emit guard->verifyProgressed(done, total);
        }, Qt::QueuedConnection);
    };
    runInBackground(
        [folder, since, lines, progress](db::DriftDiagnosis *, db::QueryCanceller *canceller) {
            db::VerifyOptions options;
            options.alembicEnvironment = alembicEnvironmentFolder(folder);
            options.progress = progress;
            const QList<MigrationScript> scripts = readMigrationScripts(resolveVersionsFolder(folder));
            try {
                db::firstVerifiedMigration(scripts, since);
                options.since = since;
            } catch (const SchemaError &) {
                // The database's revision is not one this folder has after all: the whole chain.
            }
            const db::ChainProof proof = db::verifyOnThrowawayServer(scripts, options, canceller);
            if (!options.since.isEmpty())
                *lines << tr("Checked the migrations after %1, the database's revision; tick Whole chain to check every one.").arg(since);
            *lines << proof.lines;
            return proof.passed ? QString() : tr("Verification failed.");
        },
        [this, lines](const db::DriftDiagnosis &) { m_ui->status->setText(tr("Verification passed.")); });
    connect(this, &DriftWindow::refreshed, this, [this, lines] { m_ui->details->setPlainText(lines->join(QLatin1Char('\n'))); }, Qt::SingleShotConnection);
}

// The revision this database records, when the folder has migrations after it.
QString DriftWindow::newMigrationsStart() const
{
    if (!m_read || m_diagnosis.recorded.size() != 1 || m_diagnosis.ahead || m_diagnosis.recorded.first() == m_diagnosis.head)
        return {};
    return m_diagnosis.recorded.first();
}

} // namespace sw::app
