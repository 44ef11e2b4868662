// The command line as an Alembic user types it: every command answers --help
// with 0 and a stray word with 2; inside an Alembic environment the migration
// folder is found as alembic finds it; a folder with a file that is no
// migration, or with two heads, is named, never read as something else.

#include "processes.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace sw::test;

namespace {

void writeText(const QString &path, const QString &text)
{
    QVERIFY(QDir().mkpath(QFileInfo(path).path()));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text.toUtf8());
}

void writeRevision(const QString &dir, const QString &revision, const QString &down)
{
    writeText(QStringLiteral("%1/%2_step_%2.py").arg(dir, revision),
              QStringLiteral("revision = \"%1\"\ndown_revision = %2\n\ndef upgrade():\n    pass\n\ndef downgrade():\n    pass\n")
                  .arg(revision, down.isEmpty() ? QStringLiteral("None") : QLatin1Char('"') + down + QLatin1Char('"')));
}

// The commands `schemawright-cli --help` lists.
QStringList commandNames()
{
    QStringList names;
    static const QRegularExpression line(QStringLiteral("^  (\\S+)  "), QRegularExpression::MultilineOption);
    for (auto it = line.globalMatch(runCli({QStringLiteral("--help")}).out); it.hasNext();)
        names << it.next().captured(1);
    return names;
}

// Without DATABASE_URL or ALEMBIC_CONFIG of the machine running the tests.
QProcessEnvironment cleanEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DATABASE_URL"));
    environment.remove(QStringLiteral("ALEMBIC_CONFIG"));
    return environment;
}

ProcessResult runCliIn(const QString &workingDir, const QStringList &arguments, const QProcessEnvironment &environment = cleanEnvironment())
{
    return runProcess(qEnvironmentVariable("SW_CLI"), arguments, workingDir, environment);
}

} // namespace

class TestCliHabits : public QObject {
    Q_OBJECT
private slots:
    void everyCommandAnswersHelpWithZero()
    {
        const QStringList names = commandNames();
        QVERIFY2(names.size() >= 16 && names.contains(QStringLiteral("heads")), qPrintable(names.join(QLatin1Char(' '))));
        for (const QString &name : names) {
            const ProcessResult r = runCli({name, QStringLiteral("--help")});
            QVERIFY2(r.exitCode == 0, qPrintable(name + QStringLiteral(": ") + r.err));
            QVERIFY2(r.out.startsWith(QStringLiteral("Usage: schemawright-cli %1").arg(name)), qPrintable(name + QStringLiteral(": ") + r.out));
        }
    }

    void aStrayArgumentIsAnErrorOnEveryCommand()
    {
        QTemporaryDir dir;
        for (const QString &name : commandNames()) {
            const ProcessResult r = runCliIn(dir.path(), {name, QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three"), QStringLiteral("four")});
            QVERIFY2(r.exitCode == 2, qPrintable(QStringLiteral("%1 exited %2: %3").arg(name).arg(r.exitCode).arg(r.err)));
            QVERIFY2(r.err.contains(QStringLiteral("unexpected argument")), qPrintable(name + QStringLiteral(": ") + r.err));
            QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
        }
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());
    }

    void downgradeMinusOneIsATargetNotAnOption()
    {
        QTemporaryDir dir;
        writeRevision(dir.path(), QStringLiteral("1700000000"), {});
        // Offline, so no database is needed: the SQL of rolling back the one migration.
        const ProcessResult r = runCliIn(dir.path(), {QStringLiteral("downgrade"), QStringLiteral("-1"), QStringLiteral("--sql"), QStringLiteral("--from"),
                                                      QStringLiteral("1700000000"), QStringLiteral("--migrations"), dir.path()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("DELETE FROM alembic_version")), qPrintable(r.out));
        const ProcessResult none = runCliIn(dir.path(), {QStringLiteral("downgrade"), QStringLiteral("--migrations"), dir.path()});
        QCOMPARE(none.exitCode, 2);
        QVERIFY2(none.err.contains(QStringLiteral("-1 rolls back one migration")), qPrintable(none.err));
        const ProcessResult two = runCliIn(dir.path(), {QStringLiteral("upgrade"), QStringLiteral("head"), QStringLiteral("--to"), QStringLiteral("+1"),
                                                        QStringLiteral("--sql"), QStringLiteral("--migrations"), dir.path()});
        QCOMPARE(two.exitCode, 2);
        QVERIFY2(two.err.contains(QStringLiteral("two targets")), qPrintable(two.err));
    }

    void headsAreListedAsAlembicListsThem()
    {
        QTemporaryDir dir;
        writeRevision(dir.path(), QStringLiteral("1700000000"), {});
        writeRevision(dir.path(), QStringLiteral("1700000100"), QStringLiteral("1700000000"));
        writeRevision(dir.path(), QStringLiteral("1700000200"), QStringLiteral("1700000000"));
        const ProcessResult r = runCliIn(dir.path(), {QStringLiteral("heads"), QStringLiteral("--migrations"), dir.path()});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("1700000100 (head)\n1700000200 (head)\n"));
    }

    // `cd migrations && schemawright-cli history`: the folder is alembic.ini's script_location.
    void insideAnAlembicEnvironmentTheFolderIsFoundAsAlembicFindsIt()
    {
        QTemporaryDir dir;
        const QString env = dir.filePath(QStringLiteral("migrations"));
        QCOMPARE(runCli({QStringLiteral("init"), env}).exitCode, 0);
        writeRevision(env + QStringLiteral("/versions"), QStringLiteral("1700000000"), {});
        ProcessResult r = runCliIn(env, {QStringLiteral("heads")});
        QVERIFY2(r.exitCode == 0 && r.out == QStringLiteral("1700000000 (head)\n"), qPrintable(r.out + r.err));

        // Alembic's own layout: alembic.ini at the project's root, script_location naming the folder.
        const QString root = dir.filePath(QStringLiteral("project"));
        writeText(root + QStringLiteral("/alembic.ini"), QStringLiteral("[alembic]\nscript_location = db/alembic\n\n[loggers]\nkeys = root\n"));
        writeRevision(root + QStringLiteral("/db/alembic/versions"), QStringLiteral("1700000500"), {});
        r = runCliIn(root, {QStringLiteral("history")});
        QVERIFY2(r.exitCode == 0 && r.out.startsWith(QStringLiteral("1700000500  None")), qPrintable(r.out + r.err));

        // ALEMBIC_CONFIG names another file, as for alembic; from anywhere.
        QProcessEnvironment environment = cleanEnvironment();
        environment.insert(QStringLiteral("ALEMBIC_CONFIG"), env + QStringLiteral("/alembic.ini"));
        r = runCliIn(dir.path(), {QStringLiteral("heads")}, environment);
        QVERIFY2(r.exitCode == 0 && r.out == QStringLiteral("1700000000 (head)\n"), qPrintable(r.out + r.err));

        // Nowhere to look: one line that says what to give.
        r = runCliIn(dir.path(), {QStringLiteral("heads")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--migrations DIR is required here: there is no alembic.ini")), qPrintable(r.err));
    }

    // Alembic refuses a folder holding a .py that is not a migration; so does every command, naming the file.
    void aFileThatIsNoMigrationIsNamedByEveryCommand()
    {
        QTemporaryDir dir;
        writeRevision(dir.path(), QStringLiteral("1700000000"), {});
        writeText(dir.filePath(QStringLiteral("helpers.py")), QStringLiteral("def helper():\n    return 1\n"));
        writeText(dir.filePath(QStringLiteral("1700000100_half.py")), QStringLiteral("revision = \"1700000100\"\n"));
        writeText(dir.filePath(QStringLiteral("__init__.py")), QString());  // a package marker, which alembic skips too

        const ProcessResult lint = runCliIn(dir.path(), {QStringLiteral("lint"), QStringLiteral("--migrations"), dir.path(), QStringLiteral("--format"),
                                                         QStringLiteral("json")});
        QCOMPARE(lint.exitCode, 1);
        QVERIFY2(lint.out.contains(QStringLiteral("\"code\": \"not-a-migration\"")) && lint.out.contains(QStringLiteral("helpers.py")), qPrintable(lint.out));
        QVERIFY2(lint.out.contains(QStringLiteral("\"code\": \"no-down-revision\"")) && lint.out.contains(QStringLiteral("1700000100_half.py")), qPrintable(lint.out));
        QVERIFY(!lint.out.contains(QStringLiteral("__init__.py")));

        for (const QStringList &command : {QStringList{QStringLiteral("history")}, QStringList{QStringLiteral("heads")},
                                           QStringList{QStringLiteral("upgrade"), QStringLiteral("--sql")}}) {
            const ProcessResult r = runCliIn(dir.path(), command + QStringList{QStringLiteral("--migrations"), dir.path()});
            QVERIFY2(r.exitCode == 2, qPrintable(command.first() + QStringLiteral(": ") + r.out + r.err));
            QVERIFY2(r.err.contains(QStringLiteral("helpers.py:1: not a migration")) && r.err.contains(QStringLiteral("1700000100_half.py:1:")),
                     qPrintable(command.first() + QStringLiteral(": ") + r.err));
        }
        const QStringList before = QDir(dir.path()).entryList(QDir::Files);
        const ProcessResult generate = runCliIn(dir.path(), {QStringLiteral("generate"), QStringLiteral("--to"),
                                                             sourceDir() + QStringLiteral("/migrations/designs/1_accounts.json"), QStringLiteral("--message"),
                                                             QStringLiteral("create_accounts_table"), QStringLiteral("--out"), dir.path()});
        QCOMPARE(generate.exitCode, 2);
        QVERIFY2(generate.err.contains(QStringLiteral("helpers.py")), qPrintable(generate.err));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), before);
    }

    void importNeverWritesOverAFileUnasked()
    {
        QTemporaryDir dir;
        const QString existing = dir.filePath(QStringLiteral("design.json"));
        writeText(existing, QStringLiteral("{ \"mine\": true }\n"));
        // Refused before any connection is tried: the database named here does not exist.
        const QStringList arguments{QStringLiteral("import"), QStringLiteral("--db"), QStringLiteral("host=/nonexistent dbname=nothing"),
                                    QStringLiteral("-o"), existing};
        const ProcessResult r = runCliIn(dir.path(), arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("exists")) && r.err.contains(QStringLiteral("--force")), qPrintable(r.err));
        QCOMPARE(readFile(existing), QStringLiteral("{ \"mine\": true }\n"));
        // With --force it goes on (and fails to connect here, still leaving the file).
        const ProcessResult forced = runCliIn(dir.path(), arguments + QStringList{QStringLiteral("--force")});
        QCOMPARE(forced.exitCode, 2);
        QVERIFY2(!forced.err.contains(QStringLiteral("exists")), qPrintable(forced.err));
        QCOMPARE(readFile(existing), QStringLiteral("{ \"mine\": true }\n"));
    }

    // What no command foresaw (here: memory runs out reading a 600 MB design under a
    // 400 MB address-space limit) is one line and exit 2, never an abort.
    void anUnforeseenErrorIsOneLineAndExitTwo()
    {
        QTemporaryDir dir;
        QFile big(dir.filePath(QStringLiteral("big.json")));
        QVERIFY(big.open(QIODevice::WriteOnly) && big.resize(600LL * 1024 * 1024));  // sparse: no disk is spent
        big.close();
        const ProcessResult r = runProcess(QStringLiteral("/usr/bin/prlimit"),
                                           {QStringLiteral("--as=%1").arg(400LL * 1024 * 1024), qEnvironmentVariable("SW_CLI"), QStringLiteral("generate"),
                                            QStringLiteral("--to"), big.fileName(), QStringLiteral("--message"), QStringLiteral("create_big_table"),
                                            QStringLiteral("--out"), dir.path()},
                                           dir.path(), cleanEnvironment());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(QStringLiteral("schemawright-cli: ")) && r.err.trimmed().count(QLatin1Char('\n')) == 0, qPrintable(r.err));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("big.json")});
    }

    // verify wipes a database only when it is named with --db and confirmed by name.
    void verifyOnANamedDatabaseAsksForItsName()
    {
        QTemporaryDir dir;
        writeRevision(dir.path(), QStringLiteral("1700000000"), {});
        QProcessEnvironment environment = cleanEnvironment();
        environment.insert(QStringLiteral("DATABASE_URL"), QStringLiteral("postgresql://nobody@/nothing?host=/nonexistent"));
        const ProcessResult r = runCliIn(dir.path(), {QStringLiteral("verify"), QStringLiteral("--migrations"), dir.path(), QStringLiteral("--db"),
                                                      QStringLiteral("host=/nonexistent dbname=app")}, environment);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--yes-wipe DBNAME")) && r.err.contains(QStringLiteral("nothing was touched")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliHabits)
#include "tst_clihabits.moc"
