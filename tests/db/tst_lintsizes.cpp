// lint --db: a lock finding weighed by the live size of its table. The base
// fixture's chain is applied for real; the table is then empty, small, or
// (as the planner believes after pg_class says so) twelve million rows.

#include "processes.h"
#include "testdatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace sw;
using namespace sw::test;

namespace {

QString lintData() { return sourceDir() + QStringLiteral("/tests/data/lint/"); }

// The type change of orders.quantity, as lint --db weighs it: severity and message.
QJsonObject typeChangeFinding(const QString &folder, const TestDatabase &db)
{
    const ProcessResult r = runCli({QStringLiteral("lint"), QStringLiteral("--migrations"), folder, QStringLiteral("--db"), db.conninfo(),
                                    QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
    for (const char *list : {"findings", "information"})
        for (const QJsonValue &f : report.value(QLatin1String(list)).toArray())
            if (f[QStringLiteral("code")].toString() == QLatin1String("type-change-rewrites") && f[QStringLiteral("line")].toInt() == 17)
                return f.toObject();
    return {};
}

} // namespace

class TestLintSizes : public QObject {
    Q_OBJECT
private slots:
    void aRewriteIsWeighedByTheRowsItsTableHolds()
    {
        QTemporaryDir dir;
        for (const QString &from : {lintData() + QStringLiteral("base"), lintData() + QStringLiteral("lock_type_change_rewrites")})
            for (const QString &name : QDir(from).entryList({QStringLiteral("*.py")}))
                QVERIFY(QFile::copy(from + QLatin1Char('/') + name, dir.filePath(name)));
        TestDatabase db;
        const ProcessResult up = runCli({QStringLiteral("upgrade"), QStringLiteral("--db"), db.conninfo(), QStringLiteral("--migrations"), dir.path(),
                                         QStringLiteral("--to"), QStringLiteral("1700000000")});
        QVERIFY2(up.exitCode == 0, qPrintable(up.err));
        db.exec(QStringLiteral("ANALYZE orders"));

        QJsonObject finding = typeChangeFinding(dir.path(), db);
        QCOMPARE(finding.value(QStringLiteral("severity")).toString(), QStringLiteral("info"));
        QVERIFY2(finding.value(QStringLiteral("message")).toString().startsWith(QStringLiteral("orders is empty now")), qPrintable(finding.value(QStringLiteral("message")).toString()));
        QCOMPARE(finding.value(QStringLiteral("squawk")).toString(), QStringLiteral("changing-column-type"));

        db.exec(QStringLiteral("INSERT INTO orders (instrument) SELECT 'I' || i FROM generate_series(1, 50) i; ANALYZE orders"));
        finding = typeChangeFinding(dir.path(), db);
        QCOMPARE(finding.value(QStringLiteral("severity")).toString(), QStringLiteral("info"));
        QVERIFY2(finding.value(QStringLiteral("message")).toString().startsWith(QStringLiteral("orders holds about 50 rows (")), qPrintable(finding.value(QStringLiteral("message")).toString()));

        // What the planner believes, which is what pg_class says: twelve million rows.
        db.exec(QStringLiteral("UPDATE pg_class SET reltuples = 12000000 WHERE oid = 'orders'::regclass"));
        finding = typeChangeFinding(dir.path(), db);
        QCOMPARE(finding.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
        QVERIFY2(finding.value(QStringLiteral("message")).toString().startsWith(QStringLiteral("orders holds about 12 million rows (")), qPrintable(finding.value(QStringLiteral("message")).toString()));
        QVERIFY(finding.value(QStringLiteral("message")).toString().contains(QStringLiteral("holds its lock for minutes")));

        // A database it cannot reach: a clear error, nothing else.
        const ProcessResult bad = runCli({QStringLiteral("lint"), QStringLiteral("--migrations"), dir.path(), QStringLiteral("--db"),
                                          QStringLiteral("host=/nonexistent dbname=nothing")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(QStringLiteral("lint: cannot connect")) && bad.out.isEmpty(), qPrintable(bad.err));
    }
};

QTEST_MAIN(TestLintSizes)
#include "tst_lintsizes.moc"
