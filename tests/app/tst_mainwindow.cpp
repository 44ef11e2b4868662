// The real main window, offscreen: opening projects.

#include "document/designcommands.h"
#include "document/designdocument.h"
#include "connection.h"
#include "mainwindow/documentation.h"
#include "mainwindow/example.h"
#include "mainwindow/mainwindow.h"
#include "diagram/diagrampanel.h"
#include "merge/mergeconflictsdialog.h"
#include "migrations/migrationspanel.h"
#include "processes.h"
#include "tableeditor/tableeditor.h"
#include "startup/guardedapplication.h"
#include "startup/translations.h"

#include <QComboBox>
#include <QSignalSpy>
#include <QTimer>
#include <QMenuBar>
#include <QAction>
#include <QToolBar>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QTextLayout>
#include <QTableView>
#include <QStatusBar>
#include <QDialog>
#include <QScrollArea>
#include <QScrollBar>
#include <QHeaderView>

#include <QDir>
#include <QDirIterator>
#include <QProcessEnvironment>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QTranslator>

#include "project/projectfile.h"

using namespace sw;

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QCoreApplication::setOrganizationName(QStringLiteral("schemawright-tests")); }

    // Started without a project, the window opens a copy of the example in the
    // user's data folder: the bundled one (the source tree, or /usr/share) is
    // never where autosave and export write.
    void withoutAProjectTheExampleOpensFromACopy()
    {
        const QString app = qEnvironmentVariable("SW_APP");
        QVERIFY2(!app.isEmpty(), "SW_APP is set by CTest");
        QTemporaryDir home;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), home.path());
        environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        const QString bundled = test::sourceDir() + QStringLiteral("/migrations");
        const QStringList before = QDir(bundled).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        const test::ProcessResult run = test::runProcess(app, {QStringLiteral("--screenshot"), home.filePath(QStringLiteral("shot.png"))}, {}, environment);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QStringList copies;
        for (QDirIterator it(home.filePath(QStringLiteral("data")), {QStringLiteral("trading.json")}, QDir::Files, QDirIterator::Subdirectories); it.hasNext();)
            copies << it.next();
        QCOMPARE(copies.size(), 1);
        QVERIFY2(copies.first().endsWith(QStringLiteral("/example/trading.json")), qPrintable(copies.first()));
        QVERIFY(QFile::exists(QFileInfo(copies.first()).dir().filePath(QStringLiteral("versions/1764001200_create_fills_table.py"))));
        QCOMPARE(QDir(bundled).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), before);
    }

    // Every state a team's migration folder comes in: the window opens on it
    // (the real program, and in process with the dock and the export dialog),
    // names the problem, and never aborts.
    void theWindowSurvivesEveryFolderState_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("named");
        QTest::newRow("forked") << QStringLiteral("forked") << QStringLiteral("several heads");
        QTest::newRow("parent missing") << QStringLiteral("parent missing") << QStringLiteral("1764000999");
        QTest::newRow("not Python") << QStringLiteral("not Python") << QStringLiteral("notes.py");
        QTest::newRow("empty") << QStringLiteral("empty") << QStringLiteral("baseline is revision 1764001200");
        QTest::newRow("unreadable") << QStringLiteral("unreadable") << QStringLiteral("gone.py");
    }
    void theWindowSurvivesEveryFolderState()
    {
        QFETCH(QString, state);
        QFETCH(QString, named);
        QTemporaryDir home;
        const QString project = app::copyOfExample(home.filePath(QStringLiteral("project")));
        QDir versions(QFileInfo(project).dir().filePath(QStringLiteral("versions")));
        const auto write = [&](const QString &name, const QByteArray &text) {
            QFile f(versions.filePath(name));
            return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
        };
        const QByteArray migration = "revision = \"%1\"\ndown_revision = \"%2\"\n\ndef upgrade():\n    pass\n\ndef downgrade():\n    pass\n";
        if (state == QLatin1String("forked"))
            QVERIFY(write(QStringLiteral("1764001300_other_branch.py"), QString::fromLatin1(migration).arg(QStringLiteral("1764001300"), QStringLiteral("1764000600")).toUtf8()));
        else if (state == QLatin1String("parent missing"))
            QVERIFY(write(QStringLiteral("1764001300_after_a_lost_one.py"), QString::fromLatin1(migration).arg(QStringLiteral("1764001300"), QStringLiteral("1764000999")).toUtf8()));
        else if (state == QLatin1String("not Python"))
            QVERIFY(write(QStringLiteral("notes.py"), "these are notes, }{ not Python\n"));
        else if (state == QLatin1String("empty"))
            for (const QString &file : versions.entryList({QStringLiteral("*.py")}, QDir::Files))
                QVERIFY(versions.remove(file));
        else  // a link to nothing: unreadable for root too
            QVERIFY(QFile::link(home.filePath(QStringLiteral("nowhere.py")), versions.filePath(QStringLiteral("gone.py"))));

        // The real program, started on it.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), home.path());
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        const test::ProcessResult run = test::runProcess(qEnvironmentVariable("SW_APP"), {QStringLiteral("--screenshot"), home.filePath(QStringLiteral("shot.png")), project},
                                                         {}, environment);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(QFile::exists(home.filePath(QStringLiteral("shot.png"))));

        // In process: the problem named, the dock and the export dialog open, nothing thrown.
        app::MainWindow window;
        QVERIFY(window.openProject(project));
        window.show();
        window.addTable(QStringLiteral("payments"));
        QTRY_VERIFY2(window.statusBar()->currentMessage().contains(named), qPrintable(window.statusBar()->currentMessage()));
        window.showMigrations();
        QSignalSpy refreshed(window.migrationsPanel(), &app::MigrationsPanel::refreshed);
        QVERIFY(refreshed.wait(30000));
        window.exportMigration();
        QTRY_VERIFY(window.findChild<QDialog *>(QStringLiteral("ExportDialog")) || window.findChild<QDialog *>());
        QVERIFY(window.isVisible());
    }

    void theExampleProjectOpensAndPreviewsWithoutError()
    {
        app::MainWindow window;
        QVERIFY(window.openProject(test::sourceDir() + QStringLiteral("/migrations/trading.json")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QAbstractItemModel *tables = window.findChild<QListView *>(QStringLiteral("tableList"))->model();
        QCOMPARE(tables->rowCount(), 3);
        QCOMPARE(tables->index(2, 0).data().toString(), QStringLiteral("fills"));
        QVERIFY(window.draft().problems.isEmpty());
        // The example is exported up to its last migration: nothing new to migrate.
        QVERIFY(window.previewText().contains(QStringLiteral("No change since the last export")));
        QVERIFY(window.windowTitle().contains(QStringLiteral("trading.json")));
        QCOMPARE(window.tableEditor()->columnsModel()->rowCount(), 6);  // accounts, selected first
        QTemporaryDir dir;
        QVERIFY(window.grab().save(dir.filePath(QStringLiteral("window.png"))));
        // The bundled fallback icons are built in, and SVG renders (libqt6svg6).
        QVERIFY(QFile::exists(QStringLiteral(":/icons/warning.svg")));
        QVERIFY(!QIcon(QStringLiteral(":/icons/warning.svg")).pixmap(16).isNull());
        QVERIFY(!QIcon(QStringLiteral(":/icons/schemawright.svg")).pixmap(32).isNull());
    }

    void theToolbarHoldsWhatADatabaseToolUserLooksForFirst()
    {
        app::MainWindow window;
        auto *bar = window.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
        QVERIFY(bar);
        QStringList texts;
        for (QAction *a : bar->actions())
            if (!a->isSeparator() && !bar->widgetForAction(a)->inherits("QComboBox"))
                texts << QString(a->text()).remove(QLatin1Char('&'));
        QVERIFY(bar->findChild<QComboBox *>(QStringLiteral("connectionChoice")));  // the database Apply runs on
        QCOMPARE(texts, QStringList({"New", "Open…", "Save", "Undo", "Redo", "Add Table", "Export Migration…", "Connect", "Apply", "Roll Back",
                                     "Drift and Checks…"}));
        for (QAction *a : bar->actions())
            QVERIFY2(a->isSeparator() || bar->widgetForAction(a)->inherits("QComboBox") || !a->icon().isNull(), qPrintable(a->text()));
        QStringList menus;
        for (const QAction *a : window.menuBar()->actions())
            menus << QString(a->text()).remove(QLatin1Char('&'));
        QCOMPARE(menus.last(), QStringLiteral("Help"));
        QVERIFY(db::clientLibraryVersions().startsWith(QStringLiteral("libpqxx 6.4")));
    }

    // On a small laptop screen the window still works: the column grid shows
    // rows, not only its header, and every tool bar action is on the bar.
    void aSmallScreenStillShowsTheGridAndTheWholeToolBar()
    {
        QTemporaryDir dir;
        app::MainWindow window;
        QVERIFY(window.openProject(app::copyOfExample(dir.path())));
        window.showMigrations();  // the dock too: Apply and Roll back are used on small screens as well
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.size(), QSize(1024, 700));  // it fits: nothing is below the screen's edge
        window.selectTable(window.document()->project().tables.at(1).id);  // orders: nine columns
        auto *grid = window.tableEditor()->findChild<QTableView *>(QStringLiteral("columns"));
        QVERIFY(grid);
        QTRY_VERIFY(grid->isVisible());
        // In sight, not scrolled away under the fields above it: the header and at least three rows.
        const int rows = grid->visibleRegion().boundingRect().height() - grid->horizontalHeader()->height();
        QVERIFY2(rows >= 3 * grid->verticalHeader()->defaultSectionSize(), qPrintable(QString::number(rows)));
        auto *bar = window.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
        for (QAction *a : bar->actions()) {
            const QWidget *button = bar->widgetForAction(a);
            QVERIFY2(a->isSeparator() || (button && button->isVisible()), qPrintable(a->text() + QStringLiteral(" is off the bar")));
        }
        // Its fields fit across: no scrolling sideways to reach a check box.
        auto *editorArea = qobject_cast<QScrollArea *>(window.tableEditor()->parentWidget()->parentWidget());
        QVERIFY(editorArea);
        QVERIFY2(!editorArea->horizontalScrollBar()->isVisible(), qPrintable(QStringLiteral("the editor needs %1 px, has %2")
                                                                             .arg(window.tableEditor()->minimumSizeHint().width())
                                                                             .arg(editorArea->viewport()->width())));
    }

    // An error no handler caught (here: a slot throwing) is a message naming
    // it; the window and its design stay, never std::terminate.
    void anEscapedErrorIsReportedAndTheWindowStays()
    {
        auto *application = qobject_cast<app::GuardedApplication *>(qApp);
        QVERIFY(application);
        QTemporaryDir dir;
        app::MainWindow window;
        QVERIFY(window.openProject(app::copyOfExample(dir.path())));
        window.show();
        const qsizetype tables = window.document()->project().tables.size();
        QSignalSpy reported(application, &app::GuardedApplication::errorReported);
        QTimer::singleShot(0, &window, [] {
            throw SchemaError(QStringLiteral("forked-chain"), QStringLiteral("versions/ has several heads (1764000001, 1764000002)"));
        });
        QVERIFY(reported.wait(10000));
        QVERIFY2(reported.first().first().toString().contains(QStringLiteral("several heads")), qPrintable(reported.first().first().toString()));
        auto *message = window.findChild<QMessageBox *>(QStringLiteral("escapedErrorMessage"));
        if (!message)  // parented to the active window, which offscreen may be none
            for (QWidget *w : QApplication::topLevelWidgets())
                if (w->objectName() == QLatin1String("escapedErrorMessage"))
                    message = qobject_cast<QMessageBox *>(w);
        QVERIFY(message);
        QVERIFY(message->text().contains(QStringLiteral("several heads")));
        message->close();
        QVERIFY(window.isVisible());
        QCOMPARE(window.document()->project().tables.size(), tables);
    }

    // Help → Documentation opens the guide of this build; where nothing can
    // open it (no xdg-open on PATH here), a message names the file instead of
    // failing silently.
    void theDocumentationIsFoundOrNamed()
    {
        const QString readme = QFileInfo(test::sourceDir() + QStringLiteral("/README.md")).canonicalFilePath();
        QCOMPARE(app::documentationFile(), readme);
        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", "");
        app::MainWindow window;
        window.openDocumentation();
        qputenv("PATH", path);
        auto *message = window.findChild<QMessageBox *>(QStringLiteral("documentationMessage"));
        QVERIFY(message);
        QVERIFY2(message->text().contains(readme), qPrintable(message->text()));
        message->close();
    }

    // Undo and Redo keep short labels on the tool bar however long what they
    // undo, which the tooltip says; they follow the undo stack.
    void theToolbarsUndoKeepsAShortLabel()
    {
        app::MainWindow window;
        auto *undo = window.findChild<QAction *>(QStringLiteral("toolBarUndo"));
        auto *redo = window.findChild<QAction *>(QStringLiteral("toolBarRedo"));
        QVERIFY(undo && redo);
        QVERIFY(!undo->isEnabled() && !redo->isEnabled());
        const QString longName = QStringLiteral("a_really_long_table_name_that_would_push_the_toolbar_off");
        const qsizetype tables = window.document()->project().tables.size();
        Table table;
        table.id = QStringLiteral("t-long");
        table.name = longName;
        window.document()->undoStack()->push(new app::AddTableCommand(window.document(), table, 0));
        QCOMPARE(undo->text(), QStringLiteral("Undo"));
        QVERIFY(undo->isEnabled());
        QVERIFY2(undo->toolTip().contains(longName), qPrintable(undo->toolTip()));
        undo->trigger();
        QCOMPARE(window.document()->project().tables.size(), tables);
        QVERIFY(!undo->isEnabled() && redo->isEnabled());
        QCOMPARE(redo->text(), QStringLiteral("Redo"));
        QVERIFY2(redo->toolTip().contains(longName), qPrintable(redo->toolTip()));
        redo->trigger();
        QCOMPARE(window.document()->project().tables.size(), tables + 1);
    }

    void continuousEditingStillAutosaves()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.json"));
        QVERIFY(QFile::copy(test::sourceDir() + QStringLiteral("/migrations/trading.json"), path));
        app::DesignDocument document;
        document.load(path);
        document.setAutosaveInterval(400);
        // An edit every 100 ms, never 400 ms of quiet, for as long as 60 edits: a timer
        // started again by every edit would never fire.
        for (int i = 0; i < 60 && !QFile::exists(app::DesignDocument::autosavePath(path)); ++i) {
            Table changed = document.project().tables.first();
            changed.comment = QStringLiteral("edit %1").arg(i);
            document.undoStack()->push(new app::EditTableCommand(&document, document.project().tables.first(), changed, QStringLiteral("Edit")));
            QTest::qWait(100);
        }
        QVERIFY2(QFile::exists(app::DesignDocument::autosavePath(path)), "no autosave while the edits went on");
    }

    // An autosave that cannot be written says so in the status bar until a save succeeds.
    void aFailedAutosaveStaysInTheStatusBarUntilASave()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.json"));
        QVERIFY(QFile::copy(test::sourceDir() + QStringLiteral("/migrations/trading.json"), path));
        app::MainWindow window;
        QVERIFY(window.openProject(path));
        window.document()->setAutosaveInterval(50);
        // Something in the way of the side file (root writes into any folder, so not a permission).
        QVERIFY(QDir().mkpath(app::DesignDocument::autosavePath(path) + QStringLiteral("/in-the-way")));
        auto *label = window.findChild<QLabel *>(QStringLiteral("autosaveProblem"));
        QVERIFY(label && !label->isVisibleTo(&window));
        Table changed = window.document()->project().tables.first();
        changed.comment = QStringLiteral("an edit to keep");
        window.document()->undoStack()->push(new app::EditTableCommand(window.document(), window.document()->project().tables.first(), changed, QStringLiteral("Edit")));
        QTRY_VERIFY_WITH_TIMEOUT(label->isVisibleTo(&window), 30000);
        QVERIFY2(label->text().contains(QStringLiteral("Autosave failed")) && label->toolTip().contains(QStringLiteral(".p.json.autosave")),
                 qPrintable(label->text() + QLatin1Char('\n') + label->toolTip()));
        QVERIFY(window.saveProjectAs(path));
        QVERIFY(!label->isVisibleTo(&window));
        QCOMPARE(loadProject(path).tables.first().comment, QStringLiteral("an edit to keep"));
    }

    void aCrashLeavesAnAutosaveThatIsRecovered()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.json"));
        QFile::copy(test::sourceDir() + QStringLiteral("/migrations/trading.json"), path);
        {
            app::DesignDocument document;
            document.load(path);
            Project edited = document.project();
            edited.tables[0].comment = QStringLiteral("edited, never saved");
            saveProject(edited, app::DesignDocument::autosavePath(path));  // what the autosave timer writes
        }
        app::DesignDocument recovered;
        QVERIFY(recovered.hasNewerAutosave(path));
        recovered.recoverAutosave(path);
        QCOMPARE(recovered.project().tables.first().comment, QStringLiteral("edited, never saved"));
        QVERIFY(recovered.isModified());
        QCOMPARE(recovered.path(), path);
        recovered.save(path);
        QVERIFY(!QFile::exists(app::DesignDocument::autosavePath(path)));
    }

    void germanIsPickedFromTheLocale()
    {
        app::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::German, QLocale::Germany));
        app::MainWindow window;
        QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&Datei"));
        QVERIFY(window.windowTitle().contains(QStringLiteral("Unbenannt")));
        for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>())
            QCoreApplication::removeTranslator(t);
    }

    void rendersReadablyInADarkPalette()
    {
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::Base, QColor(0x18, 0x18, 0x18));
        dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
        const QPalette original = QGuiApplication::palette();
        QApplication::setPalette(dark);
        app::MainWindow window;
        QVERIFY(window.openProject(test::sourceDir() + QStringLiteral("/tests/data/evolution/base.json")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The SQL keywords of the preview are drawn light on the dark background.
        auto *preview = window.findChild<QPlainTextEdit *>(QStringLiteral("preview"));
        const int keyword = int(preview->toPlainText().indexOf(QStringLiteral("CREATE TABLE")));
        QVERIFY2(keyword >= 0, qPrintable(preview->toPlainText()));
        const QTextBlock block = preview->document()->findBlock(keyword);
        QVERIFY(!block.layout()->formats().isEmpty());
        QVERIFY(block.layout()->formats().first().format.foreground().color().lightness() > 128);
        const QImage image = window.grab().toImage();
        QVERIFY(!image.isNull());
        QApplication::setPalette(original);
    }

    void aBadFileIsReportedAndTheOpenProjectKept()
    {
        app::MainWindow window;
        QVERIFY(window.openProject(test::sourceDir() + QStringLiteral("/migrations/trading.json")));
        const QString before = window.previewText();
        QVERIFY(!window.openProject(test::sourceDir() + QStringLiteral("/tests/core/golden/quoting.py")));
        auto *box = window.findChild<QMessageBox *>();
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("not valid JSON")));
        QCOMPARE(window.previewText(), before);
        QCOMPARE(window.document()->project().tables.size(), 3);
    }

    // A project merge-design left with conflicts (the same column renamed two
    // ways, and so the index that names it): the window opens the conflicts by
    // itself; Take Theirs puts theirs for the table in the design as one undo step; undo brings ours and the conflict back; the
    // project saved after the choice holds no conflict.
    void mergeConflictsAreShownAndDecidedWithUndo()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("trading.json"));
        QFile::copy(test::sourceDir() + QStringLiteral("/migrations/trading.json"), path);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        root.insert(QStringLiteral("merge_conflicts"),
                    QJsonArray{QJsonObject{{"where", "table orders, column instrument: name"},
                                           {"path", QJsonArray{"tables", "id:t-orders", "columns", "id:c-orders-ins", "name"}},
                                           {"ours", "instrument"},
                                           {"theirs", "ticker"}},
                               QJsonObject{{"where", "table orders, index ix_orders_instrument: columns"},
                                           {"path", QJsonArray{"tables", "id:t-orders", "indexes", "name:.ix_orders_instrument()", "columns"}},
                                           {"ours", QJsonArray{"instrument"}},
                                           {"theirs", QJsonArray{"ticker"}}}});
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(root).toJson());
        file.close();

        app::MainWindow window;
        window.show();
        QVERIFY(window.openProject(path));
        QTRY_VERIFY(window.mergeConflictsDialog() && window.mergeConflictsDialog()->isVisible());
        auto *list = window.mergeConflictsDialog()->findChild<QTreeWidget *>(QStringLiteral("conflictList"));
        QCOMPARE(list->topLevelItemCount(), 2);
        QCOMPARE(list->topLevelItem(0)->text(2), QStringLiteral("\"ticker\""));
        auto *action = window.findChild<QAction *>(QStringLiteral("actionMergeConflicts"));
        QVERIFY(action->isEnabled());

        const auto orders = [&] { return window.document()->project().findTable(QStringLiteral("orders"), QStringLiteral("public")); };
        window.mergeConflictsDialog()->findChild<QPushButton *>(QStringLiteral("takeTheirs"))->click();
        QVERIFY(orders()->column(QStringLiteral("ticker")) && !orders()->column(QStringLiteral("instrument")));
        QCOMPARE(list->topLevelItemCount(), 0);
        QVERIFY(!action->isEnabled());
        QTRY_VERIFY2(window.previewText().contains(QStringLiteral("RENAME COLUMN instrument TO ticker")), qPrintable(window.previewText()));

        window.document()->undoStack()->undo();
        QVERIFY(orders()->column(QStringLiteral("instrument")) && !orders()->column(QStringLiteral("ticker")));
        QCOMPARE(list->topLevelItemCount(), 2);
        QVERIFY(action->isEnabled());
        window.document()->undoStack()->redo();
        window.document()->save(path);
        QVERIFY(!test::readFile(path).contains(QStringLiteral("merge_conflicts")));
        QVERIFY(loadProject(path).findTable(QStringLiteral("orders"), QStringLiteral("public"))->column(QStringLiteral("ticker")));
    }
};

// The designer's own application object, as main() makes it: its guard is under test too.
int main(int argc, char *argv[])
{
    app::GuardedApplication application(argc, argv);
    application.setAttribute(Qt::AA_Use96Dpi, true);
    TestMainWindow test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_mainwindow.moc"
