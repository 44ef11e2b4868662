// File → New Project from Database…, on a real PostgreSQL: the schemas
// chosen are read into a new, unsaved project whose baseline is the
// database (nothing to migrate), the same way schemawright-cli import reads
// them; Cancel stops the reading on the server and leaves the window as it
// was. On an empty design, Take Baseline leads here instead of a migration
// that would drop every table.

#include "document/designcommands.h"
#include "drift/driftwindow.h"
#include "import/databaseimportdialog.h"
#include "mainwindow/example.h"
#include "mainwindow/mainwindow.h"
#include "migrations/migrationspanel.h"
#include "testdatabase.h"

#include <QAction>
#include <QElapsedTimer>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <pqxx/pqxx>

using namespace sw;
using namespace sw::app;

namespace {

QAction *action(QWidget *window, const QString &objectNameOrText)
{
    for (QAction *a : window->findChildren<QAction *>())
        if (a->objectName() == objectNameOrText || a->text() == objectNameOrText)
            return a;
    return nullptr;
}

// The window's current connection becomes `conninfo`, as picking it would.
void connectTo(MainWindow &window, const QString &conninfo)
{
    window.showMigrations(conninfo);
    QSignalSpy refreshed(window.migrationsPanel(), &MigrationsPanel::refreshed);
    refreshed.wait(30000);
}

DatabaseImportDialog *openedDialog(MainWindow &window)
{
    auto *dialog = window.findChild<DatabaseImportDialog *>();
    if (dialog && (!dialog->schemas().isEmpty() || QSignalSpy(dialog, &DatabaseImportDialog::schemasRead).wait(30000)))
        return dialog;
    return nullptr;
}

QStringList tableNames(MainWindow &window)
{
    QStringList names;
    for (const Table &t : window.document()->project().tables)
        names << t.schema + QLatin1Char('.') + t.name;
    names.sort();
    return names;
}

} // namespace

class TestDatabaseImport : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void theChosenSchemasBecomeANewProjectWithNothingToMigrate()
    {
        test::TestDatabase db;
        db.exec(QStringLiteral("CREATE TABLE accounts (id bigint PRIMARY KEY, name text NOT NULL);"
                               "CREATE SCHEMA billing; CREATE TABLE billing.invoices (id bigint PRIMARY KEY, account_id bigint REFERENCES accounts);"
                               "CREATE SCHEMA scratch; CREATE TABLE scratch.notes (id int)"));
        MainWindow window;
        connectTo(window, db.conninfo());
        action(&window, QStringLiteral("actionNewFromDatabase"))->trigger();
        DatabaseImportDialog *dialog = openedDialog(window);
        QVERIFY(dialog);
        QCOMPARE(dialog->schemas(), (QStringList{"billing", "public", "scratch"}));
        dialog->setChosen({QStringLiteral("public"), QStringLiteral("billing")});
        QSignalSpy imported(&window, &MainWindow::projectImported);
        dialog->startImport();
        QVERIFY(imported.wait(60000));
        QCOMPARE(tableNames(window), (QStringList{"billing.invoices", "public.accounts"}));
        QVERIFY2(window.previewText().contains(QStringLiteral("No change")), qPrintable(window.previewText()));
        QVERIFY(window.document()->path().isEmpty());
        QVERIFY(window.document()->isModified());  // a close asks to save it
        QCOMPARE(window.currentConnection()->conninfo(), db.conninfo());
    }

    void cancelStopsTheReadingOnTheServerAndKeepsTheWindow()
    {
        test::TestDatabase db;
        db.exec(QStringLiteral("CREATE TABLE accounts (id bigint PRIMARY KEY)"));
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openProject(copyOfExample(dir.path())));  // saved: nothing to ask before it is replaced
        const Project before = window.document()->project();
        connectTo(window, db.conninfo());
        action(&window, QStringLiteral("actionNewFromDatabase"))->trigger();
        DatabaseImportDialog *dialog = openedDialog(window);
        QVERIFY(dialog);
        // Comments are read from pg_description: held, the import waits there.
        pqxx::connection holder(db.conninfo().toStdString());
        pqxx::work lock(holder);
        lock.exec("LOCK TABLE pg_catalog.pg_description IN ACCESS EXCLUSIVE MODE");
        dialog->startImport();
        QVERIFY(dialog->isBusy());
        const QString waiting = QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                                               "AND application_name = 'schemawright' AND wait_event_type = 'Lock'");
        const auto count = [&] { return db.scalar(waiting).toInt(); };
        QTRY_COMPARE_WITH_TIMEOUT(count(), 1, 30000);
        QSignalSpy failed(dialog, &DatabaseImportDialog::failed);
        dialog->cancel();
        QVERIFY(dialog->status().contains(QStringLiteral("Cancelled")));
        QTRY_COMPARE_WITH_TIMEOUT(count(), 0, 30000);  // stopped on the server, not left waiting
        lock.abort();
        QCOMPARE(window.document()->project(), before);
        QVERIFY(!dialog->isBusy());
    }

    // The drift window on an empty design lists what the database has; taken
    // into the design, its tables and views are, in one undo step.
    void whatOnlyTheDatabaseHasIsTakenIntoTheDesign()
    {
        test::TestDatabase db;
        db.exec(QStringLiteral("CREATE TABLE accounts (id bigint PRIMARY KEY, name text); "
                               "CREATE VIEW named_accounts AS SELECT id, name FROM accounts WHERE name IS NOT NULL"));
        MainWindow window;
        DriftWindow *drift = window.openDriftWindow(db.conninfo());
        QSignalSpy refreshed(drift, &DriftWindow::refreshed);
        drift->refresh();
        QVERIFY(refreshed.wait(60000));
        auto *take = drift->findChild<QPushButton *>(QStringLiteral("takeIntoDesign"));
        QVERIFY(take && take->isVisibleTo(drift));
        refreshed.clear();
        take->click();
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.size() == 2 && !drift->isBusy(), 60000);  // taken, then read again
        QCOMPARE(tableNames(window), QStringList{QStringLiteral("public.accounts")});
        const QList<SqlObject> objects = window.document()->project().sqlObjects;
        QVERIFY(std::any_of(objects.begin(), objects.end(), [](const SqlObject &o) { return o.name == QLatin1String("named_accounts"); }));
        QCOMPARE(drift->treeModel().problemCount(), 0);
        window.document()->undoStack()->undo();
        QVERIFY(window.document()->project().tables.isEmpty() && window.document()->project().sqlObjects.isEmpty());
    }

    void takeBaselineOnAnEmptyDesignOffersTheImportInstead()
    {
        test::TestDatabase db;
        db.exec(QStringLiteral("CREATE TABLE accounts (id bigint PRIMARY KEY)"));
        MainWindow window;
        connectTo(window, db.conninfo());
        action(&window, QStringLiteral("Take &Baseline from Database…"))->trigger();
        DatabaseImportDialog *dialog = openedDialog(window);
        QVERIFY(dialog);
        const QList<QLabel *> labels = dialog->findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.begin(), labels.end(), [](const QLabel *l) { return l->isVisibleTo(l->window()) && l->text().contains(QStringLiteral("drop every table")); }));
        QVERIFY(!window.previewText().contains(QStringLiteral("DROP TABLE")));
    }
};

QTEST_MAIN(TestDatabaseImport)
#include "tst_databaseimport.moc"
