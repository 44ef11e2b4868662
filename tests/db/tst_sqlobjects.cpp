// Views, functions, procedures, aggregates and triggers as a team writes them
// (tests/data/import/sql_objects.sql), on real PostgreSQL and the real
// alembic: imported whole, built again statement for statement, and carried
// across a change to a column they read.

#include "alembichelpers.h"
#include "project/projectfile.h"
#include "testdatabase.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sw;
using namespace sw::test;

namespace {

QStringList statements(const QString &dump)
{
    QStringList list;
    for (const QString &statement : dump.split(QStringLiteral(";\n")))
        list << statement.trimmed();
    return list;
}

const SqlObject *object(const Project &p, const QString &title)
{
    for (const SqlObject &o : p.sqlObjects)
        if (o.title() == title)
            return &o;
    return nullptr;
}

} // namespace

class TestSqlObjects : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    // A database written by hand, imported; the project's path.
    QString imported(const TestDatabase &db, const QString &name)
    {
        const QString path = m_dir.filePath(name);
        const ProcessResult r = runCli({QStringLiteral("import"), QStringLiteral("--db"), db.conninfo(), QStringLiteral("-o"), path});
        if (r.exitCode != 0 || !r.err.isEmpty())
            qWarning("%s", qPrintable(r.err));
        return r.exitCode == 0 && r.err.isEmpty() ? path : QString();
    }

private slots:
    void aTeamsViewsFunctionsAndTriggersRoundTripStatementForStatement()
    {
        TestDatabase db;
        db.exec(readFile(sourceDir() + QStringLiteral("/tests/data/import/sql_objects.sql")));
        const QString path = imported(db, QStringLiteral("shop.json"));
        QVERIFY(!path.isEmpty());  // nothing named as left out
        const Project p = loadProject(path);
        for (const char *title : {"view public.order_summary", "view public.customer_revenue", "view public.german_customers",
                                  "materialized view public.product_sales", "index product_sales_id on public.product_sales",
                                  "function public.order_totals(p_order bigint, OUT items integer, OUT total numeric)",
                                  "function public.cancel_order(p_order bigint)", "function public.set_last_updated()",
                                  "procedure public.archive_cancelled(IN older_than interval)", "aggregate public.product(numeric)",
                                  "trigger customers_last_updated on public.customers", "trigger products_search_update on public.products"})
            QVERIFY2(object(p, QLatin1String(title)), title);
        QCOMPARE(object(p, QStringLiteral("view public.order_summary"))->comment, QStringLiteral("One row per order with its amount"));
        QVERIFY(object(p, QStringLiteral("view public.german_customers"))->dependsOn.contains(QStringLiteral("public.customer_revenue")));
        QCOMPARE(p.sequences.size(), 2);  // standalone sequences, as issue "Real schemas I" holds them

        // The database imported is what the import says.
        const ProcessResult ownDrift = runCli({QStringLiteral("drift"), QStringLiteral("--db"), db.conninfo(), QStringLiteral("--project"), path});
        QVERIFY2(ownDrift.exitCode == 0, qPrintable(ownDrift.out + ownDrift.err));

        // Generated from empty, run by the real alembic on an empty database: pg_dump's words, statement for statement.
        QTemporaryDir env;
        QCOMPARE(runCli({QStringLiteral("init"), env.path()}).exitCode, 0);
        const ProcessResult generated = runCli({QStringLiteral("generate"), QStringLiteral("--to"), path, QStringLiteral("--message"),
                                                QStringLiteral("create_shop"), QStringLiteral("--out"), env.path()});
        QVERIFY2(generated.exitCode == 0, qPrintable(generated.err));
        TestDatabase empty;
        SW_ALEMBIC(env.path(), empty, QStringLiteral("upgrade"), QStringLiteral("head"));
        const QStringList written = statements(db.schemaDump()), built = statements(empty.schemaDump());
        for (const QString &statement : built)
            QVERIFY2(written.contains(statement), qPrintable(statement));
        for (const QString &statement : written)
            QVERIFY2(built.contains(statement), qPrintable(statement));
        const ProcessResult builtDrift = runCli({QStringLiteral("drift"), QStringLiteral("--db"), empty.conninfo(), QStringLiteral("--project"), path});
        QVERIFY2(builtDrift.exitCode == 0, qPrintable(builtDrift.out + builtDrift.err));
        // And the downgrade takes it all away again.
        SW_ALEMBIC(env.path(), empty, QStringLiteral("downgrade"), QStringLiteral("base"));
        QCOMPARE(empty.schemaObjects(), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestSqlObjects)
#include "tst_sqlobjects.moc"
