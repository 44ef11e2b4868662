// Production-safe migrations ("production_safe" in the project): each one sets
// lock_timeout first, so behind a colleague's long transaction it gives up
// after the timeout, leaving the database as it was, instead of making every
// query on the table wait behind it. Proven under the real alembic on a
// populated database, then applied and rolled back exactly.

#include "alembichelpers.h"
#include "processes.h"
#include "testdatabase.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace sw;
using namespace sw::test;

class TestProductionSafe : public QObject {
    Q_OBJECT
private slots:
    void aMigrationBehindALongTransactionGivesUpAndLeavesTheDatabaseAsItWas()
    {
        QTemporaryDir dir;
        copyExampleEnvironment(dir.path());
        const QString before = sourceDir() + QStringLiteral("/migrations/trading.json");
        // The design with a note on orders, and production-safe migrations waiting at most one second.
        QJsonObject design = QJsonDocument::fromJson(readFile(before).toUtf8()).object();
        design.insert(QStringLiteral("production_safe"), QJsonObject{{"lock_timeout", "1s"}, {"statement_timeout", "10min"}});
        QJsonArray tables = design.value(QStringLiteral("tables")).toArray();
        for (int i = 0; i < tables.size(); ++i) {
            QJsonObject t = tables.at(i).toObject();
            if (t.value(QStringLiteral("name")).toString() != QLatin1String("orders"))
                continue;
            QJsonArray columns = t.value(QStringLiteral("columns")).toArray();
            columns.append(QJsonObject{{"id", "c-orders-note"}, {"name", "note"}, {"type", "text"}});
            t.insert(QStringLiteral("columns"), columns);
            tables.replace(i, t);
        }
        design.insert(QStringLiteral("tables"), tables);
        const QString after = dir.filePath(QStringLiteral("after.json"));
        QFile file(after);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(design).toJson());
        file.close();
        const ProcessResult generated = runCli({QStringLiteral("generate"), QStringLiteral("--from"), before, QStringLiteral("--to"), after, QStringLiteral("--message"),
                                                QStringLiteral("add_note_to_orders"), QStringLiteral("--out"), dir.filePath(QStringLiteral("versions")),
                                                QStringLiteral("--revision"), QStringLiteral("1764001800")});
        QVERIFY2(generated.exitCode == 0, qPrintable(generated.err));
        const QString migration = readFile(generated.out.trimmed());
        const QString bounds = QStringLiteral("SET LOCAL lock_timeout = '1s';\n        SET LOCAL statement_timeout = '10min';");
        QVERIFY2(migration.indexOf(bounds) > migration.indexOf(QStringLiteral("def upgrade():"))
                     && migration.indexOf(bounds) < migration.indexOf(QStringLiteral("ALTER TABLE orders ADD COLUMN note")),
                 qPrintable(migration));
        QVERIFY(migration.indexOf(bounds, migration.indexOf(QStringLiteral("def downgrade():"))) > 0);
        // lint has nothing to say about waiting without a limit.
        const ProcessResult lint = runCli({QStringLiteral("lint"), QStringLiteral("--migrations"), dir.path(), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(!lint.out.contains(QStringLiteral("no-lock-timeout")), qPrintable(lint.out));

        TestDatabase db;
        SW_ALEMBIC(dir.path(), db, QStringLiteral("upgrade"), QStringLiteral("1764001200"));
        db.exec(QStringLiteral("INSERT INTO accounts (code, name) VALUES ('A', 'Ann');"
                               "INSERT INTO orders (instrument, side, quantity, status, account_id) SELECT 'I' || i, 'BUY', i, 'open', 1 FROM generate_series(1, 500) i"));
        const QString schemaBefore = db.schemaDump();

        // A colleague's long transaction has read orders and is still open.
        QProcess colleague;
        colleague.start(QStringLiteral("/usr/bin/psql"), {QStringLiteral("-d"), db.conninfo() + QStringLiteral(" application_name=colleague"), QStringLiteral("-c"),
                                                          QStringLiteral("BEGIN; SELECT count(*) FROM orders; SELECT pg_sleep(30); COMMIT;")});
        QElapsedTimer timer;
        timer.start();
        while (db.scalar(QStringLiteral("SELECT count(*) FROM pg_locks l JOIN pg_stat_activity a USING (pid) WHERE a.application_name = 'colleague' "
                                        "AND l.relation = 'orders'::regclass AND l.granted")) != QLatin1String("1")) {
            QVERIFY(timer.elapsed() < 10000);
            QThread::msleep(50);
        }
        timer.restart();
        const ProcessResult blocked = runAlembic(dir.path(), db.sqlalchemyUrl(), {QStringLiteral("upgrade"), QStringLiteral("head")});
        const qint64 waited = timer.elapsed();
        QVERIFY(blocked.exitCode != 0);
        QVERIFY2(blocked.err.contains(QStringLiteral("lock timeout")), qPrintable(blocked.err));
        QVERIFY2(waited < 15000, qPrintable(QString::number(waited)));  // not the colleague's 30 s
        QCOMPARE(db.schemaDump(), schemaBefore);
        QCOMPARE(db.scalar(QStringLiteral("SELECT version_num FROM alembic_version")), QStringLiteral("1764001200"));
        // The colleague's transaction ends (its backend would sleep on after its psql is gone).
        db.exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'colleague'"));
        colleague.waitForFinished();
        timer.restart();
        while (db.scalar(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE application_name = 'colleague'")) != QLatin1String("0")) {
            QVERIFY(timer.elapsed() < 10000);
            QThread::msleep(50);
        }

        // The colleague is done: it applies, history follows, and the downgrade restores the schema exactly.
        SW_ALEMBIC(dir.path(), db, QStringLiteral("upgrade"), QStringLiteral("head"));
        db.exec(QStringLiteral("UPDATE orders SET note = 'checked' WHERE id = 1; UPDATE orders SET note = 'rechecked' WHERE id = 1"));
        // Each UPDATE records the row as it was: the second one the note the first wrote.
        QCOMPARE(db.scalar(QStringLiteral("SELECT note FROM orders_history WHERE id = 1 AND operation = 'UPDATE' ORDER BY history_id DESC LIMIT 1")),
                 QStringLiteral("checked"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM orders")), QStringLiteral("500"));
        SW_ALEMBIC(dir.path(), db, QStringLiteral("downgrade"), QStringLiteral("-1"));
        QCOMPARE(db.schemaDump(), schemaBefore);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM orders")), QStringLiteral("500"));
        // Our own runner runs the same file, each migration in its transaction with its SET LOCAL.
        for (const char *direction : {"upgrade", "downgrade"}) {
            const ProcessResult run = runCli({QLatin1String(direction), QStringLiteral("--db"), db.conninfo(), QStringLiteral("--migrations"), dir.path(),
                                              QStringLiteral("--to"), QLatin1String(direction) == QLatin1String("upgrade") ? QStringLiteral("head") : QStringLiteral("-1")});
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        }
        QCOMPARE(db.schemaDump(), schemaBefore);
    }
};

QTEST_MAIN(TestProductionSafe)
#include "tst_productionsafe.moc"
