// schemawright-cli lint on hand-written migrations: one broken folder per rule
// (tests/data/lint/<rule>/, on top of tests/data/lint/base/). Each line marked
// "expect: <code>" must draw a finding with that code, file and line.

#include "processes.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QStandardPaths>
#include <QProcessEnvironment>
#include <QFileInfo>
#include <QSet>
#include <QTest>

using namespace sw::test;

namespace {

QString lintData() { return sourceDir() + QStringLiteral("/tests/data/lint/"); }

void copyFolder(const QString &from, const QString &to)
{
    for (const QString &name : QDir(from).entryList({QStringLiteral("*.py")}, QDir::Files))
        QVERIFY(QFile::copy(from + QLatin1Char('/') + name, to + QLatin1Char('/') + name));
}

struct Expectation {
    QString file;
    int line;
    QString code;
};

QList<Expectation> expectations(const QString &dir)
{
    static const QRegularExpression marker(QStringLiteral("(?:#|--) expect: ([a-z-]+)"));
    QList<Expectation> result;
    for (const QString &name : QDir(dir).entryList({QStringLiteral("*.py")}, QDir::Files)) {
        const QStringList lines = readFile(dir + QLatin1Char('/') + name).split(QLatin1Char('\n'));
        for (int i = 0; i < lines.size(); ++i)
            for (auto it = marker.globalMatch(lines.at(i)); it.hasNext();)
                result.append({name, i + 1, it.next().captured(1)});
    }
    return result;
}

// squawk (npm's squawk-cli 2): SW_SQUAWK, else the copy scripts/dev.sh installs in the build, else PATH.
QString squawkProgram()
{
    const QString configured = qEnvironmentVariable("SW_SQUAWK");
    if (!configured.isEmpty() && QFileInfo(configured).isExecutable())
        return configured;
    return QStandardPaths::findExecutable(QStringLiteral("squawk"));
}

// The rules the cross-check holds us to (docs/lint.md).
const QSet<QString> &crossCheckedRules()
{
    static const QSet<QString> rules{
        "changing-column-type", "adding-field-with-default", "adding-not-nullable-field", "adding-required-field", "adding-foreign-key-constraint",
        "constraint-missing-not-valid", "disallowed-unique-constraint", "require-concurrent-index-creation", "require-concurrent-index-deletion",
        "adding-serial-primary-key-field", "ban-drop-column", "ban-drop-table", "ban-drop-not-null", "renaming-column", "renaming-table",
        "ban-concurrent-index-creation-in-transaction"};
    return rules;
}

// A finding names each squawk rule it answers for ("a,b").
QSet<QString> squawkRulesAnswered(const QString &squawk)
{
    const QStringList rules = squawk.split(QLatin1Char(','), Qt::SkipEmptyParts);
    return {rules.begin(), rules.end()};
}

} // namespace

class TestLint : public QObject {
    Q_OBJECT
private slots:
    void eachRuleIsReportedWithFileLineAndCode_data()
    {
        QTest::addColumn<QString>("rule");
        for (const QString &rule : QDir(lintData()).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            if (rule != QLatin1String("base"))
                QTest::newRow(qPrintable(rule)) << rule;
    }
    void eachRuleIsReportedWithFileLineAndCode()
    {
        QFETCH(QString, rule);
        QTemporaryDir dir;
        copyFolder(lintData() + QStringLiteral("base"), dir.path());
        copyFolder(lintData() + rule, dir.path());
        const QList<Expectation> expected = expectations(lintData() + rule);
        QVERIFY2(!expected.isEmpty(), "the fixture marks no expected finding");

        const ProcessResult r = runCli({QStringLiteral("lint"), QStringLiteral("--migrations"), dir.path(), QStringLiteral("--format"), QStringLiteral("json")});
        const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonArray findings = report.value(QStringLiteral("findings")).toArray();
        QJsonArray named = findings;  // with the notes, which name what is worth knowing
        for (const QJsonValue &note : report.value(QStringLiteral("information")).toArray())
            named << note;
        bool anyError = false;
        for (const QJsonValue &f : findings) {
            const QJsonObject o = f.toObject();
            anyError = anyError || o.value(QStringLiteral("severity")).toString() == QLatin1String("error");
            QVERIFY2(!o.value(QStringLiteral("file")).toString().contains(QStringLiteral("create_orders_table")),
                     qPrintable(QStringLiteral("the correct base migration drew a finding: ") + QString::fromUtf8(QJsonDocument(o).toJson())));
        }
        QCOMPARE(r.exitCode, anyError ? 1 : 0);
        for (const Expectation &e : expected) {
            const bool found = std::any_of(named.begin(), named.end(), [&](const QJsonValue &f) {
                const QJsonObject o = f.toObject();
                return o.value(QStringLiteral("code")).toString() == e.code && o.value(QStringLiteral("line")).toInt() == e.line
                    && QFileInfo(o.value(QStringLiteral("file")).toString()).fileName() == e.file;
            });
            QVERIFY2(found, qPrintable(QStringLiteral("no %1 at %2:%3; lint said:\n%4").arg(e.code, e.file).arg(e.line).arg(r.out)));
        }
    }

    void historyTableFindingsNameTheMainTable()
    {
        QTemporaryDir dir;
        copyFolder(lintData() + QStringLiteral("base"), dir.path());
        copyFolder(lintData() + QStringLiteral("guide_add_column"), dir.path());
        const ProcessResult r = runCli({QStringLiteral("lint"), QStringLiteral("--migrations"), dir.path(), QStringLiteral("--format"), QStringLiteral("json")});
        QJsonObject first;  // the history table's finding (the lock findings of the same file come with it)
        for (const QJsonValue &f : QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("findings")).toArray())
            if (first.isEmpty() && f.toObject().value(QStringLiteral("code")).toString() == QLatin1String("history-not-null"))
                first = f.toObject();
        QCOMPARE(first.value(QStringLiteral("table")).toString(), QStringLiteral("orders"));
        QCOMPARE(first.value(QStringLiteral("schema")).toString(), QStringLiteral("public"));
        QCOMPARE(first.value(QStringLiteral("column")).toString(), QStringLiteral("status"));
        QVERIFY(first.value(QStringLiteral("message")).toString().contains(QStringLiteral("orders_history")));
    }

    void bundledMigrationsPassWithNoFinding()
    {
        const ProcessResult r = runCli({QStringLiteral("lint"), QStringLiteral("--migrations"), sourceDir() + QStringLiteral("/migrations")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QString());
    }

    // squawk on the SQL alembic runs for each fixture migration (`alembic upgrade
    // A:B --sql`): every rule of the list it reports must be named by one
    // of our findings for that migration.
    void squawkFindsNothingLintMisses()
    {
        const QString squawk = squawkProgram();
        if (squawk.isEmpty()) {
            // CI installs it (scripts/dev.sh): there, a cross-check that cannot run is a failure, never a skip.
            if (qEnvironmentVariable("CI") == QLatin1String("true"))
                QFAIL("squawk is not installed, and CI must run the cross-check (scripts/dev.sh test installs squawk-cli@2 with npm)");
            QSKIP("squawk is not installed (npm install squawk-cli@2; scripts/dev.sh test installs it)");
        }
        QStringList folders{sourceDir() + QStringLiteral("/migrations/versions")};
        for (const QString &rule : QDir(lintData()).entryList({QStringLiteral("lock_*")}, QDir::Dirs))
            folders << lintData() + rule;
        int compared = 0;
        for (const QString &folder : folders) {
            QTemporaryDir env;
            for (const QString &name : {QStringLiteral("alembic.ini"), QStringLiteral("env.py"), QStringLiteral("script.py.mako")})
                QVERIFY(QFile::copy(sourceDir() + QStringLiteral("/migrations/") + name, env.filePath(name)));
            const QString versions = env.filePath(QStringLiteral("versions"));
            QVERIFY(QDir().mkpath(versions));
            if (!folder.endsWith(QLatin1String("/versions")))
                copyFolder(lintData() + QStringLiteral("base"), versions);
            copyFolder(folder, versions);

            const ProcessResult lint = runCli({QStringLiteral("lint"), QStringLiteral("--migrations"), versions, QStringLiteral("--format"), QStringLiteral("json")});
            QHash<QString, QSet<QString>> ours;  // file name -> squawk rules our findings (and notes) name
            const QJsonObject report = QJsonDocument::fromJson(lint.out.toUtf8()).object();
            for (const QString &kind : {QStringLiteral("findings"), QStringLiteral("information")})
                for (const QJsonValue &f : report.value(kind).toArray())
                    ours[QFileInfo(f[QStringLiteral("file")].toString()).fileName()] += squawkRulesAnswered(f[QStringLiteral("squawk")].toString());
            const ProcessResult history = runCli({QStringLiteral("history"), QStringLiteral("--migrations"), versions, QStringLiteral("--format"), QStringLiteral("json")});
            for (const QJsonValue &m : QJsonDocument::fromJson(history.out.toUtf8()).object().value(QStringLiteral("migrations")).toArray()) {
                const QString revision = m[QStringLiteral("revision")].toString(), down = m[QStringLiteral("down_revision")].toString();
                const QString file = QFileInfo(m[QStringLiteral("file")].toString()).fileName();
                QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
                environment.remove(QStringLiteral("DATABASE_URL"));
                const ProcessResult sql = runProcess(QStringLiteral("/usr/bin/alembic"), {QStringLiteral("upgrade"), down.isEmpty() ? revision : down + QLatin1Char(':') + revision, QStringLiteral("--sql")},
                                                     env.path(), environment);
                QVERIFY2(sql.exitCode == 0, qPrintable(file + QStringLiteral(": ") + sql.err));
                QFile out(env.filePath(revision + QStringLiteral(".sql")));
                QVERIFY(out.open(QIODevice::WriteOnly));
                out.write(sql.out.toUtf8());
                out.close();
                const ProcessResult report = runProcess(squawk, {QStringLiteral("--reporter"), QStringLiteral("json"), out.fileName()});
                const QJsonDocument violations = QJsonDocument::fromJson(report.out.toUtf8());
                QVERIFY2(violations.isArray(), qPrintable(file + QStringLiteral(": squawk said ") + report.out + report.err));
                for (const QJsonValue &v : violations.array()) {
                    const QString rule = v[QStringLiteral("rule_name")].toString();
                    QVERIFY2(!crossCheckedRules().contains(rule) || ours.value(file).contains(rule),
                             qPrintable(QStringLiteral("%1: squawk reports %2 at line %3 of alembic's SQL; lint names none for this migration:\n%4")
                                            .arg(file, rule).arg(v[QStringLiteral("line")].toInt()).arg(lint.out)));
                }
                ++compared;
            }
        }
        QVERIFY(compared >= 20);
    }

    // The safe forms draw no lock finding, and --locks says what each statement
    // does: a wider varchar is catalog only, a validated check spares SET NOT NULL its scan.
    void safeFormsDrawNoLockFindingAndLocksAreListed()
    {
        QTemporaryDir dir;
        copyFolder(lintData() + QStringLiteral("base"), dir.path());
        copyFolder(sourceDir() + QStringLiteral("/tests/data/lint-safe"), dir.path());
        const ProcessResult r = runCli({QStringLiteral("lint"), QStringLiteral("--migrations"), dir.path(), QStringLiteral("--format"), QStringLiteral("json"),
                                        QStringLiteral("--locks")});
        const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
        for (const QJsonValue &f : report.value(QStringLiteral("findings")).toArray())
            QVERIFY2(f[QStringLiteral("squawk")].isNull() && f[QStringLiteral("code")].toString() != QLatin1String("no-lock-timeout"),
                     qPrintable(QString::fromUtf8(QJsonDocument(f.toObject()).toJson())));
        // The autocommit block with its CONCURRENTLY index draws nothing at all, nor
        // an index on a materialized view the same migration makes.
        for (const QJsonValue &f : report.value(QStringLiteral("findings")).toArray())
            QVERIFY2(!f[QStringLiteral("file")].toString().contains(QStringLiteral("index_instrument")) &&
                         !f[QStringLiteral("file")].toString().contains(QStringLiteral("order_totals")),
                     qPrintable(QString::fromUtf8(QJsonDocument(f.toObject()).toJson())));
        QHash<int, QJsonObject> byLine, indexLines;
        for (const QJsonValue &st : report.value(QStringLiteral("statements")).toArray()) {
            if (st[QStringLiteral("file")].toString().contains(QStringLiteral("widen_and_require")))
                byLine.insert(st[QStringLiteral("line")].toInt(), st.toObject());
            if (st[QStringLiteral("file")].toString().contains(QStringLiteral("index_instrument")))
                indexLines.insert(st[QStringLiteral("line")].toInt(), st.toObject());
        }
        // In an autocommit block, CONCURRENTLY: writes go on while the index is built.
        QCOMPARE(indexLines.value(20).value(QStringLiteral("lock")).toString(), QStringLiteral("SHARE UPDATE EXCLUSIVE"));
        const auto at = [&](int line, const char *lock, const char *work) {
            const QJsonObject st = byLine.value(line);
            return st.value(QStringLiteral("lock")).toString() == QLatin1String(lock) && st.value(QStringLiteral("work")).toString() == QLatin1String(work)
                && st.value(QStringLiteral("revision")).toString() == QLatin1String("1700000100");
        };
        QVERIFY2(at(21, "ACCESS EXCLUSIVE", "catalog only"), qPrintable(r.out));  // VARCHAR(32) -> VARCHAR(64)
        QVERIFY(at(23, "ACCESS EXCLUSIVE", "catalog only"));                      // NUMERIC(18,8) -> NUMERIC(24,8)
        QVERIFY(at(28, "ACCESS EXCLUSIVE", "catalog only"));                      // CHECK … NOT VALID
        QVERIFY(at(29, "SHARE UPDATE EXCLUSIVE", "scans the table"));             // VALIDATE
        QVERIFY(at(30, "ACCESS EXCLUSIVE", "catalog only"));                      // SET NOT NULL, proven
        QVERIFY(at(35, "SHARE ROW EXCLUSIVE", "catalog only"));                   // FOREIGN KEY … NOT VALID
        QVERIFY(at(39, "ACCESS EXCLUSIVE", "catalog only"));                      // ADD COLUMN with a constant default
    }

    void aMissingFolderIsBadInput()
    {
        const ProcessResult r = runCli({QStringLiteral("lint"), QStringLiteral("--migrations"), QStringLiteral("/nonexistent/migrations")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("/nonexistent/migrations")));
    }
};

QTEST_GUILESS_MAIN(TestLint)
#include "tst_lint.moc"
