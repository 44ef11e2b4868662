// verify compares each step by reading again only what the server changed
// (snapshottracker.h). That is as strict as a whole-schema snapshot only if,
// after any DDL, the tracked snapshot IS the whole snapshot. Each case runs
// one statement on real PostgreSQL after a schema rich in cross references,
// and compares the two.

#include "connection.h"
#include "schemasnapshot.h"
#include "snapshottracker.h"
#include "testdatabase.h"

#include <QTest>

#include <pqxx/pqxx>

using namespace sw;
using namespace sw::test;

namespace {

// Objects that name each other: a rename or drop of one changes the text of others.
const char *const kSchema = R"(
CREATE SCHEMA shop;
CREATE TYPE shop.mood AS ENUM ('calm', 'busy');
CREATE DOMAIN shop.qty AS integer CHECK (VALUE >= 0);
CREATE TABLE shop.customers (id bigserial PRIMARY KEY, name text NOT NULL, mood shop.mood DEFAULT 'calm');
CREATE TABLE shop.orders (id bigserial PRIMARY KEY, customer_id bigint REFERENCES shop.customers (id), amount shop.qty,
                          note text, CONSTRAINT note_short CHECK (length(note) < 100));
CREATE INDEX orders_customer ON shop.orders (customer_id);
CREATE FUNCTION shop.double_it(integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT $1 * 2';
CREATE FUNCTION shop.touch() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END';
CREATE TRIGGER orders_touch BEFORE UPDATE ON shop.orders FOR EACH ROW EXECUTE FUNCTION shop.touch();
CREATE VIEW shop.big_orders AS SELECT id, amount FROM shop.orders WHERE amount > shop.double_it(10);
CREATE SEQUENCE shop.tickets;
CREATE AGGREGATE shop.total(integer) (sfunc = int4pl, stype = integer, initcond = '0');
COMMENT ON TABLE shop.orders IS 'what customers bought';
COMMENT ON COLUMN shop.orders.note IS 'free text';
COMMENT ON FUNCTION shop.touch() IS 'keeps rows fresh';
)";

} // namespace

class TestSnapshotTracker : public QObject {
    Q_OBJECT
private slots:
    void theTrackedSnapshotIsTheWholeSnapshotAfterAnyStatement_data()
    {
        QTest::addColumn<QString>("statement");
        const auto row = [](const char *name, const char *sql) { QTest::newRow(name) << QString::fromUtf8(sql); };
        row("rename a table others reference", "ALTER TABLE shop.customers RENAME TO clients");
        row("rename a column an index, view and check use", "ALTER TABLE shop.orders RENAME COLUMN note TO remark");
        row("rename a function a view and default use", "ALTER FUNCTION shop.double_it(integer) RENAME TO twice");
        row("rename a trigger function", "ALTER FUNCTION shop.touch() RENAME TO refresh");
        row("rename a type columns use", "ALTER TYPE shop.mood RENAME TO temper");
        row("rename the schema", "ALTER SCHEMA shop RENAME TO store");
        row("rename an index", "ALTER INDEX shop.orders_customer RENAME TO orders_by_customer");
        row("rename a sequence a default uses", "ALTER SEQUENCE shop.orders_id_seq RENAME TO order_numbers");
        row("remove a comment", "COMMENT ON COLUMN shop.orders.note IS NULL");
        row("remove a function's comment", "COMMENT ON FUNCTION shop.touch() IS NULL");
        row("add a comment", "COMMENT ON INDEX shop.orders_customer IS 'by customer'");
        row("drop an index", "DROP INDEX shop.orders_customer");
        row("drop a check", "ALTER TABLE shop.orders DROP CONSTRAINT note_short");
        row("drop a foreign key", "ALTER TABLE shop.orders DROP CONSTRAINT orders_customer_id_fkey");
        row("drop a default", "ALTER TABLE shop.customers ALTER COLUMN mood DROP DEFAULT");
        row("change a type", "ALTER TABLE shop.orders ALTER COLUMN customer_id TYPE integer");
        row("drop a column with cascade", "ALTER TABLE shop.orders DROP COLUMN amount CASCADE");
        row("drop a table with cascade", "DROP TABLE shop.customers CASCADE");
        row("sequence no longer owned", "ALTER SEQUENCE shop.orders_id_seq OWNED BY NONE");
        row("sequence owned by a column", "ALTER SEQUENCE shop.tickets OWNED BY shop.orders.id");
        row("sequence options", "ALTER SEQUENCE shop.tickets INCREMENT BY 5 CACHE 10");
        row("enum value added", "ALTER TYPE shop.mood ADD VALUE 'angry'");
        row("domain check dropped", "ALTER DOMAIN shop.qty DROP CONSTRAINT qty_check");
        row("function body replaced", "CREATE OR REPLACE FUNCTION shop.touch() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN OLD; END'");
        row("view replaced", "CREATE OR REPLACE VIEW shop.big_orders AS SELECT id, amount FROM shop.orders WHERE amount > 5");
        row("trigger disabled", "ALTER TABLE shop.orders DISABLE TRIGGER orders_touch");
        row("table moved to another schema", "ALTER TABLE shop.orders SET SCHEMA public");
        row("storage parameter", "ALTER TABLE shop.orders SET (fillfactor = 70)");
        row("unlogged", "ALTER TABLE shop.orders SET UNLOGGED");
        row("not null dropped", "ALTER TABLE shop.customers ALTER COLUMN name DROP NOT NULL");
        row("aggregate dropped", "DROP AGGREGATE shop.total(integer)");
        row("schema dropped whole", "DROP SCHEMA shop CASCADE");
        row("new table with everything", "CREATE TABLE shop.fills (id serial PRIMARY KEY, order_id bigint REFERENCES shop.orders, "
                                          "at timestamptz DEFAULT now() UNIQUE); CREATE INDEX ON shop.fills (at DESC)");
        row("extension", "CREATE EXTENSION pg_trgm");
        row("comment on the public schema", "COMMENT ON SCHEMA public IS 'the usual'");
        row("the public schema dropped", "DROP SCHEMA public CASCADE");
    }
    void theTrackedSnapshotIsTheWholeSnapshotAfterAnyStatement()
    {
        QFETCH(QString, statement);
        TestDatabase database;
        database.exec(QString::fromUtf8(kSchema));
        db::Connection connection(database.conninfo());
        db::SnapshotTracker tracker(connection, false);
        QCOMPARE(tracker.current(), db::schemaSnapshot(connection));
        const db::SchemaSnapshot before = tracker.current();

        pqxx::nontransaction(connection.raw()).exec(statement.toStdString());
        const db::SnapshotChange change = tracker.refresh();
        const db::SchemaSnapshot whole = db::schemaSnapshot(connection);
        QVERIFY2(before != whole, "the statement changes the schema");
        QVERIFY2(tracker.current() == whole, qPrintable(db::describeSnapshotDifference(whole, tracker.current())));
        // The change holds exactly the entries that differ, before and after.
        for (auto it = whole.cbegin(); it != whole.cend(); ++it)
            QCOMPARE(change.after.contains(it.key()), before.value(it.key()) != it.value() || !before.contains(it.key()));
    }

    // A downgrade that undoes its upgrade leaves no difference; one that does
    // not is described as the whole-schema comparison describes it.
    void anUndoIsComparedAsTheWholeSchemaWouldBe()
    {
        TestDatabase database;
        database.exec(QString::fromUtf8(kSchema));
        db::Connection connection(database.conninfo());
        db::SnapshotTracker tracker(connection, false);
        const db::SchemaSnapshot start = tracker.current();
        pqxx::nontransaction(connection.raw()).exec("ALTER TABLE shop.orders ADD COLUMN paid boolean DEFAULT false; "
                                                    "COMMENT ON TABLE shop.orders IS 'paid or not'");
        const db::SnapshotChange upgrade = tracker.refresh();
        pqxx::nontransaction(connection.raw()).exec("ALTER TABLE shop.orders DROP COLUMN paid; COMMENT ON TABLE shop.orders IS 'what customers bought'");
        QCOMPARE(db::describeUndoDifference(upgrade, tracker.refresh()), QString());

        pqxx::nontransaction(connection.raw()).exec("ALTER TABLE shop.orders ADD COLUMN paid boolean DEFAULT false; "
                                                    "COMMENT ON TABLE shop.orders IS 'paid or not'");
        const db::SnapshotChange again = tracker.refresh();
        // Forgets the comment, and drops an index nobody asked it to.
        pqxx::nontransaction(connection.raw()).exec("ALTER TABLE shop.orders DROP COLUMN paid; DROP INDEX shop.orders_customer");
        const QString difference = db::describeUndoDifference(again, tracker.refresh());
        QCOMPARE(difference, db::describeSnapshotDifference(start, db::schemaSnapshot(connection)));
        QVERIFY2(difference.contains(QStringLiteral("does not bring back index shop.orders_customer")), qPrintable(difference));
        QVERIFY2(difference.contains(QStringLiteral("table shop.orders")) && difference.contains(QStringLiteral("what customers bought")), qPrintable(difference));
    }
};

QTEST_GUILESS_MAIN(TestSnapshotTracker)
#include "tst_snapshottracker.moc"
