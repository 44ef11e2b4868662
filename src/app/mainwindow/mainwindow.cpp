#include "mainwindow/mainwindow.h"

#include "ui_mainwindow.h"

#include "mainwindow/baselineimport.h"
#include "connections/sessionpasswords.h"
#include "conventions.h"
#include "document/designcommands.h"
#include "diagram/diagrampanel.h"
#include "diagram/diagramscene.h"
#include "types/typesdialog.h"
#include "drift/driftwindow.h"
#include "mainwindow/example.h"
#include "export/exportdialog.h"
#include "migrations/migrationspanel.h"
#include "shared/migrationhighlighter.h"
#include "model/validation.h"
#include "preview/findingssummary.h"
#include "preview/lockgutter.h"
#include "startup/resources.h"
#include "sqlobjects/sqlobjectspanel.h"
#include "tableeditor/tableeditor.h"

#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>

namespace sw::app {

namespace {

void showError(QWidget *parent, const QString &title, const QString &text)
{
    // Window-modal, not exec(): the event loop keeps running (autosave, tests).
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_tables(&m_document), m_editor(new TableEditor(&m_document))
{
    initResources();
    m_ui->setupUi(this);
    setUpCentre();
    m_sqlObjects = new SqlObjectsPanel(&m_document, [this] { return m_connection.effectiveConninfo(); }, this);
    m_ui->tablesLayout->addWidget(m_sqlObjects);
    m_filteredTables.setSourceModel(&m_tables);
    m_filteredTables.setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_ui->tableList->setModel(&m_filteredTables);
    m_ui->preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // A long finding wraps; past eight lines it is cut, and whole in the tooltip.
    m_ui->notes->setMaximumHeight(m_ui->notes->fontMetrics().lineSpacing() * 8);
    showAutosaveProblems();
    new MigrationHighlighter(m_ui->preview->document());
    // The locks of the preview's statements, in a margin beside it.
    m_lockGutter = new LockGutter(m_ui->preview, this);
    auto *previewRow = new QHBoxLayout;
    previewRow->setSpacing(0);
    const int previewAt = m_ui->previewLayout->indexOf(m_ui->preview);
    m_ui->previewLayout->removeWidget(m_ui->preview);
    previewRow->addWidget(m_lockGutter);
    previewRow->addWidget(m_ui->preview);
    m_ui->previewLayout->insertLayout(previewAt, previewRow);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->splitter->setStretchFactor(2, 2);

    connect(m_ui->tableFilter, &QLineEdit::textChanged, &m_filteredTables, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_ui->schemaFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filteredTables.setSchema(m_ui->schemaFilter->currentData().toString()); });
    connect(m_ui->tableList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                m_editor->setTableId(current.data(Qt::UserRole).toString());
                m_diagram->selectTable(current.data(Qt::UserRole).toString());
            });
    connect(m_diagram, &DiagramPanel::tableSelected, this, &MainWindow::selectTable);
    connect(m_diagram, &DiagramPanel::tableActivated, this, [this](const QString &tableId) {
        selectTable(tableId);
        m_editor->setFocus();
    });
    connect(m_diagram, &DiagramPanel::addTableRequested, this, [this](const QPointF &at) { selectTable(addTableAt(at)); });
    connect(&m_document, &DesignDocument::changed, this, &MainWindow::refresh);
    connect(&m_preview, &PreviewPlanner::ready, this, &MainWindow::showDraft);
    connect(&m_connection, &CurrentConnection::changed, this, &MainWindow::currentConnectionChanged);
    // Another project: its connections offered, and the one chosen when it was last open.
    connect(&m_document, &DesignDocument::reloaded, this, [this] {
        forgetDriftOnDiagram();  // another project's tables, were they named the same
        fillConnectionChoice();
        m_connection.restore(m_document.path(), offeredConnections(), m_document.project().connections);
        if (m_migrations && m_migrations->isVisible())
            showMigrations();  // this project's folder, on this project's connection
    });
    connect(m_document.undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
    setUpActions();
    addHouseRulesAction();
    addMergeConflictsAction();
    m_connection.restore({}, offeredConnections(), {});

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))  // a first start on a small screen
        resize(sizeHint().boundedTo(screen()->availableGeometry().size()).expandedTo(minimumSizeHint()));
    m_ui->splitter->restoreState(settings.value(QStringLiteral("mainWindow/splitter")).toByteArray());
    if (!m_centre->restoreState(settings.value(QStringLiteral("mainWindow/centreSplitter")).toByteArray()))
        m_centre->setSizes({600, 400});  // the diagram first
    refresh();
}

// The diagram is the main view, the editor of its selected table under it.
void MainWindow::setUpCentre()
{
    m_diagram = new DiagramPanel(&m_document, this);
    m_centre = new QSplitter(Qt::Vertical, this);
    m_centre->setObjectName(QStringLiteral("centreSplitter"));
    m_centre->addWidget(m_diagram);
    // Scrolled rather than squeezed: the diagram may take most of the height.
    auto *editorScroll = new QScrollArea(this);
    editorScroll->setWidget(m_editor);
    editorScroll->setWidgetResizable(true);
    editorScroll->setFrameShape(QFrame::NoFrame);
    m_centre->addWidget(editorScroll);
    // The splitter may take height from the diagram (down to its tool row), not
    // from the editor's fields and grid rows: on a small screen the editor stays usable.
    editorScroll->setMinimumHeight(m_editor->minimumSizeHint().height());
    m_diagram->setMinimumHeight(m_diagram->toolRowHeight());
    m_centre->setCollapsible(1, false);
    m_centre->setStretchFactor(0, 3);
    m_centre->setStretchFactor(1, 2);
    m_ui->editorLayout->addWidget(m_centre);
}

MainWindow::~MainWindow()
{
    // The drift windows are children, deleted after this window's members: what
    // they signal on their way out must not reach a diagram already gone.
    for (const QPointer<DriftWindow> &window : std::as_const(m_driftWindows))
        if (window)
            window->disconnect(this);
}

void MainWindow::setUpActions()
{
    QAction *undo = m_document.undoStack()->createUndoAction(this, tr("&Undo"));
    QAction *redo = m_document.undoStack()->createRedoAction(this, tr("&Redo"));
    undo->setShortcut(QKeySequence::Undo);
    redo->setShortcut(QKeySequence::Redo);
    m_ui->menuEdit->insertActions(m_ui->actionAddTable, {undo, redo});
    m_ui->menuEdit->insertSeparator(m_ui->actionAddTable);
    setUpFileActions();
    setUpEditActions();
    setUpToolBarAndHelp(undo, redo, setUpDatabaseMenu());
}

void MainWindow::setUpFileActions()
{
    m_ui->actionNew->setShortcut(QKeySequence::New);
    m_ui->actionOpen->setShortcut(QKeySequence::Open);
    m_ui->actionSave->setShortcut(QKeySequence::Save);
    m_ui->actionSaveAs->setShortcut(QKeySequence::SaveAs);
    m_ui->actionExport->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    m_ui->actionAddTable->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_recentMenu = new QMenu(tr("Open &Recent"), this);
    m_ui->menuFile->insertMenu(m_ui->actionSave, m_recentMenu);
    rebuildRecentMenu();

    connect(m_ui->actionNew, &QAction::triggered, this, [this] {
        if (maybeSave())
            m_document.reset();
    });
    connect(m_ui->actionOpen, &QAction::triggered, this, &MainWindow::chooseProject);
    auto *fromDatabase = new QAction(tr("New Project from &Database…"), this);
    fromDatabase->setObjectName(QStringLiteral("actionNewFromDatabase"));
    fromDatabase->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    fromDatabase->setToolTip(tr("A new project holding the tables of a database's schemas, as schemawright-cli import reads them"));
    m_ui->menuFile->insertAction(m_ui->actionOpen, fromDatabase);
    connect(fromDatabase, &QAction::triggered, this, [this] { newProjectFromDatabase(); });
    QAction *openExample = new QAction(tr("Open &Example"), this);
    openExample->setToolTip(tr("A copy of the bundled example, with its migrations, to edit and export into"));
    m_ui->menuFile->insertAction(m_ui->actionSave, openExample);
    connect(openExample, &QAction::triggered, this, &MainWindow::openExample);
    connect(m_ui->actionSave, &QAction::triggered, this, &MainWindow::save);
    connect(m_ui->actionSaveAs, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save project"), m_document.path(), tr("Schemawright projects (*.json)"));
        if (!path.isEmpty())
            saveProjectAs(path);
    });
    connect(m_ui->actionExport, &QAction::triggered, this, &MainWindow::exportMigration);
    QAction *exportDiagram = new QAction(tr("Export &Diagram…"), this);
    exportDiagram->setObjectName(QStringLiteral("actionExportDiagram"));
    exportDiagram->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    exportDiagram->setToolTip(tr("The diagram as an SVG drawing or a PNG image"));
    m_ui->menuFile->insertAction(m_ui->actionQuit, exportDiagram);
    m_ui->menuFile->insertSeparator(m_ui->actionQuit);
    connect(exportDiagram, &QAction::triggered, m_diagram, &DiagramPanel::chooseExportFile);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
}

void MainWindow::setUpEditActions()
{
    connect(m_ui->actionAddTable, &QAction::triggered, this, [this] { selectTable(addTable(tr("new_table"))); });
    m_ui->actionTypes->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y));
    connect(m_ui->actionTypes, &QAction::triggered, this, [this] { TypesDialog(&m_document, this).exec(); });
    m_productionSafe = m_ui->menuEdit->addAction(tr("&Production-Safe Migrations"));
    m_productionSafe->setObjectName(QStringLiteral("actionProductionSafe"));
    m_productionSafe->setCheckable(true);
    m_productionSafe->setToolTip(tr("Each migration sets lock_timeout first: it gives up rather than make every query on a busy table wait behind it"));
    connect(m_productionSafe, &QAction::triggered, this, [this](bool on) {
        m_document.undoStack()->push(productionSafeCommand(&m_document, on ? std::optional<ProductionSafety>(ProductionSafety{}) : std::nullopt,
                                                                  on ? tr("Write production-safe migrations") : tr("Write plain migrations")));
    });
    m_historyPerStatement = m_ui->menuEdit->addAction(tr("Write History Once per &Statement by Default"));
    m_historyPerStatement->setObjectName(QStringLiteral("actionHistoryPerStatement"));
    m_historyPerStatement->setCheckable(true);
    m_historyPerStatement->setToolTip(tr("For tables that do not say otherwise: the same history rows, faster for statements that touch many rows"));
    connect(m_historyPerStatement, &QAction::triggered, this, [this](bool on) {
        m_document.undoStack()->push(defaultHistoryModeCommand(&m_document, on ? QStringLiteral("statement") : QString()));
    });
    connect(m_ui->addTable, &QPushButton::clicked, m_ui->actionAddTable, &QAction::trigger);
    connect(m_ui->actionRemoveTable, &QAction::triggered, this, [this] {
        if (!m_editor->tableId().isEmpty())
            m_document.undoStack()->push(new RemoveTableCommand(&m_document, m_editor->tableId()));
    });
    connect(m_ui->removeTable, &QPushButton::clicked, m_ui->actionRemoveTable, &QAction::trigger);
}

// Returns the drift action, which the tool bar shows too.
QAction *MainWindow::setUpDatabaseMenu()
{
    QMenu *database = menuBar()->addMenu(tr("&Database"));
    QAction *drift = database->addAction(tr("&Drift and Checks…"), this, [this] {
        openDriftWindow(m_connection.conninfo());
    });
    drift->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    QAction *migrations = database->addAction(tr("&Migrations"), this, [this] { showMigrations(); });
    migrations->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    database->addAction(tr("Take &Baseline from Database…"), this, [this] {
        // Nothing designed yet: a baseline alone would make a migration that drops every table it has.
        if (m_document.project().tables.isEmpty() && m_document.project().sqlObjects.isEmpty())
            return newProjectFromDatabase(tr("The design is empty: with a database as its baseline alone, the migration would drop every "
                                             "table the database has. A new project from the database takes its tables into the design, "
                                             "and the database as the baseline."));
        auto *ask = new QInputDialog(this);
        ask->setAttribute(Qt::WA_DeleteOnClose);
        ask->setWindowTitle(tr("Take Baseline from Database"));
        ask->setLabelText(tr("The database the migrations will run on (a libpq connection string; a password is asked for when the server wants one):"));
        ask->setTextValue(m_connection.conninfo());
        connect(ask, &QInputDialog::textValueSelected, this, &MainWindow::takeBaselineFrom);
        ask->open();
    });
    return drift;
}

bool MainWindow::openProject(const QString &path)
{
    try {
        m_document.load(path);
    } catch (const SchemaError &e) {
        showError(this, tr("Cannot open project"), e.problem().text());
        return false;
    }
    if (m_document.hasNewerAutosave(path)
        && QMessageBox::question(this, tr("Recover unsaved changes?"),
                                 tr("Schemawright was closed without saving %1. Recover the unsaved changes?").arg(QFileInfo(path).fileName()))
            == QMessageBox::Yes) {
        try {
            m_document.recoverAutosave(path);
        } catch (const SchemaError &e) {
            showError(this, tr("Cannot recover"), e.problem().text());
        }
    }
    rememberRecent(path);
    if (!m_document.project().tables.isEmpty())
        selectTable(m_document.project().tables.first().id);
    updateTitle();
    return true;
}

bool MainWindow::saveProjectAs(const QString &path)
{
    try {
        m_document.save(path);
    } catch (const SchemaError &e) {
        showError(this, tr("Cannot save project"), e.problem().text());
        return false;
    }
    rememberRecent(path);
    m_connection.keepFor(path);
    updateTitle();
    return true;
}

bool MainWindow::save()
{
    if (!m_document.path().isEmpty())
        return saveProjectAs(m_document.path());
    const QString path = QFileDialog::getSaveFileName(this, tr("Save project"), QString(), tr("Schemawright projects (*.json)"));
    return !path.isEmpty() && saveProjectAs(path);
}

void MainWindow::takeBaselineFrom(const QString &conninfo)
{
    auto *import = new BaselineImport(this);
    statusBar()->showMessage(tr("Reading the database…"));
    connect(import, &BaselineImport::finished, this, [this, import](const Baseline &baseline, const QString &database) {
        m_document.undoStack()->push(baselineCommand(&m_document, baseline, database));
        statusBar()->showMessage(tr("The baseline is now database %1.").arg(database), 10000);
        import->deleteLater();
        emit baselineTaken();
    });
    connect(import, &BaselineImport::failed, this, [this, import, conninfo](const QString &message) {
        statusBar()->clearMessage();
        import->deleteLater();
        if (wantsPassword(message))
            askForPassword(this, conninfo, message, [this, conninfo] { takeBaselineFrom(conninfo); });
        else
            showError(this, tr("Cannot read the database"), message);
        emit baselineTaken();
    });
    import->start(withSessionPassword(conninfo), m_document.project());
}

QString MainWindow::previewText() const
{
    return m_ui->preview->toPlainText();
}

void MainWindow::selectTable(const QString &tableId)
{
    const QModelIndex index = m_filteredTables.mapFromSource(m_tables.indexOfTable(tableId));
    m_ui->tableList->setCurrentIndex(index);
    m_editor->setTableId(tableId);
}

QString MainWindow::addTable(const QString &name)
{
    Table table;
    table.id = newId(QStringLiteral("t"));
    table.name = name;
    // The conventions' required columns.
    table.columns = {Column{newId(QStringLiteral("c")), QStringLiteral("id"), QStringLiteral("bigserial"), false, std::nullopt, std::nullopt, {}, {}},
                     Column{newId(QStringLiteral("c")), QStringLiteral("created_at"), QStringLiteral("timestamptz"), false, QStringLiteral("now()"), std::nullopt, {}, {}},
                     Column{newId(QStringLiteral("c")), QStringLiteral("updated_at"), QStringLiteral("timestamptz"), false, QStringLiteral("now()"), std::nullopt, {}, {}}};
    table.primaryKey = QStringList{QStringLiteral("id")};
    table.historyMode = m_document.project().historyMode;  // the project's, until the table says its own
    m_document.undoStack()->push(new AddTableCommand(&m_document, table, int(m_document.project().tables.size())));
    return table.id;
}

QString MainWindow::addTableAt(const QPointF &diagramPosition)
{
    m_document.undoStack()->beginMacro(tr("Add table"));
    const QString id = addTable(tr("new_table"));
    const QPointF at(qRound(diagramPosition.x()), qRound(diagramPosition.y()));
    m_document.undoStack()->push(new SetLayoutCommand(&m_document, {{id, at}}, tr("Place table")));
    m_document.undoStack()->endMacro();
    return id;
}

// One code path: the preview is the file `generate` would write.
// The schemas list: every schema of the design with its number of tables.
void MainWindow::showSchemas()
{
    // The count says what it counts: "All schemas (231)" read as 231 schemas.
    QList<QPair<QString, QString>> entries{{tr("All schemas: %n table(s)", "", int(m_document.project().tables.size())), QString()}};
    for (const QString &schema : m_document.project().schemas()) {
        const auto count = std::count_if(m_document.project().tables.begin(), m_document.project().tables.end(),
                                         [&](const Table &t) { return t.schema == schema; });
        entries.append({tr("%1: %n table(s)", "", int(count)).arg(schema), schema});
    }
    QComboBox *box = m_ui->schemaFilter;
    bool same = box->count() == entries.size();
    for (int i = 0; same && i < entries.size(); ++i)
        same = box->itemText(i) == entries.at(i).first && box->itemData(i).toString() == entries.at(i).second;
    if (same)
        return;
    const QString chosen = box->currentData().toString();
    const QSignalBlocker blocker(box);
    box->clear();
    for (const auto &[text, schema] : entries)
        box->addItem(text, schema);
    box->setCurrentIndex(std::max(0, box->findData(chosen)));
    box->setToolTip(tr("Schemas, each with its number of tables: the list below shows the tables of the one chosen"));
    m_filteredTables.setSchema(box->currentData().toString());
}

// The adoption path of a database that was not built by the house rules: every table (not
// the partitions, whose parent keeps their history) gets its history and its updated_at
// trigger, in one undo step whose migration makes them.
void MainWindow::addHouseRulesAction()
{
    QAction *adopt = m_ui->menuEdit->addAction(tr("Put Every Table under the &House Rules"));
    adopt->setObjectName(QStringLiteral("actionHouseRules"));
    adopt->setToolTip(tr("History and the updated_at trigger for every table that goes without them, in one step you can undo"));
    connect(adopt, &QAction::triggered, this, [this] {
        QList<std::pair<Table, Table>> edits;
        QStringList left;  // tables that cannot keep history as the conventions make it, and why
        for (const Table &t : m_document.project().tables) {
            const QString whyNot = t.history || t.isPartition() ? QString() : whyNoHistory(m_document.project(), t);
            if (!whyNot.isEmpty())
                left << tr("%1 (%2)").arg(t.name, whyNot);
            const bool withoutHistory = !t.history && !t.isPartition() && whyNot.isEmpty();
            const bool withoutUpdatedAt = !t.updatedAtTrigger && t.hasColumn(conventions::kUpdatedAtColumn);
            if (!withoutHistory && !withoutUpdatedAt)
                continue;
            Table ruled = t;
            ruled.history = ruled.history || withoutHistory;
            ruled.updatedAtTrigger = true;
            edits.append({t, ruled});
        }
        if (!left.isEmpty())
            statusBar()->showMessage(tr("%n table(s) keep no history: %1", nullptr, int(left.size())).arg(left.join(QStringLiteral("; "))));
        if (edits.isEmpty()) {
            if (left.isEmpty())
                statusBar()->showMessage(tr("Every table keeps its history and sets updated_at already."), 10000);
            return;
        }
        m_document.undoStack()->beginMacro(tr("Put %n table(s) under the house rules", nullptr, int(edits.size())));
        for (const auto &[before, after] : edits)
            m_document.undoStack()->push(new EditTableCommand(&m_document, before, after, tr("Put %1 under the house rules").arg(before.name)));
        m_document.undoStack()->endMacro();
    });
}

// A failed autosave stays in the status bar until one, or a save, succeeds: edits are not safe meanwhile.
void MainWindow::showAutosaveProblems()
{
    auto *label = new QLabel(this);
    label->setObjectName(QStringLiteral("autosaveProblem"));
    label->setStyleSheet(QStringLiteral("color: #b00020"));
    label->hide();
    statusBar()->addPermanentWidget(label);
    connect(&m_document, &DesignDocument::autosaveProblemChanged, label, [this, label] {
        const QString problem = m_document.autosaveProblem();
        label->setText(problem.isEmpty() ? QString() : tr("Autosave failed: your edits are not kept safe until you save (%1)").arg(problem));
        label->setToolTip(problem);
        label->setVisible(!problem.isEmpty());
    });
}

void MainWindow::refresh()
{
    showSchemas();
    m_historyPerStatement->setChecked(!m_document.project().historyMode.isEmpty());
    m_productionSafe->setChecked(m_document.project().productionSafe.has_value());
    std::optional<Problem> folderProblem;
    m_preview.request(m_document.project(), exportHeader(m_document.project(), QString(), exportFolder(), &folderProblem));
    if (folderProblem)
        statusBar()->showMessage(tr("Export refuses the migration folder: %1").arg(folderProblem->text()));
    updateTitle();
}

void MainWindow::showDraft(const MigrationDraft &draft, const QList<Problem> &problems)
{
    m_draft = draft;
    // Once the problems are gone, so is the message that export refused for them.
    if (m_draft.problems.isEmpty() && statusBar()->currentMessage() == m_cannotExportMessage)
        statusBar()->clearMessage();
    m_tables.setProblems(problems);
    m_editor->setProblems(problems);
    m_diagram->scene()->setProblems(problems);
    if (m_ui->preview->toPlainText() != m_draft.text)
        m_ui->preview->setPlainText(m_draft.text);
    m_lockGutter->setMarks(m_draft.locks);
    constexpr int kFindingLines = 5;  // the SQL keeps its room
    const FindingsSummary findings = summarizeFindings(m_draft.notes, m_draft.locks, kFindingLines);
    m_ui->notes->setText(findings.shown);
    m_ui->notes->setToolTip(findings.all);
}

QString MainWindow::documentName() const
{
    return m_document.path().isEmpty() ? tr("Untitled") : QFileInfo(m_document.path()).fileName();
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] - Schemawright").arg(documentName()));
    setWindowModified(m_document.isModified());
}

QString MainWindow::exportFolder() const
{
    if (m_document.path().isEmpty())
        return {};
    const QString remembered = QSettings().value(QStringLiteral("exportFolder/") + QFileInfo(m_document.path()).absoluteFilePath()).toString();
    if (!remembered.isEmpty())
        return remembered;
    // Next to the project: its Alembic environment, as in the bundled example.
    const QDir dir = QFileInfo(m_document.path()).dir();
    return dir.exists(QStringLiteral("versions")) ? dir.path() : dir.filePath(QStringLiteral("migrations"));
}

void MainWindow::setExportFolder(const QString &folder)
{
    QSettings().setValue(QStringLiteral("exportFolder/") + QFileInfo(m_document.path()).absoluteFilePath(), folder);
}

void MainWindow::exportMigration()
{
    m_preview.finish();  // the draft of the design as it is now, not a few keystrokes ago
    // Ctrl+E never does nothing: a design that cannot be exported says why and shows where.
    if (!m_draft.problems.isEmpty()) {
        const Problem &first = m_draft.problems.first();
        if (const Table *t = m_document.project().findTable(first.table, first.schema.isEmpty() ? QStringLiteral("public") : first.schema))
            selectTable(t->id);
        m_cannotExportMessage = tr("Cannot export: %1 (%n problem(s) to fix)", nullptr, int(m_draft.problems.size())).arg(first.text());
        statusBar()->showMessage(m_cannotExportMessage);
        return;
    }
    if (!m_draft.hasChange) {
        statusBar()->showMessage(tr("Nothing to export: no change since the last export."), 10000);
        return;
    }
    auto *dialog = new ExportDialog(&m_document, exportFolder(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportDialog::rebaseRequested, this, &MainWindow::showRebase);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        setExportFolder(dialog->folder());
        const QStringList paths = dialog->exportedPaths();
        statusBar()->showMessage(paths.size() == 1 ? tr("Wrote %1").arg(paths.first())
                                                   : tr("Wrote %1 and %n more migration(s)", nullptr, int(paths.size() - 1)).arg(paths.first()), 10000);
        if (dialog->applyAfterwards()) {
            showMigrations();
            m_migrations->run(Direction::Upgrade, QStringLiteral("head"));
        }
    });
    dialog->open();
}

void MainWindow::openExample()
{
    if (!maybeSave())
        return;
    try {
        openProject(copyOfExample(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/example")));
    } catch (const SchemaError &e) {
        QMessageBox::warning(this, tr("Cannot open the example"), e.problem().text());
    }
}

void MainWindow::chooseProject()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open project"), QFileInfo(m_document.path()).path(), tr("Schemawright projects (*.json)"));
    if (!path.isEmpty())
        openProject(path);
}

bool MainWindow::maybeSave()
{
    if (!m_document.isModified())
        return true;
    const auto answer = QMessageBox::question(this, tr("Unsaved changes"), tr("Save the changes to %1?").arg(documentName()),
                                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    return answer == QMessageBox::Discard || (answer == QMessageBox::Save && save());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/splitter"), m_ui->splitter->saveState());
    settings.setValue(QStringLiteral("mainWindow/centreSplitter"), m_centre->saveState());
    if (!m_document.path().isEmpty())
        QFile::remove(DesignDocument::autosavePath(m_document.path()));
    event->accept();
}

void MainWindow::rememberRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentProjects")).toStringList();
    recent.removeAll(QFileInfo(path).absoluteFilePath());
    recent.prepend(QFileInfo(path).absoluteFilePath());
    settings.setValue(QStringLiteral("recentProjects"), recent.mid(0, 8));
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    for (const QString &path : QSettings().value(QStringLiteral("recentProjects")).toStringList())
        m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] {
            if (maybeSave())
                openProject(path);
        })->setToolTip(path);
    m_recentMenu->setEnabled(!m_recentMenu->isEmpty());
}

} // namespace sw::app
