// schemawright-cli init and generate, run as a user runs them.

#include "processes.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace sw::test;

namespace {

QString source(const QString &relative) { return sourceDir() + QLatin1Char('/') + relative; }

// Every file below `dir` with its content, to prove a failed command wrote nothing.
QMap<QString, QString> snapshot(const QString &dir)
{
    QMap<QString, QString> files;
    for (QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
        const QString path = it.next();
        files.insert(QDir(dir).relativeFilePath(path), readFile(path));
    }
    return files;
}

void writeText(const QString &path, const QString &text)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text.toUtf8());
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT
private slots:
    void exampleMigrationsAreWhatTheToolWrites()
    {
        QTemporaryDir out;
        const ProcessResult r = runProcess(source(QStringLiteral("scripts/regenerate-example-migrations.sh")),
                                           {qEnvironmentVariable("SW_CLI"), out.filePath(QStringLiteral("m"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QMap<QString, QString> committed = snapshot(source(QStringLiteral("migrations")));
        for (auto it = committed.begin(); it != committed.end();)
            it = it.key().startsWith(QLatin1String("designs/")) || it.key() == QLatin1String("trading.json") ? committed.erase(it) : ++it;
        QCOMPARE(snapshot(out.filePath(QStringLiteral("m"))), committed);
    }

    void initWritesTheAlembicEnvironment()
    {
        QTemporaryDir dir;
        const QString env = dir.filePath(QStringLiteral("env"));
        const ProcessResult r = runCli({QStringLiteral("init"), env});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QFileInfo(env + QStringLiteral("/versions")).isDir());
        QVERIFY(readFile(env + QStringLiteral("/alembic.ini")).contains(QStringLiteral("file_template = %%(rev)s_%%(slug)s")));
        const QString envPy = readFile(env + QStringLiteral("/env.py"));
        QVERIFY(envPy.contains(QStringLiteral("str(max(int(time.time()), newest + 1))")));
        QVERIFY(envPy.contains(QStringLiteral("DATABASE_URL")));
        QVERIFY(QFile::exists(env + QStringLiteral("/script.py.mako")));

        // A second init into the same folder changes nothing.
        writeText(env + QStringLiteral("/env.py"), QStringLiteral("# mine"));
        const auto before = snapshot(env);
        const ProcessResult again = runCli({QStringLiteral("init"), env});
        QCOMPARE(again.exitCode, 2);
        QVERIFY(again.err.contains(QStringLiteral("already exists")));
        QCOMPARE(snapshot(env), before);
    }

    void generateWritesOneFileOnTheHead()
    {
        QTemporaryDir dir;
        QCOMPARE(runCli({QStringLiteral("init"), dir.path()}).exitCode, 0);
        const ProcessResult first = runCli({QStringLiteral("generate"), QStringLiteral("--to"), source(QStringLiteral("migrations/designs/1_accounts.json")),
                                            QStringLiteral("--message"), QStringLiteral("create_accounts_table"), QStringLiteral("--out"), dir.path()});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        const QString firstPath = first.out.trimmed();
        QVERIFY(QFileInfo(firstPath).fileName().contains(QRegularExpression(QStringLiteral("^\\d{10}_create_accounts_table\\.py$"))));
        QVERIFY(readFile(firstPath).contains(QStringLiteral("down_revision = None")));
        const QString firstRevision = QFileInfo(firstPath).fileName().section(QLatin1Char('_'), 0, 0);

        const ProcessResult second = runCli({QStringLiteral("generate"), QStringLiteral("--from"), source(QStringLiteral("migrations/designs/1_accounts.json")),
                                             QStringLiteral("--to"), source(QStringLiteral("migrations/designs/2_orders.json")), QStringLiteral("--message"),
                                             QStringLiteral("create_orders_table"), QStringLiteral("--out"), dir.path()});
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        const QString secondName = QFileInfo(second.out.trimmed()).fileName();
        // Made in the same second as the first, it still sorts after it.
        QVERIFY(secondName.section(QLatin1Char('_'), 0, 0).toLongLong() > firstRevision.toLongLong());
        QVERIFY(readFile(second.out.trimmed()).contains(QStringLiteral("down_revision = \"%1\"").arg(firstRevision)));
    }

    void noChangeExitsOneAndWritesNothing()
    {
        QTemporaryDir dir;
        const QString design = source(QStringLiteral("migrations/trading.json"));
        const ProcessResult r = runCli({QStringLiteral("generate"), QStringLiteral("--from"), design, QStringLiteral("--to"), design,
                                        QStringLiteral("--message"), QStringLiteral("create_orders_table"), QStringLiteral("--out"), dir.path()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("no change")));
        QVERIFY(snapshot(dir.path()).isEmpty());
    }

    void badInputExitsTwoWithOneLineAndWritesNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        const QString good = source(QStringLiteral("migrations/trading.json"));
        const QString vaguehint = QStringLiteral("too vague");
        const auto generate = [&](const QString &to, const QString &message, const QStringList &extra = {}) {
            return QStringList{QStringLiteral("generate"), QStringLiteral("--to"), to, QStringLiteral("--message"), message,
                               QStringLiteral("--out"), QStringLiteral("OUT")} + extra;
        };
        QTest::newRow("vague message update_schema") << generate(good, QStringLiteral("update_schema")) << vaguehint;
        QTest::newRow("vague message fix_db") << generate(good, QStringLiteral("fix_db")) << vaguehint;
        QTest::newRow("vague message changes") << generate(good, QStringLiteral("changes")) << vaguehint;
        QTest::newRow("vague message migration_v2") << generate(good, QStringLiteral("migration_v2")) << vaguehint;
        QTest::newRow("message not snake_case") << generate(good, QStringLiteral("Create Orders")) << QStringLiteral("snake_case");
        QTest::newRow("missing --to") << QStringList{QStringLiteral("generate"), QStringLiteral("--message"), QStringLiteral("create_x_table"),
                                                     QStringLiteral("--out"), QStringLiteral("OUT")} << QStringLiteral("--to is required");
        QTest::newRow("unknown option") << generate(good, QStringLiteral("create_orders_table"), {QStringLiteral("--frobnicate")})
                                        << QStringLiteral("frobnicate");
        QTest::newRow("malformed json") << generate(QStringLiteral("BROKEN"), QStringLiteral("create_orders_table")) << QStringLiteral("not valid JSON");
        QTest::newRow("unknown type") << generate(QStringLiteral("BADTYPE"), QStringLiteral("create_orders_table"))
                                      << QStringLiteral("table t, column a: unknown type \"strng\"");
        QTest::newRow("missing design") << generate(QStringLiteral("/nonexistent.json"), QStringLiteral("create_orders_table"))
                                        << QStringLiteral("/nonexistent.json: cannot read");
        QTest::newRow("existing revision") << generate(good, QStringLiteral("create_orders_table"), {QStringLiteral("--revision"), QStringLiteral("1700000000")})
                                           << QStringLiteral("already exists");
        QTest::newRow("revision too long") << generate(good, QStringLiteral("create_orders_table"), {QStringLiteral("--revision"), QString(33, QLatin1Char('1'))})
                                           << QStringLiteral("1 to 32");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << QStringLiteral("unknown command");
        QTest::newRow("key to a table outside the design") << generate(source(QStringLiteral("tests/data/spec-example.json")), QStringLiteral("create_orders_table"))
                                                           << QStringLiteral("table orders: foreign key fk_orders_account_id references table accounts, "
                                                                             "which is not in the design");
    }
    void badInputExitsTwoWithOneLineAndWritesNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        QTemporaryDir dir;
        writeText(dir.filePath(QStringLiteral("broken.json")), QStringLiteral("{\"schemawright\": 1, \"tables\": ["));
        writeText(dir.filePath(QStringLiteral("badtype.json")),
                  QStringLiteral(R"({"schemawright": 1, "tables": [{"name": "t", "columns": [{"name": "a", "type": "strng"}]}]})"));
        const QString out = dir.filePath(QStringLiteral("out"));
        QVERIFY(QDir().mkpath(out));
        writeText(out + QStringLiteral("/1700000000_create_things_table.py"),
                  QStringLiteral("revision = \"1700000000\"\ndown_revision = None\n"));
        for (QString &a : arguments)
            a = a == QLatin1String("OUT") ? out
                : a == QLatin1String("BROKEN") ? dir.filePath(QStringLiteral("broken.json"))
                : a == QLatin1String("BADTYPE") ? dir.filePath(QStringLiteral("badtype.json")) : a;
        const auto before = snapshot(dir.path());
        const ProcessResult r = runCli(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(snapshot(dir.path()), before);
    }

    void aKeyMarkedExternalMayReferenceATableOutsideTheDesign()
    {
        QTemporaryDir dir;
        QString design = readFile(source(QStringLiteral("tests/data/spec-example.json")));
        design.replace(QStringLiteral("\"on_delete\": \"restrict\""), QStringLiteral("\"on_delete\": \"restrict\", \"external\": true"));
        QVERIFY(design.contains(QStringLiteral("\"external\": true")));
        writeText(dir.filePath(QStringLiteral("orders.json")), design);
        const ProcessResult r = runCli({QStringLiteral("generate"), QStringLiteral("--to"), dir.filePath(QStringLiteral("orders.json")),
                                        QStringLiteral("--message"), QStringLiteral("create_orders_table"), QStringLiteral("--out"), dir.path()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(readFile(r.out.trimmed()).contains(QStringLiteral("REFERENCES accounts (id)")));
    }

    void aHungChildIsAFailureNotExitZero()
    {
        const ProcessResult r = runProcess(QStringLiteral("/bin/sleep"), {QStringLiteral("30")}, {}, QProcessEnvironment::systemEnvironment(), 300);
        QCOMPARE(r.exitCode, -1);
        QVERIFY2(r.err.contains(QStringLiteral("did not finish")), qPrintable(r.err));
    }

    void severalHeadsNeedAChoice()
    {
        QTemporaryDir dir;
        writeText(dir.filePath(QStringLiteral("1700000000_create_a_table.py")), QStringLiteral("revision = \"1700000000\"\ndown_revision = None\n"));
        writeText(dir.filePath(QStringLiteral("1700000001_create_b_table.py")), QStringLiteral("revision = \"1700000001\"\ndown_revision = \"1700000000\"\n"));
        writeText(dir.filePath(QStringLiteral("1700000002_create_c_table.py")), QStringLiteral("revision = \"1700000002\"\ndown_revision = \"1700000000\"\n"));
        const QStringList arguments{QStringLiteral("generate"), QStringLiteral("--to"), source(QStringLiteral("migrations/trading.json")),
                                    QStringLiteral("--message"), QStringLiteral("create_trading_tables"), QStringLiteral("--out"), dir.path()};
        const ProcessResult r = runCli(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("several heads")));
        const ProcessResult chosen = runCli(arguments + QStringList{QStringLiteral("--down-revision"), QStringLiteral("1700000002")});
        QCOMPARE(chosen.exitCode, 0);
        QVERIFY(readFile(chosen.out.trimmed()).contains(QStringLiteral("down_revision = \"1700000002\"")));
    }

    void aFillValueCanComeFromTheCommandLine()
    {
        QTemporaryDir dir;
        const QString base = source(QStringLiteral("tests/data/evolution/base.json"));
        QString changed = readFile(base);
        changed.replace(QStringLiteral("{ \"id\": \"c-or-note\""),
                        QStringLiteral("{ \"id\": \"c-or-status\", \"name\": \"status\", \"type\": \"varchar(10)\", \"nullable\": false },\n        { \"id\": \"c-or-note\""));
        writeText(dir.filePath(QStringLiteral("changed.json")), changed);
        const QStringList arguments{QStringLiteral("generate"), QStringLiteral("--from"), base, QStringLiteral("--to"), dir.filePath(QStringLiteral("changed.json")),
                                    QStringLiteral("--message"), QStringLiteral("add_status_to_orders"), QStringLiteral("--out"), dir.path()};
        const ProcessResult refused = runCli(arguments);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("table orders, column status")) && refused.err.contains(QStringLiteral("fill")), qPrintable(refused.err));
        QCOMPARE(runCli(arguments + QStringList{QStringLiteral("--fill"), QStringLiteral("orders.nope='X'")}).exitCode, 2);
        const ProcessResult filled = runCli(arguments + QStringList{QStringLiteral("--fill"), QStringLiteral("orders.status='NEW'")});
        QVERIFY2(filled.exitCode == 0, qPrintable(filled.err));
        // A constant fill: the rows there get it from the catalog, none is written.
        const QString migration = readFile(filled.out.trimmed());
        QVERIFY2(migration.contains(QStringLiteral("ALTER TABLE orders ADD COLUMN status VARCHAR(10) NOT NULL DEFAULT 'NEW';\n"
                                                   "        ALTER TABLE orders ALTER COLUMN status DROP DEFAULT;")), qPrintable(migration));
    }

    void helpDescribesEveryCommand()
    {
        const ProcessResult r = runCli({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("init")));
        QVERIFY(r.out.contains(QStringLiteral("generate")));
        const ProcessResult g = runCli({QStringLiteral("generate"), QStringLiteral("--help")});
        QCOMPARE(g.exitCode, 0);
        QVERIFY(g.out.contains(QStringLiteral("--down-revision")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
