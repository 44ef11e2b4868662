#pragma once
// The designer's window: the tables (filterable), the editor of the selected
// one, and the migration the change needs, refreshed on every edit.

#include "connections/currentconnection.h"
#include "document/designdocument.h"
#include "export/migrationexport.h"
#include "preview/previewplanner.h"
#include "mainwindow/tablelistmodel.h"

#include <QMainWindow>
#include <QPointer>
#include <QSortFilterProxyModel>

#include <memory>

namespace Ui {
class MainWindow;
}

class QComboBox;
class QSplitter;

namespace sw::app {

class TableEditor;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Loads `path`; on a bad file shows the error and keeps what was open.
    bool openProject(const QString &path);
    bool saveProjectAs(const QString &path);

    DesignDocument *document() { return &m_document; }
    TableEditor *tableEditor() const { return m_editor; }
    TableListModel *tableList() { return &m_tables; }
    QString previewText() const;
    const MigrationDraft &draft() const { return m_draft; }
    PreviewPlanner *previewPlanner() { return &m_preview; }
    void selectTable(const QString &tableId);
    QString addTable(const QString &name);  // a new table with the conventions' columns; returns its id
    QString addTableAt(const QPointF &diagramPosition);  // the same, placed on the diagram, one undo step
    // The folder exports go to, remembered per project.
    QString exportFolder() const;
    void setExportFolder(const QString &folder);
    void openExample();   // a copy of the bundled example, to edit and export into
    // File → New Project from Database… (mainwindowimport.cpp); `why` says why it opened instead of what was asked.
    void newProjectFromDatabase(const QString &why = {});
    void openDocumentation();  // the installed guide, or a message naming it when nothing opens it
    void exportMigration();  // Ctrl+E: the export dialog, or why there is nothing to export
    // The migrations dock, refreshed: on the current connection (`database`, when
    // given, becomes it) and `folder` (default: the export folder).
    void showMigrations(const QString &database = {}, const QString &folder = {});
    // A drift window on `conninfo` whose fixes act on this window (mainwindowdrift.cpp).
    class DriftWindow *openDriftWindow(const QString &conninfo);
    void manageConnections();  // the connection manager; the chosen one shows the migrations
    void showMergeConflicts();  // what merge-design could not decide, to choose ours or theirs
    class MergeConflictsDialog *mergeConflictsDialog() const;  // null until shown
    // A forked migration folder (default: the migrations dock's) made one chain
    // again; the design's baseline follows (mainwindowmerge.cpp).
    void showRebase(const QString &folder = {});
    class RebaseDialog *rebaseDialog() const;  // null until shown
    class MigrationsPanel *migrationsPanel() const { return m_migrations; }
    class SqlObjectsPanel *sqlObjectsPanel() const { return m_sqlObjects; }
    class DiagramPanel *diagram() const { return m_diagram; }
    class LockGutter *lockGutter() const { return m_lockGutter; }
    QList<QPointer<class DriftWindow>> driftWindows() const { return m_driftWindows; }
    QString documentName() const;   // "trading.json", or "Untitled"
    // Reads the database in the background and makes it the baseline (one undo step).
    void takeBaselineFrom(const QString &conninfo);
    // Reads in the background the types the current database has, for the type column to offer.
    void offerDatabaseTypes();
    CurrentConnection *currentConnection() { return &m_connection; }

signals:
    void baselineTaken();  // done, or failed with a message shown
    void projectImported();  // New Project from Database read one

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setUpToolBarAndHelp(QAction *undo, QAction *redo, QAction *drift);  // mainwindowtoolbar.cpp
    void connectDriftActions(class DriftWindow *window);                      // mainwindowdrift.cpp
    void takeDatabaseVersion(const Project &database, const QStringList &schemas);
    void openImport(const struct DatabaseImport &import);
    void takeColumnOrders(const QList<struct ColumnOrder> &orders);
    // mainwindowconnection.cpp
    QList<ConnectionProfile> offeredConnections() const;  // the project's, then the user's, by name
    void fillConnectionChoice();
    void showCurrentConnection();
    void chooseConnection(const QString &conninfo);
    void currentConnectionChanged();
    void setUpCentre();
    void setUpActions();
    void setUpFileActions();
    void setUpEditActions();
    QAction *setUpDatabaseMenu();
    void showAutosaveProblems();
    void addHouseRulesAction();
    void addMergeConflictsAction();  // mainwindowmerge.cpp
    void refresh();
    void showDraft(const MigrationDraft &draft, const QList<Problem> &problems);
    void showSchemas();
    void updateTitle();
    bool maybeSave();
    void chooseProject();
    bool save();
    void rememberRecent(const QString &path);
    void rebuildRecentMenu();

    std::unique_ptr<Ui::MainWindow> m_ui;
    DesignDocument m_document;
    TableListModel m_tables;
    class MigrationsPanel *m_migrations = nullptr;
    class SqlObjectsPanel *m_sqlObjects = nullptr;
    class DiagramPanel *m_diagram = nullptr;
    class LockGutter *m_lockGutter = nullptr;  // beside the preview
    QSplitter *m_centre = nullptr;  // the diagram over the table editor
    QComboBox *m_connectionChoice = nullptr;
    CurrentConnection m_connection;
    QList<QPointer<class DriftWindow>> m_driftWindows;   // open ones refresh after a run
    QPointer<class DriftWindow> m_diagramDrift;          // whose report colours the diagram
    void showDriftOnDiagram(class DriftWindow *window);  // mainwindowdrift.cpp
    void forgetDriftOnDiagram();
    TableFilterModel m_filteredTables;
    TableEditor *m_editor;
    MigrationDraft m_draft;
    QString m_cannotExportMessage;   // shown until the problems it names are fixed
    PreviewPlanner m_preview;
    QMenu *m_recentMenu = nullptr;
    QAction *m_historyPerStatement = nullptr;
    QAction *m_productionSafe = nullptr;
    QString m_typesFrom;  // the database whose types the type column offers
    QPointer<class MergeConflictsDialog> m_mergeConflicts;
    QPointer<class RebaseDialog> m_rebase;
};

} // namespace sw::app
