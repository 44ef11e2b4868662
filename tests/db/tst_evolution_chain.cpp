// Six successive versions of a design, with renames and type changes, turned
// into a chain of migrations that alembic runs from base to head and back,
// each step down restoring exactly the schema of the step before.

#include "alembichelpers.h"
#include "evolutioncases.h"
#include "project/projectfile.h"
#include "testdatabase.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sw;
using namespace sw::test;

class TestEvolutionChain : public QObject {
    Q_OBJECT
private slots:
    void chainRunsUpAndDownExactly()
    {
        const QList<QStringList> versions = {
            {},
            {"add_not_null_column_with_fill", "add_index"},
            {"add_not_null_column_with_fill", "add_index", "rename_column", "widen_type"},
            {"add_not_null_column_with_fill", "add_index", "rename_column", "widen_type", "change_type_with_cast", "change_foreign_key"},
            {"add_not_null_column_with_fill", "add_index", "rename_column", "widen_type", "change_type_with_cast", "change_foreign_key",
             "rename_table", "history_on"},
            {"add_not_null_column_with_fill", "add_index", "rename_column", "widen_type", "change_type_with_cast", "change_foreign_key",
             "rename_table", "history_on", "drop_check", "comments"},
        };
        const QStringList messages = {"create_shop_tables", "add_customer_status", "rename_customer_name", "make_reference_numeric",
                                      "rename_orders_to_purchases", "drop_email_check"};
        QTemporaryDir dir;
        const QString env = dir.filePath(QStringLiteral("env"));
        QCOMPARE(runCli({QStringLiteral("init"), env}).exitCode, 0);
        QString previous;
        for (int i = 0; i < versions.size(); ++i) {
            const QString path = dir.filePath(QStringLiteral("v%1.json").arg(i + 1));
            saveProject(evolvedDesign(versions.at(i)), path);
            QStringList arguments{QStringLiteral("generate"), QStringLiteral("--to"), path, QStringLiteral("--message"), messages.at(i),
                                  QStringLiteral("--out"), env};
            if (!previous.isEmpty())
                arguments << QStringLiteral("--from") << previous;
            const ProcessResult r = runCli(arguments);
            QVERIFY2(r.exitCode == 0, qPrintable(messages.at(i) + QLatin1String(": ") + r.err));
            previous = path;
        }

        TestDatabase db;
        QStringList dumps{db.schemaDump()};
        SW_ALEMBIC(env, db, QStringLiteral("upgrade"), QStringLiteral("+1"));
        db.exec(evolutionSeedSql());
        dumps << db.schemaDump();
        for (int i = 1; i < versions.size(); ++i) {
            SW_ALEMBIC(env, db, QStringLiteral("upgrade"), QStringLiteral("+1"));
            dumps << db.schemaDump();
        }
        QCOMPARE(db.scalar(QStringLiteral("SELECT string_agg(full_name || ':' || status || ':' || reference, ',' ORDER BY id) FROM customers")),
                 QStringLiteral("Ann!:ACTIVE:101,Bob:ACTIVE:202"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM purchases")), QStringLiteral("2"));
        // Two inserts and two updates from the seed, kept through every step.
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM purchases_history")), QStringLiteral("4"));

        for (int i = versions.size() - 1; i >= 1; --i) {
            SW_ALEMBIC(env, db, QStringLiteral("downgrade"), QStringLiteral("-1"));
            QCOMPARE(db.schemaDump(), dumps.at(i));
        }
        db.exec(QStringLiteral("TRUNCATE customers, orders, tags, customers_history, orders_history"));
        SW_ALEMBIC(env, db, QStringLiteral("downgrade"), QStringLiteral("base"));
        QCOMPARE(db.schemaObjects(), QStringList());
        SW_ALEMBIC(env, db, QStringLiteral("upgrade"), QStringLiteral("head"));
        QCOMPARE(db.schemaDump(), dumps.last());
    }

    // A column added in the middle lands last in the table; the trigger
    // function lists the design's order all the same, so the next migration's
    // downgrade, written from its own design, gives back the very function.
    void upDownUpIsByteIdenticalAfterAColumnInTheMiddle()
    {
        Project renamed = evolvedDesign({"add_nullable_column_in_the_middle"});
        for (Column &c : renamed.tables[1].columns)
            if (c.name == QLatin1String("paid_at"))
                c.name = QStringLiteral("settled_at");
        const QList<Project> versions = {evolvedDesign({}), evolvedDesign({"add_nullable_column_in_the_middle"}), renamed};
        QTemporaryDir dir;
        const QString env = dir.filePath(QStringLiteral("env"));
        QCOMPARE(runCli({QStringLiteral("init"), env}).exitCode, 0);
        QString previous;
        for (int i = 0; i < versions.size(); ++i) {
            const QString path = dir.filePath(QStringLiteral("v%1.json").arg(i + 1));
            saveProject(versions.at(i), path);
            QStringList arguments{QStringLiteral("generate"), QStringLiteral("--to"), path, QStringLiteral("--message"),
                                  QStringLiteral("evolve_orders_step_%1").arg(i + 1), QStringLiteral("--out"), env};
            if (!previous.isEmpty())
                arguments << QStringLiteral("--from") << previous;
            const ProcessResult r = runCli(arguments);
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            previous = path;
        }
        TestDatabase db;
        SW_ALEMBIC(env, db, QStringLiteral("upgrade"), QStringLiteral("+2"));
        const QString middle = db.schemaDump();
        SW_ALEMBIC(env, db, QStringLiteral("upgrade"), QStringLiteral("+1"));
        const QString head = db.schemaDump();
        SW_ALEMBIC(env, db, QStringLiteral("downgrade"), QStringLiteral("-1"));
        QCOMPARE(db.schemaDump(), middle);
        SW_ALEMBIC(env, db, QStringLiteral("upgrade"), QStringLiteral("+1"));
        QCOMPARE(db.schemaDump(), head);
    }
};

QTEST_GUILESS_MAIN(TestEvolutionChain)
#include "tst_evolution_chain.moc"
