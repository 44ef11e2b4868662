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

    // order_lines.quantity becomes bigint: two views and a materialized view
    // read it (and a third view reads those), so PostgreSQL refuses the ALTER
    // under them. The migration drops them first, makes them again after, and
    // the downgrade gives back the schema and rows of before.
    void aTypeChangeUnderViewsAppliesAndRollsBackOnAPopulatedDatabase()
    {
        TestDatabase db;
        db.exec(readFile(sourceDir() + QStringLiteral("/tests/data/import/sql_objects.sql")));
        const QString before = imported(db, QStringLiteral("before.json"));
        QVERIFY(!before.isEmpty());
        Project changed = loadProject(before);
        for (Table &t : changed.tables)
            for (Column &c : t.columns)
                if (t.name == QLatin1String("order_lines") && c.name == QLatin1String("quantity"))
                    c.type = QStringLiteral("bigint");
        const QString after = m_dir.filePath(QStringLiteral("after.json"));
        saveProject(changed, after);

        QTemporaryDir env;
        QCOMPARE(runCli({QStringLiteral("init"), env.path()}).exitCode, 0);
        SW_ALEMBIC(env.path(), db, QStringLiteral("stamp"), QStringLiteral("base"));
        const ProcessResult generated = runCli({QStringLiteral("generate"), QStringLiteral("--from"), before, QStringLiteral("--to"), after,
                                                QStringLiteral("--message"), QStringLiteral("widen_order_line_quantity"), QStringLiteral("--out"), env.path()});
        QVERIFY2(generated.exitCode == 0, qPrintable(generated.err));
        db.exec(QStringLiteral("INSERT INTO customers (name, email) VALUES ('Ada', 'ada@example.org');"
                               "INSERT INTO products (title, price) VALUES ('Lamp', 20), ('Bulb', 2.5);"
                               "INSERT INTO orders (customer_id) SELECT id FROM customers;"
                               "INSERT INTO order_lines SELECT o.id, p.id, p.id * 2, p.price FROM orders o, products p;"
                               "REFRESH MATERIALIZED VIEW product_sales"));
        const QString dumpBefore = db.schemaDump();
        const QString revenue = QStringLiteral("SELECT name, revenue FROM german_customers");
        const QList<QStringList> revenueBefore = db.rows(revenue);
        QCOMPARE(revenueBefore, QList<QStringList>({{"Ada", "50.00"}}));

        SW_ALEMBIC(env.path(), db, QStringLiteral("upgrade"), QStringLiteral("head"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT data_type FROM information_schema.columns WHERE table_name = 'order_lines' AND column_name = 'quantity'")),
                 QStringLiteral("bigint"));
        QCOMPARE(db.rows(revenue), revenueBefore);  // the views are back, over the same rows
        QCOMPARE(db.scalar(QStringLiteral("SELECT sold FROM product_sales WHERE title = 'Bulb'")), QStringLiteral("4"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM pg_indexes WHERE indexname = 'product_sales_id'")), QStringLiteral("1"));
        const ProcessResult drift = runCli({QStringLiteral("drift"), QStringLiteral("--db"), db.conninfo(), QStringLiteral("--project"), after});
        QVERIFY2(drift.exitCode == 0, qPrintable(drift.out + drift.err));

        SW_ALEMBIC(env.path(), db, QStringLiteral("downgrade"), QStringLiteral("base"));
        QCOMPARE(db.schemaDump(), dumpBefore);
        QCOMPARE(db.rows(revenue), revenueBefore);
    }

    // The design in the team's words, the database in the server's: no finding.
    // What really changes by hand in the database, each named.
    void driftComparesWhatTheServerMakesOfTheDesignNotItsText()
    {
        TestDatabase db;
        db.exec(readFile(sourceDir() + QStringLiteral("/tests/data/import/sql_objects.sql")));
        const QString path = imported(db, QStringLiteral("words.json"));
        QVERIFY(!path.isEmpty());
        Project p = loadProject(path);
        for (SqlObject &o : p.sqlObjects) {
            if (o.name == QLatin1String("german_customers"))
                o.definition = QStringLiteral("SELECT * FROM customer_revenue WHERE country = 'DE'");
            if (o.name == QLatin1String("set_last_updated"))  // as written in the file, not as pg_get_functiondef prints it
                o.definition = QStringLiteral("CREATE FUNCTION set_last_updated() RETURNS trigger\nLANGUAGE plpgsql AS $$\nBEGIN\n"
                                              "    NEW.last_updated := now();\n    RETURN NEW;\nEND;\n$$");
            if (o.name == QLatin1String("customers_last_updated"))
                o.definition = QStringLiteral("create trigger customers_last_updated before update on customers for each row execute procedure set_last_updated()");
        }
        saveProject(p, path);
        const ProcessResult same = runCli({QStringLiteral("drift"), QStringLiteral("--db"), db.conninfo(), QStringLiteral("--project"), path});
        QVERIFY2(same.exitCode == 0, qPrintable(same.out + same.err));

        db.exec(QStringLiteral("CREATE OR REPLACE VIEW german_customers AS SELECT * FROM customer_revenue WHERE country = 'AT';"
                               "DROP PROCEDURE archive_cancelled; CREATE VIEW big_orders AS SELECT id FROM order_summary WHERE amount > 1000;"
                               "COMMENT ON VIEW order_summary IS 'Per order'"));
        const ProcessResult changed = runCli({QStringLiteral("drift"), QStringLiteral("--db"), db.conninfo(), QStringLiteral("--project"), path});
        QCOMPARE(changed.exitCode, 1);
        for (const char *named : {"view public.german_customers is defined otherwise in the database than in the design",
                                  "procedure public.archive_cancelled(IN older_than interval) is in the design but not in the database",
                                  "view public.big_orders is in the database but not in the design", "the comment on view public.order_summary differs"})
            QVERIFY2(changed.out.contains(QLatin1String(named)), qPrintable(changed.out));
        QCOMPARE(changed.out.count(QStringLiteral("sql-object-")), 4);  // nothing else
        // The database was only read: the view is still the one changed by hand.
        QVERIFY(db.scalar(QStringLiteral("SELECT pg_get_viewdef('german_customers')")).contains(QStringLiteral("'AT'")));
    }
};

QTEST_GUILESS_MAIN(TestSqlObjects)
#include "tst_sqlobjects.moc"
