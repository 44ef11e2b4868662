// The team workflow end to end, with the real git, the real alembic and a
// real PostgreSQL: on main one developer adds orders.priority, on a branch
// another adds orders.note, each with its migration. git merges the design
// through merge-design; rebase joins the two heads; lint is clean, alembic
// upgrades a fresh database, and history rows carry both new columns.

#include "teambranches.h"
#include "testdatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace sw;

class TestRebase : public QObject {
    Q_OBJECT
private slots:
    void twoBranchesBecomeOneChainWithEveryColumnInHistory()
    {
        test::TeamBranches team;
        QVERIFY(team.mergedBranches());
        // Two heads now, each rewriting orders_history_trigger() with its own columns: lint says so.
        QCOMPARE(team.cli({QStringLiteral("lint"), QStringLiteral("--migrations"), team.migrations()}).exitCode, 1);

        const test::ProcessResult dry = team.cli({QStringLiteral("rebase"), QStringLiteral("--migrations"), team.migrations(),
                                                                         QStringLiteral("--project"), team.project(), QStringLiteral("--dry-run")});
        QVERIFY2(dry.exitCode == 0 && dry.out.contains(QStringLiteral("moves 1764002000_add_note_to_orders.py")), qPrintable(dry.out + dry.err));
        QVERIFY(QFile::exists(team.path(QStringLiteral("migrations/versions/1764002000_add_note_to_orders.py"))));
        const test::ProcessResult rebased = team.cli({QStringLiteral("rebase"), QStringLiteral("--migrations"), team.migrations(),
                                                                             QStringLiteral("--project"), team.project()});
        QVERIFY2(rebased.exitCode == 0, qPrintable(rebased.out + rebased.err));
        QVERIFY(!QFile::exists(team.path(QStringLiteral("migrations/versions/1764002000_add_note_to_orders.py"))));
        const QStringList files = QDir(team.path(QStringLiteral("migrations/versions"))).entryList({QStringLiteral("*_add_note_to_orders.py")}, QDir::Files);
        QCOMPARE(files.size(), 1);
        QVERIFY2(files.first().section(QLatin1Char('_'), 0, 0).toLongLong() > 1764002000, qPrintable(files.first()));
        const test::ProcessResult lint = team.cli({QStringLiteral("lint"), QStringLiteral("--migrations"), team.migrations()});
        QVERIFY2(lint.exitCode == 0, qPrintable(lint.out + lint.err));

        // The real alembic, a fresh database: a row's history carries both branches' columns.
        test::TestDatabase db;
        SW_ALEMBIC(team.migrations(), db, QStringLiteral("upgrade"), QStringLiteral("head"));
        db.exec(QStringLiteral("INSERT INTO accounts (code, name) VALUES ('A', 'Ann');"
                               "INSERT INTO orders (instrument, side, quantity, account_id, note, priority) SELECT 'XAU', 'BUY', 1, id, 'rush', 5 FROM accounts;"
                               "UPDATE orders SET priority = 7, note = 'later'; DELETE FROM orders"));
        // The row inserted, as it was before the update, as it was deleted: both branches' columns every time.
        QCOMPARE(db.scalar(QStringLiteral("SELECT string_agg(note || ':' || priority, ' ' ORDER BY history_id) FROM orders_history")),
                 QStringLiteral("rush:5 rush:5 later:7"));
    }

    // The baseline says orders has a column the chain never made: the regenerated
    // migration drops it and fails on the throwaway server. Everything is put
    // back as it was: the moved file, the design, no new file.
    void aRebaseWhoseVerifyFailsPutsEverythingBack()
    {
        test::TeamBranches team;
        QVERIFY(team.mergedBranches());
        test::editTableInFile(team.project(), QStringLiteral("orders"), [](QJsonObject &table) {
            test::addColumnTo(table, QStringLiteral("c-orders-legacy"), QStringLiteral("legacy"), QStringLiteral("text"));
        }, test::TablesOf::Baseline);
        const QString design = test::readFile(team.project());
        const QStringList before = QDir(team.path(QStringLiteral("migrations/versions"))).entryList(QDir::Files);
        const test::ProcessResult rebased = team.cli({QStringLiteral("rebase"), QStringLiteral("--migrations"), team.migrations(),
                                                      QStringLiteral("--project"), team.project()});
        QCOMPARE(rebased.exitCode, 1);
        QVERIFY2(rebased.err.contains(QStringLiteral("put back")) && rebased.err.contains(QStringLiteral("legacy")), qPrintable(rebased.err));
        QCOMPARE(QDir(team.path(QStringLiteral("migrations/versions"))).entryList(QDir::Files), before);
        QCOMPARE(test::readFile(team.project()), design);
    }

    // Outside git nothing says which head is this branch's: refused, naming the heads; nothing changes.
    void withoutGitTheHeadsAreListedAndNothingChanges()
    {
        QTemporaryDir dir;
        test::copyExampleEnvironment(dir.path());
        QVERIFY(QFile::copy(test::sourceDir() + QStringLiteral("/migrations/trading.json"), dir.filePath(QStringLiteral("trading.json"))));
        QFile other(dir.filePath(QStringLiteral("versions/1764001300_add_note_to_orders.py")));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write("revision = \"1764001300\"\ndown_revision = \"1764000600\"\n\ndef upgrade():\n    pass\n\ndef downgrade():\n    pass\n");
        other.close();
        const QStringList before = QDir(dir.filePath(QStringLiteral("versions"))).entryList(QDir::Files);
        const test::ProcessResult run = test::runCli({QStringLiteral("rebase"), QStringLiteral("--migrations"), dir.path(), QStringLiteral("--project"),
                                                      dir.filePath(QStringLiteral("trading.json"))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("1764001200")) && run.err.contains(QStringLiteral("1764001300")) && run.err.contains(QStringLiteral("--onto")),
                 qPrintable(run.err));
        QCOMPARE(QDir(dir.filePath(QStringLiteral("versions"))).entryList(QDir::Files), before);
    }
};

QTEST_MAIN(TestRebase)
#include "tst_rebase.moc"
