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
        const QJsonArray findings = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("findings")).toArray();
        bool anyError = false;
        for (const QJsonValue &f : findings) {
            const QJsonObject o = f.toObject();
            anyError = anyError || o.value(QStringLiteral("severity")).toString() == QLatin1String("error");
            QVERIFY2(!o.value(QStringLiteral("file")).toString().contains(QStringLiteral("create_orders_table")),
                     qPrintable(QStringLiteral("the correct base migration drew a finding: ") + QString::fromUtf8(QJsonDocument(o).toJson())));
        }
        QCOMPARE(r.exitCode, anyError ? 1 : 0);
        for (const Expectation &e : expected) {
            const bool found = std::any_of(findings.begin(), findings.end(), [&](const QJsonValue &f) {
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
        const QJsonObject first = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("findings")).toArray().first().toObject();
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

    void aMissingFolderIsBadInput()
    {
        const ProcessResult r = runCli({QStringLiteral("lint"), QStringLiteral("--migrations"), QStringLiteral("/nonexistent/migrations")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("/nonexistent/migrations")));
    }
};

QTEST_GUILESS_MAIN(TestLint)
#include "tst_lint.moc"
