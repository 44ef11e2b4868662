// schemawright-cli verify: the guide's testing workflow on a throwaway server
// it starts itself, or on a database it may wipe.

#include "processes.h"
#include "testdatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace sw::test;

class TestVerify : public QObject {
    Q_OBJECT
private slots:
    void theBundledMigrationsPassOnAThrowawayServer()
    {
        const ProcessResult r = runCli({QStringLiteral("verify"), QStringLiteral("--migrations"), sourceDir() + QStringLiteral("/migrations")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        for (const char *step : {"reset", "upgrade head", "check", "downgrade -1", "rows in every table", "downgrade base with rows", "upgrade head again"})
            QVERIFY2(r.out.contains(QStringLiteral("PASSED  ") + QLatin1String(step)), step);
    }

    void theyPassOnAGivenDatabaseAndLeaveItAtHead()
    {
        TestDatabase db;
        db.exec(QStringLiteral("CREATE TABLE leftover (id int)"));  // wiped by the reset
        const ProcessResult r = runCli({QStringLiteral("verify"), QStringLiteral("--migrations"), sourceDir() + QStringLiteral("/migrations"),
                                        QStringLiteral("--db"), db.conninfo()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(db.scalar(QStringLiteral("SELECT to_regclass('leftover') IS NULL")), QStringLiteral("t"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT version_num FROM alembic_version")), QStringLiteral("1764001200"));
    }

    void aDowngradeThatLeavesAFunctionFailsNamingStepAndFile()
    {
        QTemporaryDir dir;
        for (const QString &folder : {QStringLiteral("base"), QStringLiteral("downgrade_does_not_restore")}) {
            const QString from = sourceDir() + QStringLiteral("/tests/data/lint/") + folder;
            for (const QString &name : QDir(from).entryList({QStringLiteral("*.py")}))
                QVERIFY(QFile::copy(from + QLatin1Char('/') + name, dir.filePath(name)));
        }
        const ProcessResult r = runCli({QStringLiteral("verify"), QStringLiteral("--migrations"), dir.path(), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 1);
        const QJsonArray steps = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("steps")).toArray();
        const auto failed = std::find_if(steps.begin(), steps.end(), [](const QJsonValue &s) {
            return s.toObject().value(QStringLiteral("outcome")).toString() == QLatin1String("failed");
        });
        QVERIFY2(failed != steps.end(), qPrintable(r.out));
        const QJsonObject step = failed->toObject();
        QCOMPARE(step.value(QStringLiteral("step")).toString(), QStringLiteral("downgrade -1"));
        QVERIFY(step.value(QStringLiteral("file")).toString().endsWith(QStringLiteral("1700000100_add_orders_audit_function.py")));
        QVERIFY(step.value(QStringLiteral("detail")).toString().contains(QStringLiteral("leaves behind function orders_audit()")));
    }
};

QTEST_GUILESS_MAIN(TestVerify)
#include "tst_verify.moc"
