// schemawright-cli upgrade/downgrade against real PostgreSQL, side by side
// with the real alembic, and under faults: a failing statement, a lost
// connection, two runners at once, a held lock.

#include "alembichelpers.h"
#include "migrationwriter.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QElapsedTimer>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace sw::test;

namespace {

ProcessResult cli(const QStringList &arguments) { return runCli(arguments); }

QStringList run(const TestDatabase &db, const QString &command, const QString &migrations, const QStringList &more = {})
{
    return QStringList{command, QStringLiteral("--db"), db.conninfo(), QStringLiteral("--migrations"), migrations} + more;
}

// A folder as real projects have it: alembic.ini names a database of its own
// (`iniDatabase`), env.py is `envPy`, and the second migration is more than SQL.
void writeProjectWithOwnDatabase(const QString &dir, const QString &iniUrl, const QString &envPy, const QString &secondUpgrade)
{
    QDir().mkpath(dir + QStringLiteral("/versions"));
    QFile ini(dir + QStringLiteral("/alembic.ini"));
    QVERIFY(ini.open(QIODevice::WriteOnly));
    ini.write(QStringLiteral("[alembic]\nscript_location = .\nsqlalchemy.url = %1\n").arg(QString(iniUrl).replace(QLatin1Char('%'), QLatin1String("%%"))).toUtf8());
    QFile env(dir + QStringLiteral("/env.py"));
    QVERIFY(env.open(QIODevice::WriteOnly));
    env.write(envPy.toUtf8());
    const QString versions = dir + QStringLiteral("/versions");
    writeMigration(versions, QStringLiteral("1700000000"), {}, QStringLiteral("create_a_table"),
                   execute(QStringLiteral("CREATE TABLE a (id int)")), execute(QStringLiteral("DROP TABLE a")));
    writeMigration(versions, QStringLiteral("1700000100"), QStringLiteral("1700000000"), QStringLiteral("add_b_column_to_a"),
                   secondUpgrade, QStringLiteral("    op.drop_column(\"a\", \"b\")\n"));
}

// Alembic's own `alembic init` template, in short: the URL from alembic.ini.
const char *const kEnvPyFromIni = R"(from alembic import context
from sqlalchemy import engine_from_config, pool

config = context.config
connectable = engine_from_config(config.get_section(config.config_ini_section), prefix="sqlalchemy.", poolclass=pool.NullPool)
with connectable.connect() as connection:
    context.configure(connection=connection)
    with context.begin_transaction():
        context.run_migrations()
)";

QString addColumnB() { return QStringLiteral("    op.add_column(\"a\", sa.Column(\"b\", sa.Integer()))\n"); }

} // namespace

class TestRunner : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString example() const { return m_dir.filePath(QStringLiteral("example")); }

private slots:
    void initTestCase() { copyExampleEnvironment(example()); }

    void appliesExactlyAsAlembicAtEveryStep()
    {
        TestDatabase ours, theirs;
        QCOMPARE(cli(run(ours, QStringLiteral("upgrade"), example())).exitCode, 0);
        SW_ALEMBIC(example(), theirs, QStringLiteral("upgrade"), QStringLiteral("head"));
        const QString version = QStringLiteral("SELECT string_agg(version_num, ',') FROM alembic_version");
        for (int step = 0; step <= 3; ++step) {
            QCOMPARE(ours.schemaDump(), theirs.schemaDump());
            QCOMPARE(ours.scalar(version), theirs.scalar(version));
            QCOMPARE(ours.rows(QStringLiteral("SELECT column_name, data_type, is_nullable, character_maximum_length FROM information_schema.columns "
                                              "WHERE table_name = 'alembic_version'")),
                     theirs.rows(QStringLiteral("SELECT column_name, data_type, is_nullable, character_maximum_length FROM information_schema.columns "
                                                "WHERE table_name = 'alembic_version'")));
            if (step == 3)
                break;
            QCOMPARE(cli(run(ours, QStringLiteral("downgrade"), example(), {QStringLiteral("--to"), QStringLiteral("-1")})).exitCode, 0);
            SW_ALEMBIC(example(), theirs, QStringLiteral("downgrade"), QStringLiteral("-1"));
        }
        QCOMPARE(ours.scalar(QStringLiteral("SELECT count(*) FROM alembic_version")), QStringLiteral("0"));
    }

    // The guide's quick commands, typed with schemawright-cli instead of alembic, in the
    // environment's folder: the target positional, the folder from alembic.ini, the database
    // from DATABASE_URL as the house env.py reads it (a SQLAlchemy URL with its driver).
    void theGuidesQuickCommandsWorkAsTypedForAlembic()
    {
        TestDatabase db;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("ALEMBIC_CONFIG"));
        environment.insert(QStringLiteral("DATABASE_URL"), QString(db.sqlalchemyUrl()).replace(QStringLiteral("postgresql://"), QStringLiteral("postgresql+psycopg2://")));
        const auto typed = [&](const QStringList &arguments) {
            const ProcessResult r = runProcess(qEnvironmentVariable("SW_CLI"), arguments, example(), environment);
            if (r.exitCode != 0)
                qWarning("%s: %s", qPrintable(arguments.join(QLatin1Char(' '))), qPrintable(r.err));
            return r;
        };
        const QString version = QStringLiteral("SELECT coalesce(string_agg(version_num, ','), 'None') FROM alembic_version");
        QCOMPARE(typed({QStringLiteral("upgrade"), QStringLiteral("1764000000")}).exitCode, 0);  // a revision: up to it, no further
        QCOMPARE(db.scalar(version), QStringLiteral("1764000000"));
        QCOMPARE(typed({QStringLiteral("upgrade"), QStringLiteral("+1")}).exitCode, 0);
        const QString second = db.scalar(version);
        QVERIFY(second != QLatin1String("1764000000"));
        QCOMPARE(typed({QStringLiteral("downgrade"), QStringLiteral("-1")}).exitCode, 0);
        QCOMPARE(db.scalar(version), QStringLiteral("1764000000"));
        QCOMPARE(typed({QStringLiteral("upgrade"), second.left(8)}).exitCode, 0);  // a unique prefix
        QCOMPARE(db.scalar(version), second);
        QCOMPARE(typed({QStringLiteral("upgrade"), QStringLiteral("head")}).exitCode, 0);
        QCOMPARE(typed({QStringLiteral("current")}).out.trimmed(), QStringLiteral("1764001200"));
        QCOMPARE(typed({QStringLiteral("history")}).exitCode, 0);
        QCOMPARE(typed({QStringLiteral("heads")}).out, QStringLiteral("1764001200 (head)\n"));
        QCOMPARE(typed({QStringLiteral("downgrade"), QStringLiteral("base")}).exitCode, 0);
        QCOMPARE(db.scalar(version), QStringLiteral("None"));
        QCOMPARE(db.schemaObjects(), QStringList());
        // An unknown target is refused, naming it, and nothing moves.
        const ProcessResult unknown = typed({QStringLiteral("upgrade"), QStringLiteral("1999")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains(QStringLiteral("no migration has revision 1999")), qPrintable(unknown.err));
        QCOMPARE(db.scalar(version), QStringLiteral("None"));
    }

    void mixesWithAlembic()
    {
        TestDatabase db;
        QCOMPARE(cli(run(db, QStringLiteral("upgrade"), example(), {QStringLiteral("--to"), QStringLiteral("+2")})).exitCode, 0);
        SW_ALEMBIC(example(), db, QStringLiteral("upgrade"), QStringLiteral("head"));
        SW_ALEMBIC(example(), db, QStringLiteral("downgrade"), QStringLiteral("-2"));
        const ProcessResult current = cli({QStringLiteral("current"), QStringLiteral("--db"), db.conninfo()});
        QCOMPARE(current.out.trimmed(), QStringLiteral("1764000000"));
        QCOMPARE(cli(run(db, QStringLiteral("upgrade"), example())).exitCode, 0);
        const ProcessResult theirCurrent = runAlembic(example(), db.sqlalchemyUrl(), {QStringLiteral("current")});
        QVERIFY(theirCurrent.out.contains(QStringLiteral("1764001200 (head)")));
        SW_ALEMBIC(example(), db, QStringLiteral("downgrade"), QStringLiteral("base"));
        QCOMPARE(db.schemaObjects(), QStringList());
    }

    void aFailingStatementLeavesThePreviousRevision()
    {
        QTemporaryDir dir;
        writeMigration(dir.path(), QStringLiteral("1700000000"), {}, QStringLiteral("create_a_table"),
                       execute(QStringLiteral("CREATE TABLE a (id int)")), execute(QStringLiteral("DROP TABLE a")));
        writeMigration(dir.path(), QStringLiteral("1700000100"), QStringLiteral("1700000000"), QStringLiteral("create_b_and_c_tables"),
                       execute(QStringLiteral("CREATE TABLE b (id int)")) + execute(QStringLiteral("INSERT INTO a VALUES (1)"))
                           + execute(QStringLiteral("INSERT INTO nowhere VALUES (1)")) + execute(QStringLiteral("CREATE TABLE c (id int)")),
                       execute(QStringLiteral("DROP TABLE c; DROP TABLE b")));
        TestDatabase db;
        const ProcessResult r = cli(run(db, QStringLiteral("upgrade"), dir.path()));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("1700000100_create_b_and_c_tables.py:14")), qPrintable(r.err));
        // The file and line, the statement, and where the database is now.
        QVERIFY2(r.err.contains(QStringLiteral("failed at \"INSERT INTO nowhere VALUES (1)\"")), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("rolled back and the database is at 1700000000")));
        QCOMPARE(db.scalar(QStringLiteral("SELECT version_num FROM alembic_version")), QStringLiteral("1700000000"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT to_regclass('b') IS NULL")), QStringLiteral("t"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM a")), QStringLiteral("0"));
    }

    void aLostConnectionKeepsTheLastWholeMigration()
    {
        QTemporaryDir dir;
        writeMigration(dir.path(), QStringLiteral("1700000000"), {}, QStringLiteral("create_a_table"),
                       execute(QStringLiteral("CREATE TABLE a (id int)")), execute(QStringLiteral("DROP TABLE a")));
        writeMigration(dir.path(), QStringLiteral("1700000100"), QStringLiteral("1700000000"), QStringLiteral("create_slow_table"),
                       execute(QStringLiteral("CREATE TABLE slow (id int)")) + execute(QStringLiteral("SELECT pg_sleep(30)")),
                       execute(QStringLiteral("DROP TABLE slow")));
        TestDatabase db;
        QProcess runner;
        runner.start(qEnvironmentVariable("SW_CLI"), run(db, QStringLiteral("upgrade"), dir.path()));
        QElapsedTimer timer;
        timer.start();
        while (db.scalar(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE '%pg_sleep(30)%' "
                                        "AND pid <> pg_backend_pid()")) != QLatin1String("1")) {
            QVERIFY2(timer.elapsed() < 60000, "the slow migration never started");
            QThread::msleep(50);
        }
        // The server side of the connection goes away, as when the server stops.
        db.exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"));
        QVERIFY(runner.waitForFinished(30000));
        QCOMPARE(runner.exitCode(), 2);
        const QString err = QString::fromUtf8(runner.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("connection was lost")) || err.contains(QStringLiteral("terminat")), qPrintable(err));
        QCOMPARE(db.scalar(QStringLiteral("SELECT version_num FROM alembic_version")), QStringLiteral("1700000000"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT to_regclass('slow') IS NULL")), QStringLiteral("t"));
    }

    void aServerStoppedMidChainKeepsTheLastWholeMigration()
    {
        // A server of its own: stopping the shared one would stop the other tests.
        QTemporaryDir dir, serverDir;
        const QString script = sourceDir() + QStringLiteral("/tests/support/pg-test-server.sh");
        const QString envFile = serverDir.filePath(QStringLiteral("server.env"));
        QCOMPARE(runProcess(script, {QStringLiteral("start"), envFile}).exitCode, 0);
        const auto stopServer = qScopeGuard([&] { runProcess(script, {QStringLiteral("stop"), envFile}); });
        QString conninfo = QStringLiteral("dbname=postgres");
        for (const QString &line : readFile(envFile).split(QLatin1Char('\n')))
            if (line.startsWith(QLatin1String("PGHOST=")) || line.startsWith(QLatin1String("PGPORT=")) || line.startsWith(QLatin1String("PGUSER=")))
                conninfo += QLatin1Char(' ') + line.section(QLatin1Char('='), 0, 0).mid(2).toLower()
                    + QLatin1Char('=') + line.section(QLatin1Char('='), 1);
        writeMigration(dir.path(), QStringLiteral("1700000000"), {}, QStringLiteral("create_a_table"),
                       execute(QStringLiteral("CREATE TABLE a (id int)")), execute(QStringLiteral("DROP TABLE a")));
        writeMigration(dir.path(), QStringLiteral("1700000100"), QStringLiteral("1700000000"), QStringLiteral("create_slow_table"),
                       execute(QStringLiteral("CREATE TABLE slow (id int)")) + execute(QStringLiteral("SELECT pg_sleep(30)")),
                       execute(QStringLiteral("DROP TABLE slow")));
        QProcess runner;
        runner.start(qEnvironmentVariable("SW_CLI"), {QStringLiteral("upgrade"), QStringLiteral("--db"), conninfo, QStringLiteral("--migrations"), dir.path()});
        runner.setReadChannel(QProcess::StandardError);
        QByteArray progress;
        QElapsedTimer timer;
        timer.start();
        while (!progress.contains("create_slow_table") && timer.elapsed() < 60000) {
            runner.waitForReadyRead(500);
            progress += runner.readAllStandardError();
        }
        QVERIFY2(progress.contains("create_slow_table"), progress.constData());
        // Into the slow statement: the server says when it runs it.
        const QString sleeping = QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE query LIKE '%pg_sleep(30)%' AND pid <> pg_backend_pid()");
        QTRY_VERIFY2_WITH_TIMEOUT(runProcess(QStringLiteral("/usr/bin/psql"), {QStringLiteral("-Atc"), sleeping, conninfo}).out.trimmed() == QLatin1String("1"),
                                  "the slow statement never started", 60000);
        QCOMPARE(runProcess(script, {QStringLiteral("kill"), envFile}).exitCode, 0);
        QVERIFY(runner.waitForFinished(30000));
        QCOMPARE(runner.exitCode(), 2);
        QCOMPARE(runProcess(script, {QStringLiteral("restart"), envFile}).exitCode, 0);
        QCOMPARE(runCli({QStringLiteral("current"), QStringLiteral("--db"), conninfo}).out.trimmed(), QStringLiteral("1700000000"));
        const ProcessResult tables = runProcess(QStringLiteral("/usr/bin/psql"), {QStringLiteral("-Atc"), QStringLiteral("SELECT to_regclass('slow') IS NULL"), conninfo});
        QCOMPARE(tables.out.trimmed(), QStringLiteral("t"));
    }

    void aLockedTableTimesOutInsteadOfWaitingForever()
    {
        QTemporaryDir dir;
        writeMigration(dir.path(), QStringLiteral("1700000000"), {}, QStringLiteral("add_b_column_to_a"),
                       execute(QStringLiteral("ALTER TABLE a ADD COLUMN b int")), execute(QStringLiteral("ALTER TABLE a DROP COLUMN b")));
        TestDatabase db;
        db.exec(QStringLiteral("CREATE TABLE a (id int)"));
        QProcess holder;
        holder.start(QStringLiteral("/usr/bin/psql"), {QStringLiteral("-d"), db.conninfo(), QStringLiteral("-c"),
                                                       QStringLiteral("BEGIN; LOCK TABLE a IN ACCESS SHARE MODE; SELECT pg_sleep(20);")});
        QElapsedTimer timer;
        timer.start();
        while (db.scalar(QStringLiteral("SELECT count(*) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation WHERE c.relname = 'a' AND l.granted "
                                        "AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())")) == QLatin1String("0")) {
            QVERIFY2(timer.elapsed() < 60000, "the lock was never taken");
            QThread::msleep(50);
        }
        const ProcessResult r = cli(run(db, QStringLiteral("upgrade"), dir.path(), {QStringLiteral("--lock-timeout"), QStringLiteral("1")}));
        holder.kill();
        holder.waitForFinished();
        QCOMPARE(r.exitCode, 2);
        // Had it waited, it would have run once the holder's 20 s were over, and exited 0.
        QVERIFY2(r.err.contains(QStringLiteral("lock timeout")), qPrintable(r.err));
        QCOMPARE(db.scalar(QStringLiteral("SELECT to_regclass('alembic_version') IS NULL")), QStringLiteral("t"));
    }

    void twoRunnersApplyEachMigrationOnce()
    {
        QTemporaryDir dir;
        writeMigration(dir.path(), QStringLiteral("1700000000"), {}, QStringLiteral("create_log_table"),
                       execute(QStringLiteral("CREATE TABLE log (step int); SELECT pg_sleep(1); INSERT INTO log VALUES (1)")),
                       execute(QStringLiteral("DROP TABLE log")));
        writeMigration(dir.path(), QStringLiteral("1700000100"), QStringLiteral("1700000000"), QStringLiteral("add_second_log_row"),
                       execute(QStringLiteral("INSERT INTO log VALUES (2)")), execute(QStringLiteral("DELETE FROM log WHERE step = 2")));
        TestDatabase db;
        QProcess first, second;
        first.start(qEnvironmentVariable("SW_CLI"), run(db, QStringLiteral("upgrade"), dir.path()));
        second.start(qEnvironmentVariable("SW_CLI"), run(db, QStringLiteral("upgrade"), dir.path()));
        QVERIFY(first.waitForFinished(60000) && second.waitForFinished(60000));
        QCOMPARE(first.exitCode(), 0);
        QCOMPARE(second.exitCode(), 0);
        QCOMPARE(db.scalar(QStringLiteral("SELECT string_agg(step::text, ',' ORDER BY step) FROM log")), QStringLiteral("1,2"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT version_num FROM alembic_version")), QStringLiteral("1700000100"));
    }

    void aHeldLockNamesItsHolder()
    {
        TestDatabase db;
        QProcess holder;  // psql keeps the lock as long as it runs
        holder.start(QStringLiteral("/usr/bin/psql"), {QStringLiteral("-d"), db.conninfo() + QStringLiteral(" application_name=colleague"),
                                                       QStringLiteral("-c"), QStringLiteral("SELECT pg_advisory_lock(21335, 1296648018), pg_sleep(20)")});
        QElapsedTimer timer;
        timer.start();
        while (db.scalar(QStringLiteral("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted "
                                        "AND database = (SELECT oid FROM pg_database WHERE datname = current_database())")) != QLatin1String("1")) {
            QVERIFY2(timer.elapsed() < 60000, "the lock was never taken");
            QThread::msleep(50);
        }
        const ProcessResult r = cli(run(db, QStringLiteral("upgrade"), example(), {QStringLiteral("--wait"), QStringLiteral("1")}));
        holder.kill();
        holder.waitForFinished();
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("another Schemawright runner")) && r.err.contains(QStringLiteral("colleague")), qPrintable(r.err));
        QCOMPARE(db.scalar(QStringLiteral("SELECT to_regclass('alembic_version') IS NULL")), QStringLiteral("t"));
    }

    void migrationsOnlyAlembicCanRunGoThroughAlembicOrStopFirst()
    {
        QTemporaryDir dir;
        QCOMPARE(cli({QStringLiteral("init"), dir.path()}).exitCode, 0);
        const QString versions = dir.filePath(QStringLiteral("versions"));
        writeMigration(versions, QStringLiteral("1700000000"), {}, QStringLiteral("create_a_table"),
                       execute(QStringLiteral("CREATE TABLE a (id int)")), execute(QStringLiteral("DROP TABLE a")));
        writeMigration(versions, QStringLiteral("1700000100"), QStringLiteral("1700000000"), QStringLiteral("add_b_column_to_a"),
                       QStringLiteral("    op.add_column(\"a\", sa.Column(\"b\", sa.Integer()))\n"), QStringLiteral("    op.drop_column(\"a\", \"b\")\n"));
        // The same files in a folder without alembic.ini: nothing runs at all.
        QTemporaryDir bare;
        for (const QString &name : QDir(versions).entryList({QStringLiteral("*.py")}))
            QVERIFY(QFile::copy(versions + QLatin1Char('/') + name, bare.filePath(name)));
        TestDatabase plain;
        const ProcessResult refused = cli(run(plain, QStringLiteral("upgrade"), bare.path()));
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("1700000100_add_b_column_to_a.py:12")) && refused.err.contains(QStringLiteral("op.add_column")),
                 qPrintable(refused.err));
        QCOMPARE(plain.scalar(QStringLiteral("SELECT to_regclass('a') IS NULL")), QStringLiteral("t"));

        TestDatabase db;
        const ProcessResult r = cli(run(db, QStringLiteral("upgrade"), dir.path()));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(db.scalar(QStringLiteral("SELECT string_agg(column_name, ',' ORDER BY ordinal_position) FROM information_schema.columns WHERE table_name = 'a'")),
                 QStringLiteral("id,b"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT version_num FROM alembic_version")), QStringLiteral("1700000100"));
        QCOMPARE(cli(run(db, QStringLiteral("downgrade"), dir.path(), {QStringLiteral("--to"), QStringLiteral("base")})).exitCode, 0);
        QCOMPARE(db.scalar(QStringLiteral("SELECT to_regclass('a') IS NULL")), QStringLiteral("t"));
    }

    void alembicRunsOnTheNamedDatabaseWhateverAlembicIniSays()
    {
        TestDatabase target, iniDatabase;
        QTemporaryDir dir;
        writeProjectWithOwnDatabase(dir.path(), iniDatabase.sqlalchemyUrl(), QString::fromLatin1(kEnvPyFromIni), addColumnB());
        const ProcessResult r = cli(run(target, QStringLiteral("upgrade"), dir.path()));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(target.scalar(QStringLiteral("SELECT version_num FROM alembic_version")), QStringLiteral("1700000100"));
        QCOMPARE(target.scalar(QStringLiteral("SELECT string_agg(attname, ',' ORDER BY attnum) FROM pg_attribute WHERE attrelid = 'a'::regclass AND attnum > 0")),
                 QStringLiteral("id,b"));
        QCOMPARE(iniDatabase.schemaObjects(), QStringList());
        QCOMPARE(iniDatabase.scalar(QStringLiteral("SELECT to_regclass('alembic_version') IS NULL")), QStringLiteral("t"));

        const ProcessResult down = cli(run(target, QStringLiteral("downgrade"), dir.path(), {QStringLiteral("--to"), QStringLiteral("base")}));
        QVERIFY2(down.exitCode == 0, qPrintable(down.err));
        QCOMPARE(target.scalar(QStringLiteral("SELECT to_regclass('a') IS NULL")), QStringLiteral("t"));
        QCOMPARE(iniDatabase.scalar(QStringLiteral("SELECT to_regclass('alembic_version') IS NULL")), QStringLiteral("t"));
    }

    void anEnvPyThatConnectsElsewhereIsRefusedBeforeAnythingRuns()
    {
        TestDatabase target, elsewhere;
        QTemporaryDir dir;
        const QString envPy = QStringLiteral("from alembic import context\nfrom sqlalchemy import create_engine, pool\n\n"
                                             "engine = create_engine(%1, poolclass=pool.NullPool)\n"
                                             "with engine.connect() as connection:\n"
                                             "    context.configure(connection=connection)\n"
                                             "    with context.begin_transaction():\n"
                                             "        context.run_migrations()\n")
                                  .arg(TestDatabase::literal(elsewhere.sqlalchemyUrl()));
        writeProjectWithOwnDatabase(dir.path(), target.sqlalchemyUrl(), envPy, addColumnB());
        const ProcessResult r = cli(run(target, QStringLiteral("upgrade"), dir.path()));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(dir.filePath(QStringLiteral("env.py"))) && r.err.contains(elsewhere.name())
                     && r.err.contains(QStringLiteral("not to the database named with --db")),
                 qPrintable(r.err));
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
        // Not even the plain-SQL first migration ran, here or there.
        QCOMPARE(target.schemaObjects(), QStringList());
        QCOMPARE(target.scalar(QStringLiteral("SELECT to_regclass('alembic_version') IS NULL")), QStringLiteral("t"));
        QCOMPARE(elsewhere.schemaObjects(), QStringList());
        QCOMPARE(elsewhere.scalar(QStringLiteral("SELECT to_regclass('alembic_version') IS NULL")), QStringLiteral("t"));
    }

    void alembicWaitsNoLongerThanTheLockTimeout()
    {
        TestDatabase db;
        QTemporaryDir dir;
        writeProjectWithOwnDatabase(dir.path(), db.sqlalchemyUrl(), QString::fromLatin1(kEnvPyFromIni), addColumnB());
        QCOMPARE(cli(run(db, QStringLiteral("upgrade"), dir.path(), {QStringLiteral("--to"), QStringLiteral("1700000000")})).exitCode, 0);
        QProcess holder;  // a colleague's open transaction on table a
        holder.start(QStringLiteral("/usr/bin/psql"), {QStringLiteral("-d"), db.conninfo(), QStringLiteral("-c"),
                                                       QStringLiteral("BEGIN; LOCK TABLE a IN ACCESS SHARE MODE; SELECT pg_sleep(30); COMMIT;")});
        QElapsedTimer timer;
        timer.start();
        while (db.scalar(QStringLiteral("SELECT count(*) FROM pg_locks WHERE relation = 'a'::regclass AND granted")) != QLatin1String("1")) {
            QVERIFY2(timer.elapsed() < 60000, "the lock was never taken");
            QThread::msleep(50);
        }
        const ProcessResult r = cli(run(db, QStringLiteral("upgrade"), dir.path(), {QStringLiteral("--lock-timeout"), QStringLiteral("1")}));
        holder.kill();
        holder.waitForFinished();
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("lock timeout")) && r.err.contains(QStringLiteral("the database is at 1700000000")), qPrintable(r.err));
        QCOMPARE(db.scalar(QStringLiteral("SELECT version_num FROM alembic_version")), QStringLiteral("1700000000"));
    }

    void aHungAlembicIsStoppedAndReportedNotReadAsSuccess()
    {
        TestDatabase db;
        QTemporaryDir dir;
        writeProjectWithOwnDatabase(dir.path(), db.sqlalchemyUrl(), QString::fromLatin1(kEnvPyFromIni),
                                    addColumnB() + execute(QStringLiteral("SELECT pg_sleep(120)")));
        const ProcessResult r = cli(run(db, QStringLiteral("upgrade"), dir.path(), {QStringLiteral("--alembic-timeout"), QStringLiteral("3")}));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("did not finish within 3 s")) && r.err.contains(QStringLiteral("the database is at 1700000000"))
                     && r.err.contains(QStringLiteral("1700000100_add_b_column_to_a.py")),
                 qPrintable(r.err));
        // Its transaction was ended, not left to commit later.
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE application_name LIKE 'schemawright-alembic-%' AND datname = current_database()")),
                 QStringLiteral("0"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT string_agg(attname, ',' ORDER BY attnum) FROM pg_attribute WHERE attrelid = 'a'::regclass AND attnum > 0")),
                 QStringLiteral("id"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT version_num FROM alembic_version")), QStringLiteral("1700000000"));
    }

    void anUnknownRevisionIsReportedNotGuessed()
    {
        TestDatabase db;
        db.exec(QStringLiteral("CREATE TABLE alembic_version (version_num varchar(32) NOT NULL PRIMARY KEY); INSERT INTO alembic_version VALUES ('1234')"));
        const ProcessResult r = cli(run(db, QStringLiteral("upgrade"), example()));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("1234, which the migration folder does not have")) && r.err.contains(QStringLiteral("schemawright-cli reset")) &&
                     r.err.contains(QStringLiteral("stamp --detect")),
                 qPrintable(r.err));
        // Left where it was, and status names the revision with the same ways out.
        QCOMPARE(db.scalar(QStringLiteral("SELECT version_num FROM alembic_version")), QStringLiteral("1234"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'alembic_version'")), QStringLiteral("0"));
        const ProcessResult status = cli(run(db, QStringLiteral("status"), example()));
        QVERIFY2(status.out.contains(QStringLiteral("?  1234  (in the database, not in the folder")) && status.out.contains(QStringLiteral("stamp --detect")),
                 qPrintable(status.out + status.err));
    }

    void sqlIsPrintedNotRun()
    {
        TestDatabase db;
        const ProcessResult r = cli(run(db, QStringLiteral("upgrade"), example(), {QStringLiteral("--sql")}));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("CREATE TABLE alembic_version")));
        QVERIFY(r.out.contains(QStringLiteral("INSERT INTO alembic_version (version_num) VALUES ('1764000000');")));
        QVERIFY(r.out.contains(QStringLiteral("UPDATE alembic_version SET version_num='1764001200' WHERE alembic_version.version_num = '1764000600';")));
        QCOMPARE(db.scalar(QStringLiteral("SELECT to_regclass('alembic_version') IS NULL")), QStringLiteral("t"));
    }

    void sqlNeedsNoDatabaseAndStartsWhereToldLikeAlembic()
    {
        const QString nowhere = QStringLiteral("host=127.0.0.1 port=1 dbname=nowhere user=nobody");
        const auto offline = [&](const QString &command, const QStringList &more) {
            return cli(QStringList{command, QStringLiteral("--db"), nowhere, QStringLiteral("--migrations"), example(), QStringLiteral("--sql")} + more);
        };
        const ProcessResult fromBase = offline(QStringLiteral("upgrade"), {});
        QVERIFY2(fromBase.exitCode == 0, qPrintable(fromBase.err));
        const ProcessResult fromMiddle = offline(QStringLiteral("upgrade"), {QStringLiteral("--from"), QStringLiteral("1764000000")});
        QVERIFY2(fromMiddle.exitCode == 0, qPrintable(fromMiddle.err));
        QVERIFY(!fromMiddle.out.contains(QStringLiteral("CREATE TABLE alembic_version")));
        QVERIFY(!fromMiddle.out.contains(QStringLiteral("INSERT INTO alembic_version")));
        QVERIFY(fromMiddle.out.contains(QStringLiteral("WHERE alembic_version.version_num = '1764000000';")));
        const ProcessResult down = offline(QStringLiteral("downgrade"), {QStringLiteral("--from"), QStringLiteral("1764001200"), QStringLiteral("--to"), QStringLiteral("-1")});
        QVERIFY2(down.exitCode == 0, qPrintable(down.err));
        QVERIFY(down.out.contains(QStringLiteral("UPDATE alembic_version SET version_num='1764000600' WHERE alembic_version.version_num = '1764001200';")));
        QCOMPARE(down.out.count(QStringLiteral("BEGIN;")), 1);

        // The same SQL runs on a database and leaves it where alembic would.
        TestDatabase db;
        QCOMPARE(cli(run(db, QStringLiteral("upgrade"), example(), {QStringLiteral("--to"), QStringLiteral("1764000000")})).exitCode, 0);
        db.exec(fromMiddle.out);
        QCOMPARE(db.scalar(QStringLiteral("SELECT version_num FROM alembic_version")), QStringLiteral("1764001200"));

        const ProcessResult noStart = offline(QStringLiteral("downgrade"), {QStringLiteral("--to"), QStringLiteral("-1")});
        QCOMPARE(noStart.exitCode, 2);
        QVERIFY2(noStart.err.contains(QStringLiteral("--from")), qPrintable(noStart.err));
    }

    void sqlRefusesAMigrationItCannotRenderRatherThanPrintHalf()
    {
        QTemporaryDir dir;
        writeProjectWithOwnDatabase(dir.path(), QStringLiteral("postgresql://nowhere"), QString::fromLatin1(kEnvPyFromIni), addColumnB());
        const ProcessResult r = cli({QStringLiteral("upgrade"), QStringLiteral("--migrations"), dir.path(), QStringLiteral("--sql")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
        QVERIFY2(r.err.contains(QStringLiteral("1700000100_add_b_column_to_a.py:12")) && r.err.contains(QStringLiteral("op.add_column"))
                     && r.err.contains(QStringLiteral("alembic upgrade 1700000000:1700000100 --sql")),
                 qPrintable(r.err));
    }

    void statusSaysWhereTheDatabaseStandsOnTheChain()
    {
        TestDatabase db;
        const auto status = [&] {
            const ProcessResult r = cli(run(db, QStringLiteral("status"), example(), {QStringLiteral("--format"), QStringLiteral("json")}));
            return qMakePair(r.exitCode, QJsonDocument::fromJson(r.out.toUtf8()).object());
        };
        const auto states = [](const QJsonObject &o) {
            QStringList list;
            for (const QJsonValue &r : o.value(QStringLiteral("revisions")).toArray())
                list << r.toObject().value(QStringLiteral("revision")).toString() + QLatin1Char(':') + r.toObject().value(QStringLiteral("state")).toString();
            return list.join(QLatin1Char(' '));
        };
        auto [code, json] = status();
        QCOMPARE(code, 1);
        QVERIFY(json.value(QStringLiteral("current")).isNull());
        QCOMPARE(json.value(QStringLiteral("head")).toString(), QStringLiteral("1764001200"));
        QCOMPARE(states(json), QStringLiteral("1764000000:pending 1764000600:pending 1764001200:pending"));
        const QJsonObject first = json.value(QStringLiteral("revisions")).toArray().first().toObject();
        QCOMPARE(first.value(QStringLiteral("message")).toString(), QStringLiteral("create_accounts_table"));
        QVERIFY(first.value(QStringLiteral("down_revision")).isNull());
        QVERIFY(first.value(QStringLiteral("file")).toString().endsWith(QStringLiteral("/1764000000_create_accounts_table.py")));

        QCOMPARE(cli(run(db, QStringLiteral("upgrade"), example(), {QStringLiteral("--to"), QStringLiteral("+2")})).exitCode, 0);
        std::tie(code, json) = status();
        QCOMPARE(code, 1);
        QCOMPARE(json.value(QStringLiteral("current")).toString(), QStringLiteral("1764000600"));
        QCOMPARE(states(json), QStringLiteral("1764000000:applied 1764000600:current 1764001200:pending"));
        const ProcessResult text = cli(run(db, QStringLiteral("status"), example()));
        QVERIFY2(text.err.contains(QStringLiteral("applies 1 migration(s)")), qPrintable(text.err));

        QCOMPARE(cli(run(db, QStringLiteral("upgrade"), example())).exitCode, 0);
        std::tie(code, json) = status();
        QCOMPARE(code, 0);
        QCOMPARE(states(json), QStringLiteral("1764000000:applied 1764000600:applied 1764001200:current"));
        QCOMPARE(json.value(QStringLiteral("unknown")).toArray().size(), 0);

        // Migrated from a newer checkout: the revision is named, nothing claimed applied.
        db.exec(QStringLiteral("UPDATE alembic_version SET version_num = '1799999999'"));
        std::tie(code, json) = status();
        QCOMPARE(code, 1);
        QCOMPARE(json.value(QStringLiteral("unknown")).toArray().first().toString(), QStringLiteral("1799999999"));
        QCOMPARE(states(json), QStringLiteral("1764000000:pending 1764000600:pending 1764001200:pending"));
        QCOMPARE(cli(run(db, QStringLiteral("status"), example())).out.count(QStringLiteral("not in the folder")), 1);
    }

    void aDryRunChangesNothingAndNamesWhatADowngradeDrops()
    {
        TestDatabase db;
        QCOMPARE(cli(run(db, QStringLiteral("upgrade"), example())).exitCode, 0);
        db.exec(QStringLiteral("INSERT INTO accounts (code, name) VALUES ('A1', 'Ada'), ('B2', 'Bob'); "
                               "INSERT INTO orders (account_id, instrument, side, quantity) SELECT id, 'X', 'BUY', 1 FROM accounts"));
        const QString dump = db.schemaDump();
        const ProcessResult r = cli(run(db, QStringLiteral("downgrade"), example(), {QStringLiteral("--to"), QStringLiteral("1764000000"), QStringLiteral("--dry-run")}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("the database is at 1764001200; nothing was changed")), qPrintable(r.out));
        QVERIFY(r.out.indexOf(QStringLiteral("downgrade 1764001200_create_fills_table.py")) < r.out.indexOf(QStringLiteral("downgrade 1764000600_create_orders_table.py")));
        QVERIFY2(r.out.contains(QStringLiteral("drops table orders (2 rows)")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("drops table orders_history (2 rows)")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("drops table fills (0 rows)")), qPrintable(r.out));
        QVERIFY(!r.out.contains(QStringLiteral("drops table accounts")));
        QCOMPARE(db.schemaDump(), dump);
        QCOMPARE(db.scalar(QStringLiteral("SELECT version_num FROM alembic_version")), QStringLiteral("1764001200"));
        const ProcessResult up = cli(run(db, QStringLiteral("upgrade"), example(), {QStringLiteral("--dry-run")}));
        QVERIFY2(up.exitCode == 0 && up.out.startsWith(QStringLiteral("Nothing would run")), qPrintable(up.out));
    }

    void stampDetectFindsTheRevisionTheSchemaIsAt()
    {
        TestDatabase db;
        QCOMPARE(cli(run(db, QStringLiteral("upgrade"), example(), {QStringLiteral("--to"), QStringLiteral("+2")})).exitCode, 0);
        // The guide's version mismatch: alembic_version says head, the schema is one behind.
        db.exec(QStringLiteral("UPDATE alembic_version SET version_num = '1764001200'"));
        const ProcessResult found = cli(run(db, QStringLiteral("stamp"), example(), {QStringLiteral("--detect")}));
        QVERIFY2(found.exitCode == 0, qPrintable(found.err + found.out));
        QCOMPARE(found.out.trimmed(), QStringLiteral("1764000600"));
        QVERIFY2(found.err.contains(QStringLiteral("alembic_version says 1764001200")), qPrintable(found.err));
        QCOMPARE(db.scalar(QStringLiteral("SELECT version_num FROM alembic_version")), QStringLiteral("1764001200"));  // not without --apply
        QCOMPARE(cli(run(db, QStringLiteral("stamp"), example(), {QStringLiteral("--detect"), QStringLiteral("--apply")})).exitCode, 0);
        QCOMPARE(db.scalar(QStringLiteral("SELECT version_num FROM alembic_version")), QStringLiteral("1764000600"));
        QCOMPARE(cli(run(db, QStringLiteral("upgrade"), example())).exitCode, 0);  // and the chain goes on from there
        QCOMPARE(db.scalar(QStringLiteral("SELECT version_num FROM alembic_version")), QStringLiteral("1764001200"));
        QCOMPARE(db.scratchDatabasesLeftBehind(), QStringList());

        // Changed by hand: no revision matches; the closest is named with what differs.
        db.exec(QStringLiteral("ALTER TABLE accounts ADD COLUMN nickname text"));
        const ProcessResult none = cli(run(db, QStringLiteral("stamp"), example(), {QStringLiteral("--detect"), QStringLiteral("--apply")}));
        QCOMPARE(none.exitCode, 1);
        QVERIFY2(none.out.contains(QStringLiteral("closest is 1764001200")) && none.out.contains(QStringLiteral("accounts.nickname")), qPrintable(none.out));

        TestDatabase empty;
        const ProcessResult base = cli(run(empty, QStringLiteral("stamp"), example(), {QStringLiteral("--detect")}));
        QVERIFY2(base.exitCode == 0 && base.out.trimmed() == QLatin1String("base"), qPrintable(base.out + base.err));
    }

    void resetWipesOnlyTheNamedDatabaseAndOnlyTheFoldersSchemas()
    {
        TestDatabase db;
        QCOMPARE(cli(run(db, QStringLiteral("upgrade"), example(), {QStringLiteral("--to"), QStringLiteral("+1")})).exitCode, 0);
        db.exec(QStringLiteral("INSERT INTO accounts (code, name) VALUES ('A1', 'Ada'); CREATE TABLE scratch_notes (id int); "
                               "CREATE SCHEMA reporting; CREATE TABLE reporting.kept (id int)"));
        // The public schema as the team set it up: what a reset must make again.
        db.exec(QStringLiteral("DO $$ BEGIN CREATE ROLE sw_app_role; EXCEPTION WHEN duplicate_object THEN NULL; END $$; "
                               "GRANT USAGE, CREATE ON SCHEMA public TO sw_app_role"));
        const QString publicSchema = QStringLiteral("SELECT nspowner::regrole::text || ' ' || coalesce(obj_description(oid, 'pg_namespace'), '-') || ' ' "
                                                    "|| array_to_string(ARRAY(SELECT a FROM unnest(nspacl) a ORDER BY a::text), ',') FROM pg_namespace WHERE nspname = 'public'");
        const QString before = db.scalar(publicSchema);
        QVERIFY2(before.contains(QStringLiteral("sw_app_role=UC")) && before.contains(QStringLiteral("standard public schema")), qPrintable(before));
        const ProcessResult wrongName = cli(run(db, QStringLiteral("reset"), example(), {QStringLiteral("--yes-wipe"), QStringLiteral("production")}));
        QCOMPARE(wrongName.exitCode, 2);
        QVERIFY2(wrongName.err.contains(QStringLiteral("not production: nothing was dropped")), qPrintable(wrongName.err));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM accounts")), QStringLiteral("1"));

        const ProcessResult r = cli(run(db, QStringLiteral("reset"), example(), {QStringLiteral("--yes-wipe"), db.name()}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed(), QStringLiteral("1764001200"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM accounts")), QStringLiteral("0"));           // built anew
        QCOMPARE(db.scalar(QStringLiteral("SELECT to_regclass('scratch_notes') IS NULL")), QStringLiteral("t")); // public wiped
        QCOMPARE(db.scalar(QStringLiteral("SELECT to_regclass('reporting.kept') IS NULL")), QStringLiteral("f")); // not the folder's
        QCOMPARE(db.scalar(publicSchema), before);  // owner, comment, and who may use it, as they were
        QCOMPARE(cli(run(db, QStringLiteral("status"), example())).exitCode, 0);

        // A server by another name is not wiped without --force. (hostaddr keeps the
        // connection on this machine; libpq reports the host name it was given.)
        db.exec(QStringLiteral("DO $$ BEGIN CREATE ROLE sw_reset_user LOGIN PASSWORD 'right'; EXCEPTION WHEN duplicate_object THEN NULL; END $$"));
        const QString port = db.conninfo().section(QStringLiteral("port="), 1).section(QLatin1Char(' '), 0, 0);
        const QString named = QStringLiteral("hostaddr=127.0.0.1 host=db.staging.example port=%1 dbname=%2 user=sw_reset_user password=right sslmode=disable")
                                  .arg(port, db.name());
        db.exec(QStringLiteral("CREATE TABLE still_here (id int)"));
        const ProcessResult remote = cli({QStringLiteral("reset"), QStringLiteral("--db"), named, QStringLiteral("--migrations"), example(),
                                          QStringLiteral("--yes-wipe"), db.name()});
        QCOMPARE(remote.exitCode, 2);
        QVERIFY2(remote.err.contains(QStringLiteral("is on db.staging.example, not on this machine")), qPrintable(remote.err));
        QCOMPARE(db.scalar(QStringLiteral("SELECT to_regclass('still_here') IS NULL")), QStringLiteral("f"));
    }

    void pingReportsServerAndRevision()
    {
        TestDatabase db;
        QCOMPARE(cli(run(db, QStringLiteral("upgrade"), example(), {QStringLiteral("--to"), QStringLiteral("+1")})).exitCode, 0);
        const ProcessResult r = cli({QStringLiteral("ping"), QStringLiteral("--db"), db.conninfo()});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("PostgreSQL 15.")) && r.out.contains(QStringLiteral("alembic_version 1764000000")), qPrintable(r.out));
    }

    void connectionErrorsSayWhatToDo()
    {
        const ProcessResult refused = cli({QStringLiteral("current"), QStringLiteral("--db"), QStringLiteral("host=127.0.0.1 port=1 user=x dbname=x")});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("is PostgreSQL running")), qPrintable(refused.err));
        TestDatabase db;
        const ProcessResult missing = cli({QStringLiteral("current"), QStringLiteral("--db"), QString(db.conninfo()).replace(db.name(), QStringLiteral("no_such_db"))});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains(QStringLiteral("no_such_db")) && missing.err.contains(QStringLiteral("does not exist")), qPrintable(missing.err));
        QCOMPARE(missing.err.trimmed().count(QLatin1Char('\n')), 0);

        // Over TCP the test server wants a password (scram-sha-256).
        db.exec(QStringLiteral("DO $$ BEGIN CREATE ROLE sw_password_user LOGIN PASSWORD 'right'; EXCEPTION WHEN duplicate_object THEN NULL; END $$"));
        const QString port = db.conninfo().section(QStringLiteral("port="), 1).section(QLatin1Char(' '), 0, 0);
        const QString tcp = QStringLiteral("host=127.0.0.1 port=%1 dbname=postgres user=sw_password_user").arg(port);
        qputenv("PGPASSFILE", "/nonexistent");  // no ~/.pgpass may answer for us
        const ProcessResult wrong = cli({QStringLiteral("ping"), QStringLiteral("--db"), tcp + QStringLiteral(" password=wrong")});
        QVERIFY2(wrong.exitCode == 2 && wrong.err.contains(QStringLiteral("~/.pgpass")) && wrong.err.contains(QStringLiteral("refused")), qPrintable(wrong.err));
        const ProcessResult none = cli({QStringLiteral("ping"), QStringLiteral("--db"), tcp});
        QVERIFY2(none.exitCode == 2 && none.err.contains(QStringLiteral("wants a password")), qPrintable(none.err));
        QCOMPARE(cli({QStringLiteral("ping"), QStringLiteral("--db"), tcp + QStringLiteral(" password=right")}).exitCode, 0);
        const ProcessResult tls = cli({QStringLiteral("ping"), QStringLiteral("--db"), tcp + QStringLiteral(" password=right sslmode=require")});
        QVERIFY2(tls.exitCode == 2 && tls.err.contains(QStringLiteral("sslmode")), qPrintable(tls.err));

        // A port that accepts connections but never answers.
        QProcess silent;
        silent.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), QStringLiteral(
            "import socket, time\ns = socket.socket(); s.bind(('127.0.0.1', 0)); s.listen(); print(s.getsockname()[1], flush=True); time.sleep(30)")});
        QVERIFY(silent.waitForReadyRead(10000));
        const QString silentPort = QString::fromUtf8(silent.readAllStandardOutput()).trimmed();
        qputenv("PGCONNECT_TIMEOUT", "2");
        const ProcessResult timeout = cli({QStringLiteral("ping"), QStringLiteral("--db"), QStringLiteral("host=127.0.0.1 port=%1 dbname=x user=x").arg(silentPort)});
        qunsetenv("PGCONNECT_TIMEOUT");
        silent.kill();
        silent.waitForFinished();
        QVERIFY2(timeout.exitCode == 2 && timeout.err.contains(QStringLiteral("did not answer in time")), qPrintable(timeout.err));
    }
};

QTEST_GUILESS_MAIN(TestRunner)
#include "tst_runner.moc"
