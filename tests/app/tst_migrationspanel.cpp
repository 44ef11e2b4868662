// Apply and roll back from the designer, on a real PostgreSQL: the same
// runner as the CLI, shown first and confirmed, in the background, with a
// Cancel that leaves the database at the last whole revision.

#include "alembichelpers.h"
#include "drift/driftwindow.h"
#include "export/exportdialog.h"
#include "mainwindow/mainwindow.h"
#include "tableeditor/tableeditor.h"
#include "merge/rebasedialog.h"
#include "migrations/migrationspanel.h"
#include "migrationwriter.h"
#include "teambranches.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <pqxx/pqxx>

using namespace sw;
using namespace sw::app;

namespace {

QString states(const QAbstractItemModel *model)
{
    QStringList list;
    for (int row = 0; row < model->rowCount(); ++row)
        list << model->index(row, 0).data().toString() + QLatin1Char(':') + model->index(row, 2).data().toString();
    return list.join(QLatin1Char(' '));
}

} // namespace

class TestMigrationsPanel : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString example() const { return m_dir.filePath(QStringLiteral("example")); }

private slots:
    void initTestCase() { test::copyExampleEnvironment(example()); }

    void applyShowsWhatRunsThenRollBackNamesTheRowsItDrops()
    {
        test::TestDatabase db;
        MigrationsPanel panel(example(), db.conninfo());
        QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QString asked, details;
        panel.setConfirm([&](const QString &question, const QString &sql) {
            asked = question;
            details = sql;
            return true;
        });
        QSignalSpy refreshed(&panel, &MigrationsPanel::refreshed);
        panel.refresh();
        QVERIFY(refreshed.wait(30000));
        QCOMPARE(states(panel.model()), QStringLiteral("1764000000:pending 1764000600:pending 1764001200:pending"));

        QSignalSpy finished(&panel, &MigrationsPanel::runFinished);
        panel.run(Direction::Upgrade, QStringLiteral("head"));
        QVERIFY(panel.isBusy());  // the window stays responsive
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().toString(), QString());
        QVERIFY2(asked.contains(QStringLiteral("upgrade 1764001200_create_fills_table.py")), qPrintable(asked));
        QVERIFY(details.contains(QStringLiteral("CREATE TABLE fills")));  // exactly the SQL that runs
        QVERIFY(refreshed.wait(30000));
        QCOMPARE(states(panel.model()), QStringLiteral("1764000000:applied 1764000600:applied 1764001200:current"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT version_num FROM alembic_version")), QStringLiteral("1764001200"));
        QVERIFY(panel.log().contains(QStringLiteral("Running upgrade 1764000000_create_accounts_table.py")));
        // Progress per statement too, with the line of the file it comes from.
        QVERIFY2(panel.log().contains(QStringLiteral("statement 1 of ")) && panel.log().contains(QStringLiteral("CREATE TABLE accounts")), qPrintable(panel.log()));

        // Rows in the table a roll back drops: the question names them.
        db.exec(QStringLiteral("INSERT INTO accounts (code, name) VALUES ('A1', 'Ada'); "
                               "INSERT INTO orders (account_id, instrument, side, quantity) SELECT id, 'X', 'BUY', 1 FROM accounts; "
                               "INSERT INTO fills (order_id, quantity, price) SELECT id, 1, 10 FROM orders"));
        finished.clear();
        panel.run(Direction::Downgrade, QStringLiteral("-1"));
        QVERIFY(finished.wait(60000));
        QVERIFY2(asked.contains(QStringLiteral("table fills (1 rows)")) && asked.contains(QStringLiteral("table fills_history (1 rows)")), qPrintable(asked));
        QCOMPARE(db.scalar(QStringLiteral("SELECT version_num FROM alembic_version")), QStringLiteral("1764000600"));

        // Declined: nothing runs.
        panel.setConfirm([](const QString &, const QString &) { return false; });
        finished.clear();
        panel.run(Direction::Downgrade, QStringLiteral("base"));
        QVERIFY(finished.wait(30000));
        QCOMPARE(db.scalar(QStringLiteral("SELECT version_num FROM alembic_version")), QStringLiteral("1764000600"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM orders")), QStringLiteral("1"));
    }

    // The question before a run names the database, never a password typed into the connection;
    // nor does anything the dock writes to its log.
    void aRunIsConfirmedByTheDatabasesNameNeverItsPassword()
    {
        test::TestDatabase db;
        const QString secret = QStringLiteral("s3cret-never-shown");
        MigrationsPanel panel(example(), db.conninfo() + QStringLiteral(" password=") + secret);
        QString asked, details;
        panel.setConfirm([&](const QString &question, const QString &sql) {
            asked = question;
            details = sql;
            return true;
        });
        QSignalSpy finished(&panel, &MigrationsPanel::runFinished);
        panel.run(Direction::Upgrade, QStringLiteral("head"));
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().toString(), QString());
        QVERIFY2(asked.startsWith(QStringLiteral("Run on database %1:").arg(db.name())), qPrintable(asked));
        for (const QString &shown : {asked, details, panel.log()})
            QVERIFY2(!shown.contains(secret), qPrintable(shown));
    }

    // Choosing a database offers its own types in the type column: enums, domains,
    // composite types and extension types, never arrays or a table's row type.
    void theTypeColumnOffersTheChosenDatabasesTypes()
    {
        test::TestDatabase db;
        db.exec(QStringLiteral("CREATE EXTENSION citext; CREATE SCHEMA app; CREATE TYPE mood AS ENUM ('calm', 'cross');"
                               "CREATE DOMAIN app.money_amount AS numeric(12,2) CHECK (VALUE >= 0); CREATE TYPE app.point3 AS (x int, y int, z int);"
                               "CREATE TABLE lamps (id int)"));
        QTemporaryDir dir;
        test::copyExampleEnvironment(dir.path());
        QVERIFY(QFile::copy(test::sourceDir() + QStringLiteral("/migrations/trading.json"), dir.filePath(QStringLiteral("trading.json"))));
        MainWindow window;
        QVERIFY(window.openProject(dir.filePath(QStringLiteral("trading.json"))));
        QVERIFY(!window.tableEditor()->typeChoices().contains(QStringLiteral("mood")));
        window.showMigrations(db.conninfo());
        QTRY_VERIFY_WITH_TIMEOUT(window.tableEditor()->typeChoices().contains(QStringLiteral("mood")), 30000);
        const QStringList choices = window.tableEditor()->typeChoices();
        for (const char *offered : {"app.money_amount", "app.point3", "citext"})
            QVERIFY2(choices.contains(QLatin1String(offered)), qPrintable(choices.join(QLatin1Char(' '))));
        for (const char *withheld : {"lamps", "_mood", "app._point3"})
            QVERIFY2(!choices.contains(QLatin1String(withheld)), qPrintable(choices.join(QLatin1Char(' '))));

        // Chosen for a column, a type the design does not hold comes along, in one undo step.
        const Project before = window.document()->project();
        window.selectTable(before.tables.first().id);
        window.tableEditor()->setColumnType(1, QStringLiteral("mood[]"));
        window.tableEditor()->setColumnType(2, QStringLiteral("citext"));
        const Project &after = window.document()->project();
        QCOMPARE(after.types.size(), before.types.size() + 1);
        QCOMPARE(after.types.last().values, QStringList({QStringLiteral("calm"), QStringLiteral("cross")}));
        QVERIFY(after.extensionProviding(QStringLiteral("citext")));
        QCOMPARE(after.tables.first().columns.at(1).type, QStringLiteral("mood[]"));
        QVERIFY2(window.previewText().contains(QStringLiteral("CREATE TYPE mood AS ENUM ('calm', 'cross');")), qPrintable(window.previewText()));
        QVERIFY2(window.previewText().contains(QStringLiteral("CREATE EXTENSION IF NOT EXISTS citext")), qPrintable(window.previewText()));
        window.document()->undoStack()->undo();
        window.document()->undoStack()->undo();
        QCOMPARE(window.document()->project(), before);
    }

    // After git merged two branches the dock names the heads and offers Rebase
    // heads…: the dialog keeps the head git says this branch had, shows the
    // plan, rebases and verifies; the design's baseline moves to the new head
    // in one undo step, and the folder is one chain that lint finds clean.
    void aForkedFolderIsRebasedFromTheDock()
    {
        test::TeamBranches team;
        QVERIFY(team.mergedBranches());
        test::TestDatabase db;
        MainWindow window;
        QVERIFY(window.openProject(team.project()));
        window.showMigrations(db.conninfo(), team.migrations());
        MigrationsPanel *panel = window.migrationsPanel();
        QTRY_COMPARE_WITH_TIMEOUT(panel->heads().size(), 2, 30000);
        auto *offer = panel->findChild<QPushButton *>(QStringLiteral("rebaseHeads"));
        QVERIFY(offer && !offer->isHidden());
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), 30000);
        offer->click();
        QVERIFY(window.rebaseDialog());
        window.rebaseDialog()->reject();
        QTRY_VERIFY(!window.rebaseDialog());
        // Export refuses the forked folder and offers the same rebase.
        window.exportMigration();
        auto *exportDialog = window.findChild<ExportDialog *>();
        QVERIFY(exportDialog);
        QVERIFY(!exportDialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->isEnabled());
        auto *rebaseFirst = exportDialog->findChild<QPushButton *>(QStringLiteral("rebase"));
        QVERIFY(rebaseFirst && !rebaseFirst->isHidden());
        rebaseFirst->click();
        RebaseDialog *dialog = window.rebaseDialog();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->plan().contains(QStringLiteral("1764002000_add_note_to_orders.py")), 30000);
        QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("onto"))->currentText(), QStringLiteral("1764001500"));
        QSignalSpy rebased(dialog, &RebaseDialog::rebased);
        dialog->rebase();
        QVERIFY(dialog->isBusy());
        QTest::keyClick(dialog, Qt::Key_Escape);  // while verify runs, the dialog stays: its end moves the baseline
        QVERIFY(window.rebaseDialog() == dialog && dialog->isVisible());
        QVERIFY2(rebased.wait(180000), qPrintable(dialog->outcome()));
        const QString head = rebased.first().first().toString();
        QCOMPARE(window.document()->project().baseline->revision, head);
        QVERIFY(!QFile::exists(team.path(QStringLiteral("migrations/versions/1764002000_add_note_to_orders.py"))));
        QTRY_COMPARE_WITH_TIMEOUT(panel->heads(), QStringList{head}, 30000);
        const test::ProcessResult lint = team.cli({QStringLiteral("lint"), QStringLiteral("--migrations"), team.migrations()});
        QVERIFY2(lint.exitCode == 0, qPrintable(lint.out + lint.err));
        window.document()->undoStack()->undo();
        QCOMPARE(window.document()->project().baseline->revision, QStringLiteral("1764001500"));
    }

    void exportAndApplyInOneStep()
    {
        QTemporaryDir dir;
        test::copyExampleEnvironment(dir.path());
        QVERIFY(QFile::copy(test::sourceDir() + QStringLiteral("/migrations/trading.json"), dir.filePath(QStringLiteral("trading.json"))));
        test::TestDatabase db;
        MainWindow window;
        QVERIFY(window.openProject(dir.filePath(QStringLiteral("trading.json"))));
        window.showMigrations(db.conninfo());
        MigrationsPanel *panel = window.migrationsPanel();
        QSignalSpy refreshed(panel, &MigrationsPanel::refreshed);
        QVERIFY(refreshed.wait(30000));
        QString asked;
        panel->setConfirm([&](const QString &question, const QString &) {
            asked = question;
            return true;
        });
        window.addTable(QStringLiteral("payments"));
        window.exportMigration();
        auto *dialog = window.findChild<ExportDialog *>();
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>(QStringLiteral("message"))->setText(QStringLiteral("create_payments_table"));
        QSignalSpy finished(panel, &MigrationsPanel::runFinished);
        dialog->saveAndApply();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().toString(), QString());
        QVERIFY2(asked.contains(QStringLiteral("_create_payments_table.py")), qPrintable(asked));
        QCOMPARE(db.scalar(QStringLiteral("SELECT to_regclass('payments_history') IS NOT NULL")), QStringLiteral("t"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM alembic_version")), QStringLiteral("1"));

        // An open drift window reads the database again after a run.
        for (QAction *action : window.findChildren<QAction *>())
            if (action->text().startsWith(QStringLiteral("&Drift and Checks")))
                action->trigger();
        QCOMPARE(window.driftWindows().size(), 1);
        DriftWindow *drift = window.driftWindows().first();
        drift->setConninfo(db.conninfo());
        QSignalSpy driftRefreshed(drift, &DriftWindow::refreshed);
        finished.clear();
        panel->run(Direction::Downgrade, QStringLiteral("-1"));
        QVERIFY(finished.wait(60000));
        QVERIFY(driftRefreshed.wait(60000));
    }

    void aVersionMismatchIsDetectedAndStamped()
    {
        test::TestDatabase db;
        MigrationsPanel panel(example(), db.conninfo());
        panel.setConfirm([](const QString &, const QString &) { return true; });
        QSignalSpy finished(&panel, &MigrationsPanel::runFinished);
        panel.run(Direction::Upgrade, QStringLiteral("1764000600"));
        QVERIFY(finished.wait(60000));
        db.exec(QStringLiteral("UPDATE alembic_version SET version_num = '1764001200'"));  // says head, holds one less
        QString asked;
        panel.setConfirm([&](const QString &question, const QString &) {
            asked = question;
            return true;
        });
        QSignalSpy stamped(&panel, &MigrationsPanel::stampFinished);
        QSignalSpy refreshed(&panel, &MigrationsPanel::refreshed);
        panel.detectAndStamp();
        QVERIFY(stamped.wait(60000));
        QVERIFY2(asked.contains(QStringLiteral("exactly the schema of 1764000600")) && asked.contains(QStringLiteral("says 1764001200")), qPrintable(asked));
        QCOMPARE(stamped.first().first().toString(), QStringLiteral("Stamped 1764000600 into alembic_version."));
        QCOMPARE(db.scalar(QStringLiteral("SELECT version_num FROM alembic_version")), QStringLiteral("1764000600"));
        QVERIFY(refreshed.wait(30000));
        QCOMPARE(states(panel.model()), QStringLiteral("1764000000:applied 1764000600:current 1764001200:pending"));
    }

    void aMigrationOnlyAlembicCanRunIsAppliedToo()
    {
        QTemporaryDir dir;
        QCOMPARE(test::runCli({QStringLiteral("init"), dir.path()}).exitCode, 0);
        const QString versions = dir.filePath(QStringLiteral("versions"));
        test::writeMigration(versions, QStringLiteral("1700000000"), {}, QStringLiteral("create_a_table"),
                             test::execute(QStringLiteral("CREATE TABLE a (id int)")), test::execute(QStringLiteral("DROP TABLE a")));
        test::writeMigration(versions, QStringLiteral("1700000100"), QStringLiteral("1700000000"), QStringLiteral("add_b_column_to_a"),
                             QStringLiteral("    op.add_column(\"a\", sa.Column(\"b\", sa.Integer()))\n"), QStringLiteral("    op.drop_column(\"a\", \"b\")\n"));
        test::TestDatabase db;
        MigrationsPanel panel(dir.path(), db.conninfo());
        QString details;
        panel.setConfirm([&](const QString &, const QString &sql) {
            details = sql;
            return true;
        });
        QSignalSpy finished(&panel, &MigrationsPanel::runFinished);
        panel.run(Direction::Upgrade, QStringLiteral("head"));
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().toString(), QString());
        QVERIFY2(details.contains(QStringLiteral("op.add_column")), qPrintable(details));  // said, not hidden
        QCOMPARE(db.scalar(QStringLiteral("SELECT string_agg(attname, ',' ORDER BY attnum) FROM pg_attribute WHERE attrelid = 'a'::regclass AND attnum > 0")),
                 QStringLiteral("id,b"));
    }

    // Another runner holds the lock: the panel says who and waits, until the
    // user gives up (nothing run) or the other runner finishes (then it runs).
    void aSecondRunnerHoldingTheLockIsNamedThenWaitedForOrGivenUp()
    {
        test::TestDatabase db;
        pqxx::connection other((db.conninfo() + QStringLiteral(" application_name=other-runner")).toStdString());
        {
            pqxx::nontransaction tx(other);
            tx.exec("SELECT pg_advisory_lock(21335, 1296648018)");  // the runner's lock: "SW", "MIGR"
        }
        MigrationsPanel panel(example(), db.conninfo());
        panel.setConfirm([](const QString &, const QString &) { return true; });
        QSignalSpy finished(&panel, &MigrationsPanel::runFinished);
        const auto waitForLog = [&](const QString &text) {
            QElapsedTimer timer;
            timer.start();
            while (!panel.log().contains(text) && timer.elapsed() < 30000)
                QTest::qWait(50);
            return panel.log().contains(text);
        };
        panel.run(Direction::Upgrade, QStringLiteral("head"));
        QVERIFY2(waitForLog(QStringLiteral("Waiting for another runner")), qPrintable(panel.log()));
        QVERIFY2(panel.log().contains(QStringLiteral("application \"other-runner\"")) && panel.log().contains(QStringLiteral("connected since")),
                 qPrintable(panel.log()));
        QVERIFY(panel.isBusy());  // waiting, not failed: the user decides
        QCOMPARE(finished.count(), 0);
        panel.cancel();
        QVERIFY(finished.wait(60000));  // and it was still waiting when cancelled:
        QVERIFY2(finished.first().first().toString().contains(QStringLiteral("gave up waiting")), qPrintable(finished.first().first().toString()));
        QCOMPARE(db.scalar(QStringLiteral("SELECT to_regclass('alembic_version') IS NULL")), QStringLiteral("t"));  // nothing ran

        // This time the user waits; the other runner finishes, and the run goes through.
        finished.clear();
        const qsizetype logged = panel.log().size();
        panel.run(Direction::Upgrade, QStringLiteral("head"));
        QElapsedTimer timer;
        timer.start();
        while (panel.log().mid(logged).count(QStringLiteral("Waiting for another runner")) < 1 && timer.elapsed() < 30000)
            QTest::qWait(50);
        {
            pqxx::nontransaction tx(other);
            tx.exec("SELECT pg_advisory_unlock(21335, 1296648018)");
        }
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().toString(), QString());
        QCOMPARE(db.scalar(QStringLiteral("SELECT version_num FROM alembic_version")), QStringLiteral("1764001200"));
    }

    // The guide's reset_db.py: only the database whose name the user typed.
    void resetWipesOnlyTheDatabaseTypedOut()
    {
        test::TestDatabase db;
        QCOMPARE(test::runCli({QStringLiteral("upgrade"), QStringLiteral("--db"), db.conninfo(), QStringLiteral("--migrations"), example()}).exitCode, 0);
        db.exec(QStringLiteral("INSERT INTO accounts (code, name) VALUES ('A', 'Ann'); CREATE TABLE scratch_notes (id int)"));
        MigrationsPanel panel(example(), db.conninfo());
        QSignalSpy reset(&panel, &MigrationsPanel::resetFinished);
        panel.setAskText([](const QString &) { return QStringLiteral("production"); });  // a typo, or the wrong window
        panel.resetDatabase();
        QVERIFY(reset.wait(60000));
        QVERIFY2(reset.first().first().toString().contains(QStringLiteral("not production: nothing was dropped")), qPrintable(reset.first().first().toString()));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM accounts")), QStringLiteral("1"));

        reset.clear();
        QString prompt;
        panel.setAskText([&](const QString &question) {
            prompt = question;
            return db.name();
        });
        panel.resetDatabase();
        QVERIFY(reset.wait(60000));
        QCOMPARE(reset.first().first().toString(), QString());
        QVERIFY(prompt.contains(QStringLiteral("Type the name of the database")));
        QCOMPARE(db.scalar(QStringLiteral("SELECT version_num FROM alembic_version")), QStringLiteral("1764001200"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM accounts")), QStringLiteral("0"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT to_regclass('scratch_notes') IS NULL")), QStringLiteral("t"));
        QVERIFY(panel.log().contains(QStringLiteral("Reset: the database is at 1764001200.")));
    }

    void cancelDuringASlowMigrationLeavesTheLastWholeRevision()
    {
        QTemporaryDir dir;
        test::writeMigration(dir.path(), QStringLiteral("1700000000"), {}, QStringLiteral("create_a_table"),
                             test::execute(QStringLiteral("CREATE TABLE a (id int)")), test::execute(QStringLiteral("DROP TABLE a")));
        test::writeMigration(dir.path(), QStringLiteral("1700000100"), QStringLiteral("1700000000"), QStringLiteral("backfill_a_slowly"),
                             test::execute(QStringLiteral("INSERT INTO a VALUES (1); SELECT pg_sleep(30)")), test::execute(QStringLiteral("DELETE FROM a")));
        test::TestDatabase db;
        MigrationsPanel panel(dir.path(), db.conninfo());
        panel.setConfirm([](const QString &, const QString &) { return true; });
        QSignalSpy finished(&panel, &MigrationsPanel::runFinished);
        panel.run(Direction::Upgrade, QStringLiteral("head"));
        QElapsedTimer timer;
        timer.start();
        while (db.scalar(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE '%pg_sleep(30)%' "
                                        "AND query NOT LIKE '%pg_stat_activity%'")) != QLatin1String("1")) {
            QVERIFY2(timer.elapsed() < 30000, "the slow migration never started");
            QTest::qWait(50);
        }
        panel.cancel();
        // Not cancelled, the statement would end after its 30 s and the migration commit (1700000100).
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.first().first().toString().contains(QStringLiteral("rolled back")), qPrintable(finished.first().first().toString()));
        QCOMPARE(db.scalar(QStringLiteral("SELECT version_num FROM alembic_version")), QStringLiteral("1700000000"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM a")), QStringLiteral("0"));
    }
};

QTEST_MAIN(TestMigrationsPanel)
#include "tst_migrationspanel.moc"
