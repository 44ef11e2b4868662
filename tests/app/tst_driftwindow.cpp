// The drift window against real PostgreSQL, offscreen: it connects, loads a
// drifted database in the background, and highlights the problem nodes.

#include "alembichelpers.h"
#include "diagram/boxitem.h"
#include "diagram/diagrampanel.h"
#include "diagram/diagramscene.h"
#include "diagram/diagramview.h"
#include "connections/sessionpasswords.h"
#include "document/designcommands.h"
#include "drift/driftwindow.h"
#include "migrations/migrationspanel.h"
#include "migrationwriter.h"
#include "mainwindow/mainwindow.h"
#include "connectionprofile.h"
#include "drift/databaserepairdialog.h"
#include "drift/fixmigrationdialog.h"
#include "migration/migrationscript.h"
#include "processes.h"
#include "project/projectfile.h"
#include "drift/rowbrowser.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QTreeView>
#include <QTextBrowser>
#include <QProcess>
#include <QPushButton>
#include <QElapsedTimer>
#include <QInputDialog>
#include <QSettings>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QAction>
#include <QCheckBox>
#include <QUndoStack>

using namespace sw;
using namespace sw::app;

namespace {

QModelIndex findNode(const QAbstractItemModel *model, const QString &label, const QModelIndex &parent = {})
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (index.data().toString() == label)
            return index;
        const QModelIndex below = findNode(model, label, index);
        if (below.isValid())
            return below;
    }
    return {};
}

QString migrations() { return test::sourceDir() + QStringLiteral("/migrations"); }

} // namespace

class TestDriftWindow : public QObject {
    Q_OBJECT
private slots:
    // A conninfo typed with its password (and no dbname): the banner, the tree, the status,
    // the repair dialog's title and the repair it saves name the database, never the password.
    void aPasswordTypedIntoTheConnectionIsNeverShown()
    {
        test::TestDatabase db;
        QCOMPARE(test::runCli({QStringLiteral("upgrade"), QStringLiteral("--db"), db.conninfo(), QStringLiteral("--migrations"), migrations()}).exitCode, 0);
        db.exec(QStringLiteral("ALTER TABLE accounts ADD COLUMN nickname text"));
        const QString secret = QStringLiteral("s3cret-never-shown");
        QString typed;  // the test database's conninfo without its dbname, which PGDATABASE gives instead
        for (const auto &[key, value] : conninfoParameters(db.conninfo()))
            if (key != QLatin1String("dbname"))
                typed += QStringLiteral("%1='%2' ").arg(key, value);
        typed += QStringLiteral("password=") + secret;
        qputenv("PGDATABASE", db.name().toUtf8());

        DriftWindow window(loadProject(migrations() + QStringLiteral("/trading.json")), migrations(), typed);
        window.show();
        QSignalSpy refreshed(&window, &DriftWindow::refreshed);
        window.setSource(DriftWindow::Source::Design);
        window.refresh();
        QVERIFY(refreshed.wait(30000));
        qunsetenv("PGDATABASE");
        QVERIFY2(findNode(window.model(), QStringLiteral("nickname")).isValid(), qPrintable(window.status()));
        QStringList shown{window.situationText(), window.status(), window.windowTitle()};
        for (int row = 0; row < window.model()->rowCount(); ++row)
            shown << window.model()->index(row, 0).data().toString() << window.model()->index(row, 1).data().toString();
        window.openRepair();
        auto *repair = window.findChild<DatabaseRepairDialog *>();
        QVERIFY(repair);
        shown << repair->windowTitle();
        QTemporaryDir out;
        QCOMPARE(repair->saveTo(out.filePath(QStringLiteral("repair.sql"))), QString());
        shown << test::readFile(out.filePath(QStringLiteral("repair.sql")));
        for (const QString &text : shown)
            QVERIFY2(!text.contains(secret) && !text.contains(QStringLiteral("password")), qPrintable(text));
        QVERIFY2(shown.first().contains(db.name()), qPrintable(shown.first()));
    }

    void aDriftedDatabaseShowsItsProblemNodes()
    {
        test::TestDatabase db;
        QCOMPARE(test::runCli({QStringLiteral("upgrade"), QStringLiteral("--db"), db.conninfo(), QStringLiteral("--migrations"), migrations()}).exitCode, 0);
        db.exec(QStringLiteral("INSERT INTO accounts (code, name) VALUES ('A', 'Ann'); UPDATE accounts SET name = 'Anna'"));
        db.exec(QStringLiteral("ALTER TABLE orders_history DROP COLUMN status; ALTER TABLE accounts ADD COLUMN nickname text"));

        DriftWindow window(loadProject(migrations() + QStringLiteral("/trading.json")), migrations(), db.conninfo());
        QAbstractItemModelTester tester(window.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester filterTester(window.filter(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.show();
        QSignalSpy refreshed(&window, &DriftWindow::refreshed);
        window.testConnection();
        QVERIFY(refreshed.wait(30000));
        QVERIFY2(window.status().startsWith(QStringLiteral("Connected: PostgreSQL 15.")) && window.status().contains(QStringLiteral("1764001200")),
                 qPrintable(window.status()));
        refreshed.clear();
        window.setSource(DriftWindow::Source::Design);
        window.refresh();
        QVERIFY(window.isBusy());  // the window stays responsive while the database is read
        QVERIFY(refreshed.wait(30000));
        QVERIFY(!window.isBusy());

        const QAbstractItemModel *model = window.model();
        const QModelIndex nickname = findNode(model, QStringLiteral("nickname"));
        QVERIFY(nickname.isValid());
        QCOMPARE(nickname.data(DriftTreeModel::StateRole).toInt(), int(NodeState::Unexpected));
        QVERIFY(nickname.data(Qt::BackgroundRole).isValid());
        QVERIFY(nickname.data(Qt::ToolTipRole).toString().contains(QStringLiteral("not in the design")));
        // The path to it stands out: bold, counting the problems below.
        const QModelIndex accounts = findNode(model, QStringLiteral("accounts"));
        QVERIFY(accounts.data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(accounts.data(DriftTreeModel::ProblemsBelowRole).toInt() >= 1);
        QVERIFY(accounts.siblingAtColumn(1).data().toString().contains(QStringLiteral("below")));
        const QModelIndex fills = findNode(model, QStringLiteral("fills"));
        QVERIFY(!fills.data(Qt::FontRole).value<QFont>().bold());
        // The status line and the tree's root count the same problems.
        const int rootCount = model->index(0, 0).data(DriftTreeModel::ProblemsBelowRole).toInt();
        QVERIFY(rootCount > 0);
        QCOMPARE(window.status(), QStringLiteral("%1 problem(s)").arg(rootCount));

        // The missing history column: out of step, under orders' history table.
        const QModelIndex orders = findNode(model, QStringLiteral("orders"));
        const QModelIndex history = findNode(model, QStringLiteral("History table"), orders);
        QVERIFY(history.isValid());
        const QModelIndex status = findNode(model, QStringLiteral("status"), history);
        QCOMPARE(status.data(DriftTreeModel::StateRole).toInt(), int(NodeState::Inconsistent));

        // Only differences hides what is in step, keeps the paths.
        window.filter()->setOnlyDifferences(true);
        QVERIFY(findNode(window.filter(), QStringLiteral("nickname")).isValid());
        QVERIFY(!findNode(window.filter(), QStringLiteral("fills")).isValid());
        window.filter()->setOnlyDifferences(false);
        window.filter()->setSearch(QStringLiteral("nick"));
        QVERIFY(findNode(window.filter(), QStringLiteral("nickname")).isValid());
        QVERIFY(!findNode(window.filter(), QStringLiteral("code")).isValid());
        window.filter()->setSearch({});

        // Changed by hand at the folder's head: a repair of this database, never a migration.
        QCOMPARE(window.situation(), DriftSituation::LocalDrift);
        QVERIFY2(window.situationText().contains(QStringLiteral("was changed by hand")) && window.situationText().contains(QStringLiteral("orders")),
                 qPrintable(window.situationText()));
        QVERIFY(window.findChild<QPushButton *>(QStringLiteral("repairDatabase"))->isVisible());
        QVERIFY(!window.findChild<QPushButton *>(QStringLiteral("fixChain"))->isVisible());
        QVERIFY(!window.findChild<QPushButton *>(QStringLiteral("applyToHead"))->isVisible());
        QStringList statements;
        for (const MigrationStep &step : window.repairPlan().upgrade)
            statements << step.sql;
        const QString sql = statements.join(QLatin1Char('\n'));
        QVERIFY2(sql.contains(QStringLiteral("ALTER TABLE orders_history ADD COLUMN status VARCHAR(20);")), qPrintable(sql));
        // The history first in step with the table as it is, then the table as the chain builds it.
        QVERIFY2(sql.indexOf(QStringLiteral("ALTER TABLE accounts_history ADD COLUMN nickname")) >= 0
                     && sql.indexOf(QStringLiteral("ALTER TABLE accounts_history ADD COLUMN nickname")) < sql.indexOf(QStringLiteral("ALTER TABLE accounts DROP COLUMN nickname;")),
                 qPrintable(sql));

        DatabaseRepairDialog repair(window.repairPlan(), db.conninfo(), QStringLiteral("drifted"), migrations() + QStringLiteral("/versions"));
        // A repair of one database is refused a place in the migration folder.
        const QString inVersions = migrations() + QStringLiteral("/versions/repair.sql");
        QVERIFY(repair.saveTo(inVersions).contains(QStringLiteral("migration folder")));
        QVERIFY(!QFile::exists(inVersions));
        QTemporaryDir out;
        QCOMPARE(repair.saveTo(out.filePath(QStringLiteral("repair.sql"))), QString());
        const QString saved = test::readFile(out.filePath(QStringLiteral("repair.sql")));
        QVERIFY(saved.contains(QStringLiteral("BEGIN;")) && saved.trimmed().endsWith(QStringLiteral("COMMIT;")) && saved.contains(QStringLiteral("database drifted only")));
        QString asked;
        repair.setConfirm([&](const QString &question) {
            asked = question;
            return true;
        });
        QSignalSpy ran(&repair, &DatabaseRepairDialog::ran);
        repair.runOnDatabase();
        QVERIFY(ran.wait(30000));
        QCOMPARE(ran.first().first().toString(), QString());
        QVERIFY(asked.contains(QStringLiteral("drifted")));
        // It says, before it runs, what it destroys; and speaks of no downgrade it does not have.
        QVERIFY2(asked.contains(QStringLiteral("Dropping nickname from accounts deletes their values")) && asked.contains(QStringLiteral("cannot be undone")),
                 qPrintable(asked));
        QVERIFY2(!saved.contains(QStringLiteral("downgrade")) && !asked.contains(QStringLiteral("downgrade")), qPrintable(saved));
        // Repaired: check finds nothing wrong (the re-added history column comes last, only worth a note)...
        const test::ProcessResult check = test::runCli({QStringLiteral("check"), QStringLiteral("--db"), db.conninfo()});
        QVERIFY2(!check.out.contains(QStringLiteral("error")) && check.out.contains(QStringLiteral("info: history-column-order")), qPrintable(check.out));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM pg_attribute WHERE attrelid = 'accounts'::regclass AND attname = 'nickname'")), QStringLiteral("0"));
        // ... and the rows the history recorded are still there.
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM accounts_history")), QStringLiteral("2"));
        refreshed.clear();
        window.refresh();
        QVERIFY(refreshed.wait(60000));
        QVERIFY2(window.situation() == DriftSituation::InStep, qPrintable(window.situationText()));

        // The rows of a table beside what its triggers recorded.
        RowBrowser rows(db.conninfo(), QStringLiteral("public"), QStringLiteral("accounts"));
        QVERIFY(rows.isLoaded() || QSignalSpy(&rows, &RowBrowser::loaded).wait(60000));
        QCOMPARE(rows.rowCount(), 1);
        // Shown as PostgreSQL prints them, not as floating point or local time.
        db.exec(QStringLiteral("INSERT INTO orders (account_id, instrument, side, quantity, created_at) "
                               "SELECT id, 'X', 'BUY', 1234567890.12345678, '2026-01-02 03:04:05.123456+00' FROM accounts"));
        RowBrowser orderRows(db.conninfo(), QStringLiteral("public"), QStringLiteral("orders"));
        QVERIFY(orderRows.isLoaded() || QSignalSpy(&orderRows, &RowBrowser::loaded).wait(60000));
        QCOMPARE(orderRows.cell(0, QStringLiteral("quantity")), QStringLiteral("1234567890.12345678"));
        QVERIFY2(orderRows.cell(0, QStringLiteral("created_at")).startsWith(QStringLiteral("2026-01-02 03:04:05.123456+00")),
                 qPrintable(orderRows.cell(0, QStringLiteral("created_at"))));
        QCOMPARE(rows.historyRowCount(), 2);
        // NULL is told apart from an empty text; a table without history says so by name.
        db.exec(QStringLiteral("CREATE TABLE notes (id int, body text); INSERT INTO notes VALUES (1, NULL), (2, '')"));
        RowBrowser notes(db.conninfo(), QStringLiteral("public"), QStringLiteral("notes"));
        QVERIFY(notes.isLoaded() || QSignalSpy(&notes, &RowBrowser::loaded).wait(60000));
        QCOMPARE(notes.cell(0, QStringLiteral("body")), QString());
        QCOMPARE(notes.cell(1, QStringLiteral("body")), QStringLiteral("NULL"));
        QCOMPARE(notes.historyRowCount(), 0);
        QVERIFY2(notes.problemText().contains(QStringLiteral("public.notes_history")), qPrintable(notes.problemText()));
    }

    // Behind: Apply, never a migration; then the design differs: take the
    // database's version (undoable) or export.
    // The diagram takes the tree's colours; a click on a coloured box opens its node.
    void theDiagramShowsDriftAndOpensItsNode()
    {
        QTemporaryDir dir;
        QVERIFY(QFile::copy(migrations() + QStringLiteral("/trading.json"), dir.filePath(QStringLiteral("trading.json"))));
        test::TestDatabase db;
        QCOMPARE(test::runCli({QStringLiteral("upgrade"), QStringLiteral("--db"), db.conninfo(), QStringLiteral("--migrations"), migrations()}).exitCode, 0);
        db.exec(QStringLiteral("ALTER TABLE orders ALTER COLUMN status TYPE text; ALTER TABLE fills_history DROP COLUMN venue"));
        MainWindow main;
        QVERIFY(main.openProject(dir.filePath(QStringLiteral("trading.json"))));
        main.resize(1400, 1000);
        main.show();
        QVERIFY(QTest::qWaitForWindowExposed(&main));
        DriftWindow *window = main.openDriftWindow(db.conninfo());
        QSignalSpy refreshed(window, &DriftWindow::refreshed);
        window->refresh();
        QVERIFY(refreshed.wait(60000));
        const auto box = [&](const QString &name) { return main.diagram()->scene()->tableBox(main.document()->project().findTable(name, QStringLiteral("public"))->id); };
        QVERIFY(box(QStringLiteral("orders"))->isMarked());    // a column differs
        QVERIFY(box(QStringLiteral("fills"))->isMarked());     // its history table is out of step
        QVERIFY(!box(QStringLiteral("accounts"))->isMarked());
        QCOMPARE(window->treeModel().columnStates().value(QStringLiteral("public.orders")).keys(), QStringList{QStringLiteral("status")});
        QCOMPARE(window->treeModel().tableStates().value(QStringLiteral("public.fills")), NodeState::Inconsistent);
        // The colours say what they mean, and whose verdict they are.
        const QString legend = main.diagram()->legendText();
        for (const QString &meaning : {QStringLiteral("different"), QStringLiteral("out of step"), QStringLiteral("missing"), db.name()})
            QVERIFY2(legend.contains(meaning), qPrintable(legend));

        DiagramView *view = main.diagram()->view();
        view->zoomToFit();
        BoxItem *orders = box(QStringLiteral("orders"));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->mapFromScene(orders->mapToScene(QPointF(12, BoxItem::kTitleHeight / 2))));
        auto *tree = window->findChild<QTreeView *>(QStringLiteral("tree"));
        QCOMPARE(tree->currentIndex().data().toString(), QStringLiteral("orders"));

        // In step again: no colour left.
        db.exec(QStringLiteral("ALTER TABLE orders ALTER COLUMN status TYPE varchar(20); ALTER TABLE fills_history ADD COLUMN venue varchar(16)"));
        refreshed.clear();
        window->refresh();
        QVERIFY(refreshed.wait(60000));
        QVERIFY(!box(QStringLiteral("orders"))->isMarked());
        QVERIFY(!box(QStringLiteral("fills"))->isMarked());
        QCOMPARE(main.diagram()->legendText(), QString());
    }

    // A column inserted mid-table in the design is appended by PostgreSQL: a
    // note, not a problem, and one action makes the design take the order.
    void theDesignTakesTheDatabasesColumnOrderInOneStep()
    {
        QTemporaryDir dir;
        QVERIFY(QFile::copy(migrations() + QStringLiteral("/trading.json"), dir.filePath(QStringLiteral("trading.json"))));
        test::TestDatabase db;
        QCOMPARE(test::runCli({QStringLiteral("upgrade"), QStringLiteral("--db"), db.conninfo(), QStringLiteral("--migrations"), migrations()}).exitCode, 0);
        MainWindow main;
        QVERIFY(main.openProject(dir.filePath(QStringLiteral("trading.json"))));
        const auto orders = [&] { return *main.document()->project().findTable(QStringLiteral("orders"), QStringLiteral("public")); };
        const Table before = orders();
        Table moved = before;
        moved.columns.move(moved.columns.size() - 1, 1);  // updated_at second: the database has it last
        main.document()->undoStack()->push(new EditTableCommand(main.document(), before, moved, QStringLiteral("move")));
        const Project designed = main.document()->project();

        DriftWindow *window = main.openDriftWindow(db.conninfo());
        QSignalSpy refreshed(window, &DriftWindow::refreshed);
        window->refresh();
        QVERIFY(refreshed.wait(60000));
        auto *take = window->findChild<QPushButton *>(QStringLiteral("takeColumnOrder"));
        QVERIFY(take && take->isVisibleTo(window));
        QCOMPARE(window->treeModel().problemCount(), 0);  // a note, not a problem
        refreshed.clear();
        take->click();
        QCOMPARE(orders().columns, before.columns);       // the database's order
        QVERIFY(refreshed.wait(60000));
        QVERIFY(!take->isVisibleTo(window));              // nothing left to take
        main.document()->undoStack()->undo();             // one step
        QCOMPARE(main.document()->project(), designed);
    }

    // The colours belong to their drift window: gone when it closes, and never
    // carried over to another project whose tables are named the same.
    void driftColoursGoWithTheirWindowAndTheirProject()
    {
        QTemporaryDir dir;
        for (const char *copy : {"trading.json", "other.json"})
            QVERIFY(QFile::copy(migrations() + QStringLiteral("/trading.json"), dir.filePath(QLatin1String(copy))));
        test::TestDatabase db;
        QCOMPARE(test::runCli({QStringLiteral("upgrade"), QStringLiteral("--db"), db.conninfo(), QStringLiteral("--migrations"), migrations()}).exitCode, 0);
        db.exec(QStringLiteral("ALTER TABLE orders ALTER COLUMN status TYPE text"));
        MainWindow main;
        QVERIFY(main.openProject(dir.filePath(QStringLiteral("trading.json"))));
        const auto ordersMarked = [&] {
            return main.diagram()->scene()->tableBox(main.document()->project().findTable(QStringLiteral("orders"), QStringLiteral("public"))->id)->isMarked();
        };
        const auto showDrift = [&] {
            DriftWindow *window = main.openDriftWindow(db.conninfo());
            QSignalSpy refreshed(window, &DriftWindow::refreshed);
            window->refresh();
            return refreshed.wait(60000) ? window : nullptr;
        };
        QPointer<DriftWindow> window = showDrift();
        QVERIFY(window);
        QVERIFY(ordersMarked());
        window->close();
        QTRY_VERIFY(!window);
        QVERIFY(!ordersMarked());
        QCOMPARE(main.diagram()->legendText(), QString());

        QVERIFY(showDrift());
        QVERIFY(ordersMarked());
        QVERIFY(main.openProject(dir.filePath(QStringLiteral("other.json"))));
        QVERIFY(!ordersMarked());
        QCOMPARE(main.diagram()->legendText(), QString());
    }

    void aDatabaseBehindIsAppliedAndADesignOutOfStepTakesTheDatabasesVersion()
    {
        QTemporaryDir dir;
        test::copyExampleEnvironment(dir.path());
        QVERIFY(QFile::copy(migrations() + QStringLiteral("/trading.json"), dir.filePath(QStringLiteral("trading.json"))));
        test::TestDatabase db;
        QCOMPARE(test::runCli({QStringLiteral("upgrade"), QStringLiteral("--db"), db.conninfo(), QStringLiteral("--migrations"), dir.path(),
                               QStringLiteral("--to"), QStringLiteral("1764000600")}).exitCode, 0);
        MainWindow main;
        QVERIFY(main.openProject(dir.filePath(QStringLiteral("trading.json"))));
        main.showMigrations(db.conninfo());
        MigrationsPanel *panel = main.migrationsPanel();
        panel->setConfirm([](const QString &, const QString &) { return true; });
        for (QAction *action : main.findChildren<QAction *>())
            if (action->text().startsWith(QStringLiteral("&Drift and Checks")))
                action->trigger();
        DriftWindow *window = main.driftWindows().value(0);
        QVERIFY(window);
        window->setConninfo(db.conninfo());
        QSignalSpy refreshed(window, &DriftWindow::refreshed);
        window->refresh();
        QVERIFY(refreshed.wait(60000));
        QCOMPARE(window->situation(), DriftSituation::OutOfStep);
        QVERIFY2(window->situationText().contains(QStringLiteral("is behind the migration folder: it is at 1764000600, the folder's head is 1764001200")),
                 qPrintable(window->situationText()));
        auto *apply = window->findChild<QPushButton *>(QStringLiteral("applyToHead"));
        QVERIFY(apply->isVisible());
        for (const char *name : {"repairDatabase", "fixChain", "takeIntoDesign"})
            QVERIFY2(!window->findChild<QPushButton *>(QLatin1String(name))->isVisible(), name);  // nothing to create again

        QSignalSpy finished(panel, &MigrationsPanel::runFinished);
        refreshed.clear();
        apply->click();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().toString(), QString());
        QCOMPARE(db.scalar(QStringLiteral("SELECT version_num FROM alembic_version")), QStringLiteral("1764001200"));
        QVERIFY(refreshed.wait(60000));  // the window reads again after the run
        QVERIFY2(window->situation() == DriftSituation::InStep, qPrintable(window->situationText()));

        // The design gains a table the database does not have: the chain is in step, the design is not.
        const QString payments = main.addTable(QStringLiteral("payments"));
        QVERIFY(!payments.isEmpty());
        refreshed.clear();
        window->refresh();
        QVERIFY(refreshed.wait(60000));
        QCOMPARE(window->situation(), DriftSituation::DesignDiffers);
        QVERIFY2(window->situationText().contains(QStringLiteral("payments")), qPrintable(window->situationText()));
        QVERIFY(window->findChild<QPushButton *>(QStringLiteral("exportDesign"))->isVisible());
        auto *take = window->findChild<QPushButton *>(QStringLiteral("takeIntoDesign"));
        QVERIFY(take->isVisible());
        const Project before = main.document()->project();
        refreshed.clear();
        take->click();
        QVERIFY(refreshed.wait(30000));   // read the database
        QVERIFY(refreshed.wait(60000));   // and compared again
        QVERIFY(main.document()->project().findTable(QStringLiteral("payments"), QStringLiteral("public")) == nullptr);
        QVERIFY2(window->situation() == DriftSituation::InStep, qPrintable(window->situationText()));
        // Only what differed changed: the other tables keep their ids, and one Undo takes it all back.
        QCOMPARE(main.document()->project().tables.size(), before.tables.size() - 1);
        for (const Table &t : main.document()->project().tables)
            QVERIFY(before.findTable(t.name, t.schema) && before.findTable(t.name, t.schema)->id == t.id);
        main.document()->undoStack()->undo();
        QCOMPARE(main.document()->project(), before);

        // An enum made by hand comes along with the column that uses it, in the same undo step.
        db.exec(QStringLiteral("CREATE TYPE mood AS ENUM ('calm', 'busy'); ALTER TABLE fills ADD COLUMN mood mood"));
        refreshed.clear();
        window->takeDatabaseVersion();
        QVERIFY(refreshed.wait(30000));
        QVERIFY(refreshed.wait(60000));
        QCOMPARE(main.document()->project().types.value(0).values, QStringList({"calm", "busy"}));
        QCOMPARE(main.document()->project().findTable(QStringLiteral("fills"), QStringLiteral("public"))->column(QStringLiteral("mood"))->type,
                 QStringLiteral("mood"));
        main.document()->undoStack()->undo();
        QCOMPARE(main.document()->project(), before);
        db.exec(QStringLiteral("ALTER TABLE fills DROP COLUMN mood; DROP TYPE mood"));

        // A database holding what a design cannot hold yet is not taken in part.
        db.exec(QStringLiteral("CREATE SCHEMA elsewhere; CREATE TYPE elsewhere.mood AS ENUM ('calm'); ALTER TABLE fills ADD COLUMN mood elsewhere.mood"));
        refreshed.clear();
        window->takeDatabaseVersion();
        QVERIFY(refreshed.wait(30000));
        QVERIFY2(window->status().startsWith(QStringLiteral("Not taken")) && window->status().contains(QStringLiteral("fills.mood")),
                 qPrintable(window->status()));
        QCOMPARE(main.document()->project(), before);
    }

    // A hand-written migration forgot the history table: every database the
    // chain builds has the fault, so the fix is a migration, proven by verify.
    void aChainThatBuildsTheWrongThingIsFixedInTheChain()
    {
        QTemporaryDir dir;
        test::copyExampleEnvironment(dir.path());
        test::writeMigration(dir.filePath(QStringLiteral("versions")), QStringLiteral("1764001800"), QStringLiteral("1764001200"),
                             QStringLiteral("add_email_to_accounts"), test::execute(QStringLiteral("ALTER TABLE accounts ADD COLUMN email text")),
                             test::execute(QStringLiteral("ALTER TABLE accounts DROP COLUMN email")));
        test::TestDatabase db;
        QCOMPARE(test::runCli({QStringLiteral("upgrade"), QStringLiteral("--db"), db.conninfo(), QStringLiteral("--migrations"), dir.path()}).exitCode, 0);
        DriftWindow window(Project{}, dir.path(), db.conninfo());
        window.show();
        QSignalSpy refreshed(&window, &DriftWindow::refreshed);
        window.refresh();
        QVERIFY(refreshed.wait(60000));
        QCOMPARE(window.situation(), DriftSituation::ChainFault);
        QVERIFY2(window.situationText().contains(QStringLiteral("chain itself builds this")) && window.situationText().contains(QStringLiteral("accounts")),
                 qPrintable(window.situationText()));
        QVERIFY(window.findChild<QPushButton *>(QStringLiteral("fixChain"))->isVisible());
        QVERIFY(!window.findChild<QPushButton *>(QStringLiteral("repairDatabase"))->isVisible());

        window.openChainFix();
        auto *fix = window.findChild<FixMigrationDialog *>();
        QVERIFY(fix);
        QVERIFY2(fix->previewText().contains(QStringLiteral("ALTER TABLE accounts_history ADD COLUMN email TEXT;")), qPrintable(fix->previewText()));
        QSignalSpy proven(fix, &FixMigrationDialog::proofFinished);
        fix->accept();
        QVERIFY(proven.wait(120000));
        QVERIFY2(proven.first().first().toBool(), qPrintable(fix->proofLog()));
        QVERIFY2(fix->proofLog().contains(QStringLiteral("passed  check")), qPrintable(fix->proofLog()));
        QVERIFY(QFile::exists(fix->writtenPath()));
        QCOMPARE(QFileInfo(fix->writtenPath()).dir().dirName(), QStringLiteral("versions"));

        // Applied, the database is in step with the chain that now builds the right thing.
        QCOMPARE(test::runCli({QStringLiteral("upgrade"), QStringLiteral("--db"), db.conninfo(), QStringLiteral("--migrations"), dir.path()}).exitCode, 0);
        db.exec(QStringLiteral("INSERT INTO accounts (code, name, email) VALUES ('E', 'Eve', 'eve@example.org')"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT email FROM accounts_history WHERE operation = 'INSERT'")), QStringLiteral("eve@example.org"));
        refreshed.clear();
        window.refresh();
        QVERIFY(refreshed.wait(60000));
        QVERIFY2(window.situation() == DriftSituation::InStep, qPrintable(window.situationText()));
    }

    // The banner agrees with the tree: an empty design against a database is no
    // "as designed"; it says the design is empty and offers to take the database in.
    void theBannerAgreesWithTheTreeOnAnEmptyDesign()
    {
        test::TestDatabase db;
        db.exec(QStringLiteral("CREATE TABLE extra (id int PRIMARY KEY, note text)"));
        DriftWindow window(Project{}, QString(), db.conninfo());
        window.show();
        QSignalSpy refreshed(&window, &DriftWindow::refreshed);
        window.refresh();
        QVERIFY(refreshed.wait(60000));
        QVERIFY(window.model()->problemCount() > 0);
        QVERIFY2(!window.situationText().contains(QStringLiteral("as designed")) && window.situationText().contains(QStringLiteral("The design is empty")),
                 qPrintable(window.situationText()));
        QVERIFY(window.findChild<QPushButton *>(QStringLiteral("takeIntoDesign"))->isVisible());
        QCOMPARE(window.status(), QStringLiteral("%1 problem(s)").arg(window.model()->problemCount()));
    }

    // Verify checks the migrations this database has not had yet, shows how
    // far it is, checks the whole chain when asked, and stops on Cancel.
    void verifyChecksTheNewMigrationsWithProgressAndStopsOnCancel()
    {
        QTemporaryDir dir;
        test::copyExampleEnvironment(dir.path());
        const QString versions = dir.filePath(QStringLiteral("versions"));
        QString parent = QStringLiteral("1764001200");
        for (int i = 1; i <= 40; ++i) {   // enough steps that Cancel lands while it runs
            const QString revision = QString::number(1764002000 + i);
            test::writeMigration(versions, revision, parent, QStringLiteral("index_accounts_%1").arg(i),
                                 test::execute(QStringLiteral("CREATE INDEX ix_accounts_name_%1 ON accounts (name)").arg(i)),
                                 test::execute(QStringLiteral("DROP INDEX ix_accounts_name_%1").arg(i)));
            parent = revision;
        }
        test::TestDatabase db;
        QCOMPARE(test::runCli({QStringLiteral("upgrade"), QStringLiteral("1764002038"), QStringLiteral("--db"), db.conninfo(),
                               QStringLiteral("--migrations"), dir.path()}).exitCode, 0);
        DriftWindow window(Project{}, dir.path(), db.conninfo());
        window.show();
        QSignalSpy refreshed(&window, &DriftWindow::refreshed);
        window.refresh();
        QVERIFY(refreshed.wait(60000));

        auto *verify = window.findChild<QPushButton *>(QStringLiteral("verify"));
        auto *details = window.findChild<QTextBrowser *>();
        QSignalSpy progressed(&window, &DriftWindow::verifyProgressed);
        refreshed.clear();
        verify->click();
        QVERIFY(refreshed.wait(120000));
        const QString log = details->toPlainText();
        QVERIFY2(window.status() == QStringLiteral("Verification passed."), qPrintable(window.status() + QLatin1Char('\n') + log));
        QVERIFY2(log.contains(QStringLiteral("after 1764002038, the database's revision")) && log.contains(QStringLiteral("passed  upgrade head  ")) &&
                     log.contains(QStringLiteral("2 migration(s) applied")),
                 qPrintable(log));
        QVERIFY(progressed.size() >= 3);
        QCOMPARE(progressed.last().at(0).toInt(), progressed.last().at(1).toInt());   // ends at its total
        for (int i = 1; i < progressed.size(); ++i)
            QVERIFY(progressed.at(i).at(0).toInt() > progressed.at(i - 1).at(0).toInt());

        window.findChild<QCheckBox *>(QStringLiteral("verifyWholeChain"))->setChecked(true);
        QSignalSpy dropped(&window, &DriftWindow::staleResultDropped);
        bool cancelled = false;
        connect(&window, &DriftWindow::verifyProgressed, &window, [&](int done) {
            if (done == 3 && !cancelled) {
                cancelled = true;
                window.findChild<QPushButton *>(QStringLiteral("cancel"))->click();
            }
        });
        refreshed.clear();
        verify->click();
        QVERIFY(dropped.wait(120000));   // the run ended, stopped with its server, and nothing it found is shown
        QVERIFY(cancelled);
        QCOMPARE(window.status(), QStringLiteral("Cancelled."));
        QVERIFY(!window.isBusy());
        QCOMPARE(refreshed.size(), 0);
    }

    void aMissingPasswordIsAskedForAndKeptInMemoryOnly()
    {
        test::TestDatabase db;
        db.exec(QStringLiteral("DO $$ BEGIN CREATE ROLE sw_prompt_user LOGIN PASSWORD 'right'; EXCEPTION WHEN duplicate_object THEN NULL; END $$"));
        const QString port = db.conninfo().section(QStringLiteral("port="), 1).section(QLatin1Char(' '), 0, 0);
        const QString tcp = QStringLiteral("host=127.0.0.1 port=%1 dbname=%2 user=sw_prompt_user").arg(port, db.name());
        qputenv("PGPASSFILE", "/nonexistent");
        forgetSessionPasswords();
        DriftWindow window(Project{}, migrations(), tcp);
        QSignalSpy refreshed(&window, &DriftWindow::refreshed);
        window.refresh();
        QVERIFY(refreshed.wait(30000));
        QPointer<QDialog> prompt = window.findChild<QDialog *>(QStringLiteral("passwordPrompt"));
        QVERIFY(prompt);
        auto *field = prompt->findChild<QLineEdit *>(QStringLiteral("password"));
        QCOMPARE(field->echoMode(), QLineEdit::Password);
        field->setText(QStringLiteral("right"));
        prompt->accept();
        QVERIFY(refreshed.wait(30000));
        QVERIFY(!prompt || !prompt->isVisible());
        QCOMPARE(window.model()->rowCount(), 1);  // connected: the database node
        QVERIFY(window.effectiveConninfo().contains(QStringLiteral("password=")));
        QVERIFY(!QSettings().allKeys().join(QLatin1Char(' ')).contains(QStringLiteral("right")));
    }

    void aDatabaseBecomesTheBaselineOfTheDesign()
    {
        test::TestDatabase db;
        QCOMPARE(test::runCli({QStringLiteral("upgrade"), QStringLiteral("--db"), db.conninfo(), QStringLiteral("--migrations"), migrations(),
                               QStringLiteral("--to"), QStringLiteral("+2")}).exitCode, 0);
        MainWindow window;
        QVERIFY(window.openProject(migrations() + QStringLiteral("/trading.json")));
        QVERIFY(window.previewText().contains(QStringLiteral("No change since the last export")));
        QSignalSpy taken(&window, &MainWindow::baselineTaken);
        window.takeBaselineFrom(db.conninfo());
        QVERIFY(taken.wait(30000));
        // The database has accounts and orders: the migration to the design adds fills.
        const QString preview = window.previewText();
        QVERIFY2(preview.contains(QStringLiteral("CREATE TABLE fills (")), qPrintable(preview));
        QVERIFY(!preview.contains(QStringLiteral("CREATE TABLE orders (")));
        QVERIFY(!preview.contains(QStringLiteral("ALTER TABLE orders")));  // the design's spelling kept: no false change
        QVERIFY(preview.contains(QStringLiteral("down_revision = \"1764001200\"")));  // a new file follows the folder's head
        QCOMPARE(window.document()->undoStack()->text(0), QStringLiteral("Take the baseline from database %1").arg(db.name()));
        window.document()->undoStack()->undo();
        QVERIFY(window.previewText().contains(QStringLiteral("No change since the last export")));
    }

    void tablesInAnotherSchemaAreSeenByDriftAndBaseline()
    {
        // A design whose tables live in schema billing, built by its own migration.
        const QString design = test::sourceDir() + QStringLiteral("/tests/core/golden/other_schema.json");
        QTemporaryDir env;
        QCOMPARE(test::runCli({QStringLiteral("init"), env.path()}).exitCode, 0);
        const test::ProcessResult generated = test::runCli({QStringLiteral("generate"), QStringLiteral("--to"), design, QStringLiteral("--message"),
                                                            QStringLiteral("create_billing_tables"), QStringLiteral("--out"), env.path()});
        QVERIFY2(generated.exitCode == 0, qPrintable(generated.err));
        test::TestDatabase db;
        // The migration creates the schema it needs.
        QCOMPARE(test::runCli({QStringLiteral("upgrade"), QStringLiteral("--db"), db.conninfo(), QStringLiteral("--migrations"), env.path()}).exitCode, 0);

        DriftWindow window(loadProject(design), env.path(), db.conninfo());
        window.setSource(DriftWindow::Source::Design);
        QSignalSpy refreshed(&window, &DriftWindow::refreshed);
        window.refresh();
        QVERIFY(refreshed.wait(30000));
        QCOMPARE(window.status(), QStringLiteral("In step: no difference, no inconsistency."));
        QVERIFY(findNode(window.model(), QStringLiteral("invoice_lines")).isValid());
        QVERIFY2(window.situation() == DriftSituation::InStep, qPrintable(window.situationText()));
        window.setSource(DriftWindow::Source::Migrations);  // the chain, built in a scratch database, agrees
        QCOMPARE(window.status(), QStringLiteral("In step: no difference, no inconsistency."));

        MainWindow main;
        QVERIFY(main.openProject(design));
        QSignalSpy taken(&main, &MainWindow::baselineTaken);
        main.takeBaselineFrom(db.conninfo());
        QVERIFY(taken.wait(30000));
        QVERIFY2(main.previewText().contains(QStringLiteral("No change since the last export")), qPrintable(main.previewText()));
    }

    void aFailedRefreshShowsNoStaleTreeAndALongErrorKeepsTheWindowNarrow()
    {
        test::TestDatabase db;
        QCOMPARE(test::runCli({QStringLiteral("upgrade"), QStringLiteral("--db"), db.conninfo(), QStringLiteral("--migrations"), migrations()}).exitCode, 0);
        DriftWindow window(loadProject(migrations() + QStringLiteral("/trading.json")), migrations(), db.conninfo());
        window.resize(900, 600);
        window.show();
        QSignalSpy refreshed(&window, &DriftWindow::refreshed);
        window.refresh();
        QVERIFY(refreshed.wait(30000));
        QVERIFY(window.model()->rowCount() > 0);
        auto *tree = window.findChild<QTreeView *>(QStringLiteral("tree"));
        tree->setCurrentIndex(window.filter()->index(0, 0));
        auto *details = window.findChild<QTextBrowser *>(QStringLiteral("details"));
        QVERIFY(!details->toPlainText().isEmpty());

        // The database goes away under a name long enough to make a long error.
        window.setConninfo(QString(db.conninfo()).replace(db.name(), QStringLiteral("gone_") + QString(55, QLatin1Char('x'))));
        refreshed.clear();
        window.refresh();
        QVERIFY(refreshed.wait(30000));
        QVERIFY2(window.status().contains(QStringLiteral("does not exist")), qPrintable(window.status()));
        QCOMPARE(window.model()->rowCount(), 0);          // no tree that looks current
        QVERIFY(details->toPlainText().isEmpty());        // nor a description of one of its nodes
        QVERIFY2(window.minimumSizeHint().width() < 900, qPrintable(QString::number(window.minimumSizeHint().width())));
        QCOMPARE(window.width(), 900);
    }

    void cancelStopsTheQueryOnTheServer()
    {
        test::TestDatabase db;
        QCOMPARE(test::runCli({QStringLiteral("upgrade"), QStringLiteral("--db"), db.conninfo(), QStringLiteral("--migrations"), migrations()}).exitCode, 0);
        QProcess holder;  // a migration in progress elsewhere holds alembic_version
        holder.start(QStringLiteral("/usr/bin/psql"), {QStringLiteral("-d"), db.conninfo(), QStringLiteral("-c"),
                                                       QStringLiteral("BEGIN; LOCK TABLE alembic_version IN ACCESS EXCLUSIVE MODE; SELECT pg_sleep(60);")});
        const QString waiting = QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                                               "AND state = 'active' AND query LIKE 'SELECT version_num FROM alembic_version%'");
        QElapsedTimer timer;
        timer.start();
        while (db.scalar(QStringLiteral("SELECT count(*) FROM pg_locks WHERE relation = 'alembic_version'::regclass AND granted AND mode = 'AccessExclusiveLock'"))
               != QLatin1String("1")) {
            QVERIFY2(timer.elapsed() < 60000, "the holder never took its lock");
            QTest::qWait(50);
        }
        DriftWindow window(loadProject(migrations() + QStringLiteral("/trading.json")), migrations(), db.conninfo());
        QSignalSpy refreshed(&window, &DriftWindow::refreshed);
        window.refresh();
        timer.restart();
        while (db.scalar(waiting) != QLatin1String("1")) {
            QVERIFY2(timer.elapsed() < 60000, "the refresh never waited on the lock");
            QTest::qWait(50);
        }
        QSignalSpy dropped(&window, &DriftWindow::staleResultDropped);
        window.cancel();
        // Not cancelled, it would wait for the holder's 60 s.
        QTRY_VERIFY2_WITH_TIMEOUT(db.scalar(waiting) == QLatin1String("0"), "the cancelled query still runs on the server", 30000);
        QVERIFY(dropped.wait(30000));
        QCOMPARE(refreshed.count(), 0);  // its late failure never reaches the window
        QCOMPARE(window.status(), QStringLiteral("Cancelled."));
        holder.kill();
        holder.waitForFinished();
    }

    void aStaleRefreshIsDroppedAfterCancel()
    {
        DriftWindow window(Project{}, migrations(), QStringLiteral("host=127.0.0.1 port=1 dbname=x user=x"));
        QSignalSpy refreshed(&window, &DriftWindow::refreshed);
        QSignalSpy dropped(&window, &DriftWindow::staleResultDropped);
        window.refresh();
        window.cancel();
        QVERIFY(!window.isBusy());
        QVERIFY(dropped.wait(30000));  // the connection attempt failed meanwhile; its result must not show
        QCOMPARE(refreshed.count(), 0);
    }
};

QTEST_MAIN(TestDriftWindow)
#include "tst_driftwindow.moc"
