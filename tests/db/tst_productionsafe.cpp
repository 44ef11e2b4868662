// Production-safe migrations ("production_safe" in the project): each one sets
// lock_timeout first, so behind a colleague's long transaction it gives up
// after the timeout, leaving the database as it was, instead of making every
// query on the table wait behind it. Proven under the real alembic on a
// populated database, then applied and rolled back exactly.

#include "alembichelpers.h"
#include "processes.h"
#include "testdatabase.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <functional>

using namespace sw;
using namespace sw::test;

namespace {

QString exampleDesign() { return sourceDir() + QStringLiteral("/migrations/trading.json"); }

void append(QJsonObject &object, const QString &key, const QJsonValue &value)
{
    QJsonArray list = object.value(key).toArray();
    list.append(value);
    object.insert(key, list);
}

// The bundled example's design with `production_safe` and each table passed
// through `edit`, written as DIR/after.json; returns its path.
QString writeChangedExample(const QString &dir, const QJsonValue &productionSafe, const std::function<void(QJsonObject &table)> &edit)
{
    QJsonObject design = QJsonDocument::fromJson(readFile(exampleDesign()).toUtf8()).object();
    design.insert(QStringLiteral("production_safe"), productionSafe);
    QJsonArray tables = design.value(QStringLiteral("tables")).toArray();
    for (int i = 0; i < tables.size(); ++i) {
        QJsonObject t = tables.at(i).toObject();
        edit(t);
        tables.replace(i, t);
    }
    design.insert(QStringLiteral("tables"), tables);
    const QString after = dir + QStringLiteral("/after.json");
    QFile file(after);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(design).toJson()) < 0)
        qFatal("cannot write %s", qPrintable(after));
    return after;
}

// `generate` from the example to `after` into DIR/versions, from revision 1764001800.
ProcessResult generateFromExample(const QString &dir, const QString &after, const QString &message)
{
    return runCli({QStringLiteral("generate"), QStringLiteral("--from"), exampleDesign(), QStringLiteral("--to"), after, QStringLiteral("--message"), message,
                   QStringLiteral("--out"), dir + QStringLiteral("/versions"), QStringLiteral("--revision"), QStringLiteral("1764001800")});
}

QString nameOf(const QJsonObject &object) { return object.value(QStringLiteral("name")).toString(); }

} // namespace

class TestProductionSafe : public QObject {
    Q_OBJECT
private slots:
    void aMigrationBehindALongTransactionGivesUpAndLeavesTheDatabaseAsItWas()
    {
        QTemporaryDir dir;
        copyExampleEnvironment(dir.path());
        // The design with a note on orders, and production-safe migrations waiting at most one second.
        const QString after = writeChangedExample(dir.path(), QJsonObject{{"lock_timeout", "1s"}, {"statement_timeout", "10min"}}, [](QJsonObject &t) {
            if (nameOf(t) == QLatin1String("orders"))
                append(t, QStringLiteral("columns"), QJsonObject{{"id", "c-orders-note"}, {"name", "note"}, {"type", "text"}});
        });
        const ProcessResult generated = generateFromExample(dir.path(), after, QStringLiteral("add_note_to_orders"));
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
            QVERIFY2(timer.elapsed() < 60000, "still waiting for the colleague");
            QThread::msleep(50);
        }
        // Had it queued behind the colleague, it would have run after the colleague's 30 s and succeeded.
        const ProcessResult blocked = runAlembic(dir.path(), db.sqlalchemyUrl(), {QStringLiteral("upgrade"), QStringLiteral("head")});
        QVERIFY(blocked.exitCode != 0);
        QVERIFY2(blocked.err.contains(QStringLiteral("lock timeout")), qPrintable(blocked.err));
        QCOMPARE(db.schemaDump(), schemaBefore);
        QCOMPARE(db.scalar(QStringLiteral("SELECT version_num FROM alembic_version")), QStringLiteral("1764001200"));
        // The colleague's transaction ends (its backend would sleep on after its psql is gone).
        db.exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'colleague'"));
        colleague.waitForFinished();
        timer.restart();
        while (db.scalar(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE application_name = 'colleague'")) != QLatin1String("0")) {
            QVERIFY2(timer.elapsed() < 60000, "still waiting for the colleague");
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
    // The online forms as a chain of migrations: keys and checks NOT VALID then
    // VALIDATE, indexes CONCURRENTLY in autocommit blocks, a new NOT NULL column
    // through a checked nullable column and a fill in batches. On a populated
    // database under the real alembic every row ends filled and every
    // constraint valid, new rows meet the checks from the first migration on,
    // each step back is exact, and our own runner runs the same files.
    void theOnlineFormsAreAChainThatRunsBothWaysUnderAlembicAndOurRunner()
    {
        QTemporaryDir dir;
        copyExampleEnvironment(dir.path());
        const QString after = writeChangedExample(dir.path(), true, [](QJsonObject &t) {
            if (nameOf(t) == QLatin1String("orders")) {
                t.insert(QStringLiteral("indexes"), QJsonArray{QJsonObject{{"name", "ix_orders_status"}, {"columns", QJsonArray{"status"}}}});
                append(t, QStringLiteral("checks"), QJsonObject{{"name", "ck_orders_quantity_bounded"}, {"expression", "quantity < 1000000"}});
                append(t, QStringLiteral("columns"),
                       QJsonObject{{"id", "c-orders-reference"}, {"name", "reference"}, {"type", "text"}, {"nullable", false}, {"fill", "'ORD-' || id"}});
            }
            if (nameOf(t) == QLatin1String("fills")) {
                QJsonArray columns = t.value(QStringLiteral("columns")).toArray();
                for (int c = 0; c < columns.size(); ++c)
                    if (nameOf(columns.at(c).toObject()) == QLatin1String("venue")) {
                        QJsonObject venue = columns.at(c).toObject();
                        venue.insert(QStringLiteral("nullable"), false);
                        venue.insert(QStringLiteral("fill"), QStringLiteral("'XNYS'"));
                        columns.replace(c, venue);
                    }
                t.insert(QStringLiteral("columns"), columns);
                append(t, QStringLiteral("columns"), QJsonObject{{"id", "c-fills-account"}, {"name", "account_id"}, {"type", "bigint"}});
                append(t, QStringLiteral("foreign_keys"), QJsonObject{{"name", "fk_fills_account_id"}, {"columns", QJsonArray{"account_id"}}, {"references", "accounts"},
                                                                      {"ref_columns", QJsonArray{"id"}}, {"on_delete", "restrict"}});
            }
        });
        const ProcessResult generated = generateFromExample(dir.path(), after, QStringLiteral("harden_orders_and_fills"));
        QVERIFY2(generated.exitCode == 0, qPrintable(generated.err));
        QStringList names;
        for (const QString &path : generated.out.trimmed().split(QLatin1Char('\n')))
            names << QFileInfo(path).fileName();
        QCOMPARE(names, (QStringList{QStringLiteral("1764001800_harden_orders_and_fills_drop_ix_orders_instrument.py"),
                                     QStringLiteral("1764001801_harden_orders_and_fills.py"),
                                     QStringLiteral("1764001802_harden_orders_and_fills_backfill.py"),
                                     QStringLiteral("1764001803_harden_orders_and_fills_check_not_null.py"),
                                     QStringLiteral("1764001804_harden_orders_and_fills_validate.py"),
                                     QStringLiteral("1764001805_harden_orders_and_fills_set_not_null.py"),
                                     QStringLiteral("1764001806_harden_orders_and_fills_index_ix_orders_status.py"),
                                     QStringLiteral("1764001807_harden_orders_and_fills_index_ix_fills_account_id.py")}));
        const QString index = readFile(dir.filePath(QStringLiteral("versions/") + names.at(6)));
        QVERIFY2(index.contains(QStringLiteral("    with op.get_context().autocommit_block():\n"))
                     && index.contains(QStringLiteral("CREATE INDEX CONCURRENTLY ix_orders_status ON orders (status);")),
                 qPrintable(index));
        // lint reads every migration of the chain as safe (the SET NOT NULL is proven by the check validated before it).
        const ProcessResult lint = runCli({QStringLiteral("lint"), QStringLiteral("--migrations"), dir.path(), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(lint.exitCode == 0 && QJsonDocument::fromJson(lint.out.toUtf8()).object().value(QStringLiteral("findings")).toArray().isEmpty(),
                 qPrintable(lint.out));

        TestDatabase db;
        SW_ALEMBIC(dir.path(), db, QStringLiteral("upgrade"), QStringLiteral("1764001200"));
        db.exec(QStringLiteral("INSERT INTO accounts (code, name) VALUES ('A', 'Ann');"
                               "INSERT INTO orders (instrument, side, quantity, status, account_id) SELECT 'I' || i, 'BUY', i, 'open', 1 FROM generate_series(1, 3000) i;"
                               "INSERT INTO fills (order_id, quantity, price, venue, executed_at) "
                               "SELECT i, 1, 2, CASE WHEN i % 2 = 0 THEN NULL ELSE 'LSE' END, now() FROM generate_series(1, 3000) i"));
        const QString schemaBefore = db.schemaDump();

        // After the change itself, before the fill, the rows there are updated as ever.
        SW_ALEMBIC(dir.path(), db, QStringLiteral("upgrade"), QStringLiteral("1764001801"));
        db.exec(QStringLiteral("UPDATE orders SET status = 'filled' WHERE id = 1"));
        // Once filled and checked, a new row must carry a reference.
        SW_ALEMBIC(dir.path(), db, QStringLiteral("upgrade"), QStringLiteral("1764001803"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM orders WHERE reference IS NULL")), QStringLiteral("0"));
        QString refused;
        try {
            db.exec(QStringLiteral("INSERT INTO orders (instrument, side, quantity, status, account_id) VALUES ('X', 'BUY', 1, 'open', 1)"));
        } catch (const std::exception &e) {
            refused = QString::fromUtf8(e.what());
        }
        QVERIFY2(refused.contains(QStringLiteral("ck_orders_reference_not_null")), qPrintable(refused));

        SW_ALEMBIC(dir.path(), db, QStringLiteral("upgrade"), QStringLiteral("head"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM orders WHERE reference IS DISTINCT FROM 'ORD-' || id")), QStringLiteral("0"));
        QCOMPARE(db.rows(QStringLiteral("SELECT venue, count(*) FROM fills GROUP BY venue ORDER BY venue")),
                 (QList<QStringList>{{"LSE", "1500"}, {"XNYS", "1500"}}));
        QCOMPARE(db.rows(QStringLiteral("SELECT conname FROM pg_constraint WHERE conrelid IN ('orders'::regclass, 'fills'::regclass) AND NOT convalidated")),
                 QList<QStringList>{});
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM pg_constraint WHERE conname LIKE '%\\_not\\_null'")), QStringLiteral("0"));
        QCOMPARE(db.rows(QStringLiteral("SELECT attrelid::regclass::text, attnotnull FROM pg_attribute "
                                        "WHERE (attrelid, attname) IN (('orders'::regclass, 'reference'), ('fills'::regclass, 'venue')) ORDER BY 1")),
                 (QList<QStringList>{{"fills", "t"}, {"orders", "t"}}));
        QCOMPARE(db.rows(QStringLiteral("SELECT indexrelid::regclass::text, indisvalid FROM pg_index "
                                        "WHERE indexrelid::regclass::text IN ('ix_orders_status', 'ix_fills_account_id', 'ix_orders_instrument') ORDER BY 1")),
                 (QList<QStringList>{{"ix_fills_account_id", "t"}, {"ix_orders_status", "t"}}));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM alembic_version WHERE version_num = '1764001807'")), QStringLiteral("1"));
        // The fill is a change to each row, and history says so (docs/generated-sql.md), after the one update before it.
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM orders_history WHERE operation = 'UPDATE' AND reference IS NULL")), QStringLiteral("3001"));
        const QString schemaAfter = db.schemaDump();
        // The database is what the design says, in drift's eyes too.
        const ProcessResult drift = runCli({QStringLiteral("drift"), QStringLiteral("--project"), after, QStringLiteral("--db"), db.conninfo()});
        QVERIFY2(drift.exitCode == 0, qPrintable(drift.out + drift.err));

        for (int step = 0; step < names.size(); ++step)
            SW_ALEMBIC(dir.path(), db, QStringLiteral("downgrade"), QStringLiteral("-1"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT version_num FROM alembic_version")), QStringLiteral("1764001200"));
        QCOMPARE(db.schemaDump(), schemaBefore);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM orders")), QStringLiteral("3000"));

        // Our runner: the autocommit blocks outside its transactions, the same schema both ways.
        for (const QString &to : {QStringLiteral("head"), QStringLiteral("1764001200")}) {
            const ProcessResult run = runCli({to == QLatin1String("head") ? QStringLiteral("upgrade") : QStringLiteral("downgrade"), QStringLiteral("--db"), db.conninfo(),
                                              QStringLiteral("--migrations"), dir.path(), QStringLiteral("--to"), to});
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            QCOMPARE(db.schemaDump(), to == QLatin1String("head") ? schemaAfter : schemaBefore);
        }
    }
    // A unique index built CONCURRENTLY over duplicates fails and leaves an
    // INVALID index behind; alembic_version stays where it was. Once the rows
    // are put right, the same upgrade runs: the leftover is dropped first.
    void aFailedConcurrentIndexCanBeRunAgainOnceTheRowsAreRight()
    {
        QTemporaryDir dir;
        copyExampleEnvironment(dir.path());
        const QString after = writeChangedExample(dir.path(), true, [](QJsonObject &t) {
            if (nameOf(t) == QLatin1String("orders"))
                append(t, QStringLiteral("indexes"), QJsonObject{{"name", "ux_orders_instrument_side"}, {"columns", QJsonArray{"instrument", "side"}}, {"unique", true}});
        });
        const ProcessResult generated = generateFromExample(dir.path(), after, QStringLiteral("make_instrument_side_unique"));
        QVERIFY2(generated.exitCode == 0, qPrintable(generated.err));
        QCOMPARE(generated.out.trimmed().split(QLatin1Char('\n')).size(), 1);  // the index alone: no other change

        TestDatabase db;
        SW_ALEMBIC(dir.path(), db, QStringLiteral("upgrade"), QStringLiteral("1764001200"));
        db.exec(QStringLiteral("INSERT INTO accounts (code, name) VALUES ('A', 'Ann');"
                               "INSERT INTO orders (instrument, side, quantity, status, account_id) SELECT 'I' || (i % 10), 'BUY', i, 'open', 1 FROM generate_series(1, 50) i"));
        const ProcessResult failed = runCli({QStringLiteral("upgrade"), QStringLiteral("--db"), db.conninfo(), QStringLiteral("--migrations"), dir.path()});
        QCOMPARE(failed.exitCode, 2);
        QVERIFY2(failed.err.contains(QStringLiteral("ux_orders_instrument_side")) && failed.err.contains(QStringLiteral("alembic_version still says 1764001200")),
                 qPrintable(failed.err));
        QCOMPARE(db.scalar(QStringLiteral("SELECT version_num FROM alembic_version")), QStringLiteral("1764001200"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT indisvalid FROM pg_index WHERE indexrelid = 'ux_orders_instrument_side'::regclass")), QStringLiteral("f"));

        db.exec(QStringLiteral("UPDATE orders SET instrument = 'I' || id"));
        SW_ALEMBIC(dir.path(), db, QStringLiteral("upgrade"), QStringLiteral("head"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT indisvalid FROM pg_index WHERE indexrelid = 'ux_orders_instrument_side'::regclass")), QStringLiteral("t"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT version_num FROM alembic_version")), QStringLiteral("1764001800"));
    }
};

QTEST_MAIN(TestProductionSafe)
#include "tst_productionsafe.moc"
