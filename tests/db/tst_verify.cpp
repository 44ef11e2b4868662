// schemawright-cli verify: the guide's testing workflow on a throwaway server
// it starts itself, or on a database it may wipe.

#include "alembichelpers.h"
#include "migrationwriter.h"
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

namespace {

// The first step verify's JSON report says failed; empty when none did.
QJsonObject firstFailedStep(const ProcessResult &r)
{
    for (const QJsonValue &step : QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("steps")).toArray())
        if (step.toObject().value(QStringLiteral("outcome")).toString() == QLatin1String("failed"))
            return step.toObject();
    return {};
}

} // namespace

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

    // Enums, domains, composites, an extension's type, partitions and a LIKE check:
    // the sample rows find values each accepts, and every step gives back its schema.
    void aRichDesignsMigrationPassesWithRowsInEveryTable()
    {
        QTemporaryDir dir;
        QCOMPARE(runCli({QStringLiteral("init"), dir.path()}).exitCode, 0);
        ProcessResult r = runCli({QStringLiteral("generate"), QStringLiteral("--to"), sourceDir() + QStringLiteral("/tests/data/evolution/base.json"),
                                  QStringLiteral("--message"), QStringLiteral("create_shop"), QStringLiteral("--out"), dir.path()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        TestDatabase db;
        r = runCli({QStringLiteral("verify"), QStringLiteral("--migrations"), dir.path(), QStringLiteral("--db"), db.conninfo(), QStringLiteral("--yes-wipe"), db.name()});
        QVERIFY2(r.exitCode == 0 && r.out.contains(QStringLiteral("PASSED  rows in every table")), qPrintable(r.out + r.err));
    }

    void theyPassOnAGivenDatabaseAndLeaveItAtHead()
    {
        TestDatabase db;
        db.exec(QStringLiteral("CREATE TABLE leftover (id int)"));  // in public, which the folder manages: wiped by the reset
        const ProcessResult r = runCli({QStringLiteral("verify"), QStringLiteral("--migrations"), sourceDir() + QStringLiteral("/migrations"),
                                        QStringLiteral("--db"), db.conninfo(), QStringLiteral("--yes-wipe"), db.name()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(db.scalar(QStringLiteral("SELECT to_regclass('leftover') IS NULL")), QStringLiteral("t"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT version_num FROM alembic_version")), QStringLiteral("1764001200"));
    }

    // A schema the folder does not manage is nobody's to wipe: verify keeps it, rows and all,
    // and without the database's name typed out it touches nothing at all.
    void onANamedDatabaseOnlyTheFoldersSchemasAreWiped()
    {
        TestDatabase db;
        db.exec(QStringLiteral("CREATE SCHEMA keepme; CREATE TABLE keepme.precious (id int PRIMARY KEY, note text); "
                               "INSERT INTO keepme.precious VALUES (1, 'one'), (2, 'two'); CREATE TABLE leftover (id int)"));
        const QStringList verify{QStringLiteral("verify"), QStringLiteral("--migrations"), sourceDir() + QStringLiteral("/migrations"),
                                 QStringLiteral("--db"), db.conninfo()};
        ProcessResult r = runCli(verify);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--yes-wipe DBNAME")), qPrintable(r.err));
        r = runCli(verify + QStringList{QStringLiteral("--yes-wipe"), QStringLiteral("some_other_database")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("not some_other_database")), qPrintable(r.err));
        QCOMPARE(db.scalar(QStringLiteral("SELECT to_regclass('leftover') IS NOT NULL")), QStringLiteral("t"));

        r = runCli(verify + QStringList{QStringLiteral("--yes-wipe"), db.name()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("PASSED  reset: dropped the schema(s) the folder manages: public")), qPrintable(r.out));
        QCOMPARE(db.rows(QStringLiteral("SELECT id, note FROM keepme.precious ORDER BY id")),
                 (QList<QStringList>{{QStringLiteral("1"), QStringLiteral("one")}, {QStringLiteral("2"), QStringLiteral("two")}}));
        QCOMPARE(db.scalar(QStringLiteral("SELECT to_regclass('leftover') IS NULL")), QStringLiteral("t"));
    }

    // PostGIS columns typed by kind, dimensions and SRID each take a made-up
    // value of that kind; nothing is refused.
    void sampleRowsFitEveryKindOfGeometry()
    {
        QTemporaryDir dir;
        writeMigration(dir.path(), QStringLiteral("1700000000"), {}, QStringLiteral("create_places"),
                       execute(QStringLiteral("CREATE EXTENSION IF NOT EXISTS postgis; CREATE TABLE places (id int PRIMARY KEY, "
                                              "area geometry(MultiPolygon,4326) NOT NULL, spot geometry(PointZ) NOT NULL, "
                                              "route geography(LineString,4326) NOT NULL, outline geometry(PolygonZM,3857) NOT NULL, "
                                              "paths geometry(MultiLineStringM) NOT NULL, anything geometry NOT NULL, "
                                              "bag geometry(GeometryCollection,4326) NOT NULL, dots geometry(MultiPoint) NOT NULL)")),
                       execute(QStringLiteral("DROP TABLE places; DROP EXTENSION postgis")));
        const ProcessResult r = runCli({QStringLiteral("verify"), QStringLiteral("--migrations"), dir.path()});
        QVERIFY2(r.exitCode == 0 && r.out.contains(QStringLiteral("PASSED  rows in every table: one row in each of 1 table(s)")), qPrintable(r.out + r.err));
    }

    // Made-up values cannot satisfy every rule a real schema has: a row its own
    // check refuses is named in the step, and the other tables still get theirs
    // (a length a check or a domain fixes is met; a check that wants one of two
    // keys gets one).
    void aRowTheSchemasOwnRulesRefuseIsNamedNotFailed()
    {
        QTemporaryDir dir;
        writeMigration(dir.path(), QStringLiteral("1700000000"), {}, QStringLiteral("create_codes"),
                       execute(QStringLiteral("CREATE TABLE codes (code text NOT NULL CHECK (code ~ '^[A-Z]{3}[0-9]{17}$')); "
                                              "CREATE TABLE notes (body text NOT NULL CHECK (length(body) = 12)); "
                                              "CREATE DOMAIN sha1 AS bytea CHECK (VALUE IS NULL OR octet_length(VALUE) = 20); "
                                              "CREATE TABLE blobs (digest sha1 NOT NULL); "
                                              "CREATE TABLE posts (id int PRIMARY KEY); CREATE TABLE lists (id int PRIMARY KEY); "
                                              "CREATE TABLE pins (post_id int REFERENCES posts, list_id int REFERENCES lists, "
                                              "CONSTRAINT only_one_target CHECK (num_nonnulls(post_id, list_id) = 1))")),
                       execute(QStringLiteral("DROP TABLE codes, notes, blobs, pins, posts, lists; DROP DOMAIN sha1")));
        const ProcessResult r = runCli({QStringLiteral("verify"), QStringLiteral("--migrations"), dir.path()});
        QVERIFY2(r.exitCode == 0 && r.out.contains(QStringLiteral("PASSED  rows in every table: a row in 5 of 6 table(s)"))
                     && r.out.contains(QStringLiteral("codes: ERROR:  new row for relation \"codes\" violates check constraint")),
                 qPrintable(r.out + r.err));
    }

    // A key cycle whose first table cannot go in first (its key must be filled):
    // it is tried again once the other has its row. A column a key points at
    // gets a value though it may be null.
    void sampleRowsGoRoundAKeyCycle()
    {
        QTemporaryDir dir;
        writeMigration(dir.path(), QStringLiteral("1700000000"), {}, QStringLiteral("create_cycle"),
                       execute(QStringLiteral("CREATE TABLE accounts (id int PRIMARY KEY, owner_login text NOT NULL); "
                                              "CREATE TABLE users (id int PRIMARY KEY, login text UNIQUE, account_id int REFERENCES accounts (id)); "
                                              "ALTER TABLE accounts ADD FOREIGN KEY (owner_login) REFERENCES users (login)")),
                       execute(QStringLiteral("DROP TABLE accounts, users CASCADE")));
        const ProcessResult r = runCli({QStringLiteral("verify"), QStringLiteral("--migrations"), dir.path()});
        QVERIFY2(r.exitCode == 0 && r.out.contains(QStringLiteral("PASSED  rows in every table: one row in each of 2 table(s)")), qPrintable(r.out + r.err));
    }

    // A key to a table in another schema: the sample rows name it with its schema.
    void sampleRowsReachAcrossSchemas()
    {
        QTemporaryDir dir;
        writeMigration(dir.path(), QStringLiteral("1700000000"), {}, QStringLiteral("create_ledger_tables"),
                       execute(QStringLiteral("CREATE SCHEMA ref; CREATE TABLE ref.\"Currencies\" (code char(3) PRIMARY KEY); "
                                              "CREATE SCHEMA books; CREATE TABLE books.entries (id int PRIMARY KEY, "
                                              "currency char(3) NOT NULL REFERENCES ref.\"Currencies\" (code))")),
                       execute(QStringLiteral("DROP SCHEMA books CASCADE; DROP SCHEMA ref CASCADE")));
        const ProcessResult r = runCli({QStringLiteral("verify"), QStringLiteral("--migrations"), dir.path()});
        QVERIFY2(r.exitCode == 0 && r.out.contains(QStringLiteral("PASSED  rows in every table: one row in each of 2 table(s)")), qPrintable(r.out + r.err));
    }

    // A trigger someone added on a history table changes what it keeps: every
    // schema comparison passes (the house objects are as they should be); the
    // rows show it, naming the table and the operation.
    void aHistoryThatKeepsOtherValuesIsFoundByItsRows()
    {
        QTemporaryDir dir;
        copyExampleEnvironment(dir.path());
        writeMigration(dir.filePath(QStringLiteral("versions")), QStringLiteral("1764001800"), QStringLiteral("1764001200"), QStringLiteral("round_kept_quantities"),
                       execute(QStringLiteral("CREATE FUNCTION round_quantity() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.quantity := 0; RETURN NEW; END $$; "
                                              "CREATE TRIGGER round_quantity BEFORE INSERT ON orders_history FOR EACH ROW EXECUTE FUNCTION round_quantity()")),
                       execute(QStringLiteral("DROP TRIGGER round_quantity ON orders_history; DROP FUNCTION round_quantity()")));
        const ProcessResult r = runCli({QStringLiteral("verify"), QStringLiteral("--migrations"), dir.path(), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject failed = firstFailedStep(r);
        QVERIFY2(!failed.isEmpty(), qPrintable(r.out));
        QCOMPARE(failed.value(QStringLiteral("step")).toString(), QStringLiteral("rows in every table"));
        const QString detail = failed.value(QStringLiteral("detail")).toString();
        QVERIFY2(detail.contains(QStringLiteral("orders_history")) && detail.contains(QStringLiteral("INSERT")), qPrintable(detail));
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
        const QJsonObject step = firstFailedStep(r);
        QVERIFY2(!step.isEmpty(), qPrintable(r.out));
        QCOMPARE(step.value(QStringLiteral("step")).toString(), QStringLiteral("downgrade -1"));
        QVERIFY(step.value(QStringLiteral("file")).toString().endsWith(QStringLiteral("1700000100_add_orders_audit_function.py")));
        QVERIFY(step.value(QStringLiteral("detail")).toString().contains(QStringLiteral("leaves behind function public.orders_audit()")));
    }

    void aDowngradeThatPutsBackAnotherDefinitionFails_data()
    {
        QTest::addColumn<QString>("upgradeSql");
        QTest::addColumn<QString>("downgradeSql");
        QTest::addColumn<QString>("differs");
        QTest::newRow("column default") << QStringLiteral("ALTER TABLE t ALTER COLUMN currency SET DEFAULT 'EUR'")
                                        << QStringLiteral("ALTER TABLE t ALTER COLUMN currency SET DEFAULT 'GBP'")
                                        << QStringLiteral("changes column public.t.currency (was: character(3) default 'USD'");
        QTest::newRow("check expression") << QStringLiteral("ALTER TABLE t DROP CONSTRAINT ck_t_qty; ALTER TABLE t ADD CONSTRAINT ck_t_qty CHECK (qty >= 0)")
                                          << QStringLiteral("ALTER TABLE t DROP CONSTRAINT ck_t_qty; ALTER TABLE t ADD CONSTRAINT ck_t_qty CHECK (qty > 1)")
                                          << QStringLiteral("changes constraint ck_t_qty on public.t");
        QTest::newRow("function body") << QStringLiteral("CREATE OR REPLACE FUNCTION t_answer() RETURNS int LANGUAGE sql AS 'SELECT 2'")
                                       << QStringLiteral("CREATE OR REPLACE FUNCTION t_answer() RETURNS int LANGUAGE sql AS 'SELECT 3'")
                                       << QStringLiteral("changes function public.t_answer()");
        QTest::newRow("column type") << QStringLiteral("ALTER TABLE t ALTER COLUMN qty TYPE bigint")
                                     << QStringLiteral("ALTER TABLE t ALTER COLUMN qty TYPE numeric")
                                     << QStringLiteral("changes column public.t.qty (was: integer");
        QTest::newRow("index definition") << QStringLiteral("DROP INDEX ix_t_qty; CREATE INDEX ix_t_qty ON t (qty DESC)")
                                          << QStringLiteral("DROP INDEX ix_t_qty; CREATE INDEX ix_t_qty ON t (currency)")
                                          << QStringLiteral("changes index public.ix_t_qty");
        QTest::newRow("comment") << QStringLiteral("COMMENT ON TABLE t IS 'Trades'")
                                 << QStringLiteral("COMMENT ON TABLE t IS 'Old trades'")
                                 << QStringLiteral("changes table public.t");
        QTest::newRow("other schema") << QStringLiteral("ALTER TABLE audit.log ALTER COLUMN at SET DEFAULT now()")
                                      << QStringLiteral("ALTER TABLE audit.log ALTER COLUMN at SET DEFAULT clock_timestamp()")
                                      << QStringLiteral("changes column audit.log.at");
        QTest::newRow("trigger") << QStringLiteral("DROP TRIGGER t_touch ON t; CREATE TRIGGER t_touch BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION t_touch()")
                                 << QStringLiteral("DROP TRIGGER t_touch ON t; CREATE TRIGGER t_touch BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION t_touch()")
                                 << QStringLiteral("changes trigger t_touch on public.t");
        QTest::newRow("sequence") << QStringLiteral("ALTER SEQUENCE t_numbers INCREMENT BY 5")
                                  << QStringLiteral("ALTER SEQUENCE t_numbers INCREMENT BY 2")
                                  << QStringLiteral("changes sequence public.t_numbers");
        // Only the server knows what else a rename renames: the index is named after the table it was made for.
        QTest::newRow("rename that renames more") << QStringLiteral("ALTER TABLE t RENAME TO trades; ALTER INDEX ix_t_qty RENAME TO ix_trades_qty")
                                                  << QStringLiteral("ALTER TABLE trades RENAME TO t")
                                                  << QStringLiteral("leaves behind index public.ix_trades_qty");
        QTest::newRow("comment removed") << QStringLiteral("COMMENT ON COLUMN t.qty IS 'pieces'")
                                         << QStringLiteral("COMMENT ON TABLE t IS NULL; COMMENT ON COLUMN t.qty IS NULL")
                                         << QStringLiteral("changes table public.t");
    }

    void aDowngradeThatPutsBackAnotherDefinitionFails()
    {
        QFETCH(QString, upgradeSql);
        QFETCH(QString, downgradeSql);
        QFETCH(QString, differs);
        QTemporaryDir dir;
        writeMigration(dir.path(), QStringLiteral("1700000000"), {}, QStringLiteral("create_t_table"),
                       execute(QStringLiteral("CREATE TABLE t (id int PRIMARY KEY, currency char(3) DEFAULT 'USD', qty int, "
                                              "CONSTRAINT ck_t_qty CHECK (qty > 0)); CREATE INDEX ix_t_qty ON t (qty); "
                                              "COMMENT ON TABLE t IS 'Trades'; CREATE FUNCTION t_answer() RETURNS int LANGUAGE sql AS 'SELECT 1'; "
                                              "CREATE SCHEMA audit; CREATE TABLE audit.log (id int, at timestamptz DEFAULT now()); CREATE SEQUENCE t_numbers; "
                                              "CREATE FUNCTION t_touch() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END'; "
                                              "CREATE TRIGGER t_touch BEFORE INSERT OR UPDATE ON t FOR EACH ROW EXECUTE FUNCTION t_touch()")),
                       execute(QStringLiteral("DROP SCHEMA audit CASCADE; DROP TABLE t; DROP FUNCTION t_answer(); DROP FUNCTION t_touch(); DROP SEQUENCE t_numbers")));
        writeMigration(dir.path(), QStringLiteral("1700000100"), QStringLiteral("1700000000"), QStringLiteral("change_t_definitions"),
                       execute(upgradeSql), execute(downgradeSql));
        const ProcessResult r = runCli({QStringLiteral("verify"), QStringLiteral("--migrations"), dir.path(), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject step = firstFailedStep(r);
        QVERIFY2(!step.isEmpty(), qPrintable(r.out));
        QCOMPARE(step.value(QStringLiteral("step")).toString(), QStringLiteral("downgrade -1"));
        QVERIFY(step.value(QStringLiteral("file")).toString().endsWith(QStringLiteral("1700000100_change_t_definitions.py")));
        QVERIFY2(step.value(QStringLiteral("detail")).toString().contains(differs), qPrintable(step.value(QStringLiteral("detail")).toString()));
    }

    // Deep in a chain, on the way down with rows: the wrong downgrade is
    // named, with what it left, though the migrations after it were right.
    void aWrongDowngradeDeepInTheChainIsNamed()
    {
        QTemporaryDir dir;
        writeChainWithOneWrongDowngrade(dir.path());
        const ProcessResult r = runCli({QStringLiteral("verify"), QStringLiteral("--migrations"), dir.path()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("FAILED  downgrade base with rows: 1700000100_add_note.py: the downgrade of 1700000100_add_note.py "
                                               "leaves behind column public.t.note")),
                 qPrintable(r.out));
    }

    // --since checks the new migrations only: the old wrong downgrade is not
    // run, the new ones are, and a revision that is not there is refused
    // before any server starts.
    void sinceChecksOnlyTheMigrationsAfterIt()
    {
        QTemporaryDir dir;
        writeChainWithOneWrongDowngrade(dir.path());
        ProcessResult r = runCli({QStringLiteral("verify"), QStringLiteral("--migrations"), dir.path(), QStringLiteral("--since"), QStringLiteral("17000001")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("2 migration(s) up to 1700000100 applied unchecked")) &&
                     r.out.contains(QStringLiteral("PASSED  upgrade head: 2 migration(s) applied")) &&
                     r.out.contains(QStringLiteral("PASSED  downgrade 1700000100 with rows")),
                 qPrintable(r.out));

        writeMigration(dir.path(), QStringLiteral("1700000400"), QStringLiteral("1700000300"), QStringLiteral("add_kind"),
                       execute(QStringLiteral("ALTER TABLE t ADD COLUMN kind text DEFAULT 'a'")),
                       execute(QStringLiteral("ALTER TABLE t ALTER COLUMN kind SET DEFAULT 'b'")));
        r = runCli({QStringLiteral("verify"), QStringLiteral("--migrations"), dir.path(), QStringLiteral("--since"), QStringLiteral("1700000300")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("FAILED  downgrade -1: 1700000400_add_kind.py: the downgrade of 1700000400_add_kind.py leaves behind column public.t.kind")),
                 qPrintable(r.out));

        for (const QString &since : {QStringLiteral("1799999999"), QStringLiteral("1700000400")}) {
            r = runCli({QStringLiteral("verify"), QStringLiteral("--migrations"), dir.path(), QStringLiteral("--since"), since});
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.out.isEmpty() && r.err.contains(since), qPrintable(r.out + r.err));
        }
    }

    // Migrations only alembic can run (op.add_column, op.create_index) run in
    // alembic's own session: what they changed is still found, by the server.
    void migrationsRunByAlembicAreComparedStepByStep()
    {
        QTemporaryDir dir;
        copyExampleEnvironment(dir.path());
        const QString versions = dir.filePath(QStringLiteral("versions"));
        for (const QString &name : QDir(versions).entryList({QStringLiteral("*.py")}))
            QVERIFY(QFile::remove(QDir(versions).filePath(name)));
        writeMigration(versions, QStringLiteral("1700000000"), {}, QStringLiteral("create_t"),
                       execute(QStringLiteral("CREATE TABLE t (id int PRIMARY KEY)")), execute(QStringLiteral("DROP TABLE t")));
        writeMigration(versions, QStringLiteral("1700000100"), QStringLiteral("1700000000"), QStringLiteral("add_note"),
                       QStringLiteral("    op.add_column('t', sa.Column('note', sa.Text()))\n"), QStringLiteral("    op.drop_column('t', 'note')\n"));
        ProcessResult r = runCli({QStringLiteral("verify"), QStringLiteral("--migrations"), dir.path()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));

        writeMigration(versions, QStringLiteral("1700000200"), QStringLiteral("1700000100"), QStringLiteral("index_note"),
                       QStringLiteral("    op.create_index('ix_t_note', 't', ['note'])\n"), QStringLiteral("    pass\n"));
        writeMigration(versions, QStringLiteral("1700000300"), QStringLiteral("1700000200"), QStringLiteral("add_qty"),
                       QStringLiteral("    op.add_column('t', sa.Column('qty', sa.Integer()))\n"), QStringLiteral("    op.drop_column('t', 'qty')\n"));
        r = runCli({QStringLiteral("verify"), QStringLiteral("--migrations"), dir.path()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("FAILED  downgrade base with rows: 1700000200_index_note.py: the downgrade of 1700000200_index_note.py "
                                               "leaves behind index public.ix_t_note")),
                 qPrintable(r.out));
    }

    // The tracker reads again what the server wrote to the catalogs it
    // follows; a collation is not one of them. A downgrade that forgets to
    // rename one back is still found: the whole schema at head disagrees with
    // the tracked one, and every step runs again against whole snapshots.
    void whatTheTrackerDoesNotFollowIsFoundByWholeSnapshots()
    {
        QTemporaryDir dir;
        writeMigration(dir.path(), QStringLiteral("1700000000"), {}, QStringLiteral("create_t"),
                       execute(QStringLiteral("CREATE COLLATION sw_c FROM \"C\"; CREATE TABLE t (id int PRIMARY KEY, name text COLLATE sw_c)")),
                       execute(QStringLiteral("DROP TABLE t; DROP COLLATION sw_c")));
        writeMigration(dir.path(), QStringLiteral("1700000100"), QStringLiteral("1700000000"), QStringLiteral("rename_collation"),
                       execute(QStringLiteral("ALTER COLLATION sw_c RENAME TO sw_c2")), execute(QStringLiteral("SELECT 1")));
        const ProcessResult r = runCli({QStringLiteral("verify"), QStringLiteral("--migrations"), dir.path()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("PASSED  whole-schema check")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("FAILED  downgrade -1: 1700000100_rename_collation.py: the downgrade of 1700000100_rename_collation.py "
                                               "changes column public.t.name")),
                 qPrintable(r.out));
    }

private:
    // t, then a column whose downgrade forgets it, then two right migrations.
    static void writeChainWithOneWrongDowngrade(const QString &dir)
    {
        writeMigration(dir, QStringLiteral("1700000000"), {}, QStringLiteral("create_t"),
                       execute(QStringLiteral("CREATE TABLE t (id int PRIMARY KEY)")), execute(QStringLiteral("DROP TABLE t")));
        writeMigration(dir, QStringLiteral("1700000100"), QStringLiteral("1700000000"), QStringLiteral("add_note"),
                       execute(QStringLiteral("ALTER TABLE t ADD COLUMN note text")), execute(QStringLiteral("SELECT 1")));
        writeMigration(dir, QStringLiteral("1700000200"), QStringLiteral("1700000100"), QStringLiteral("add_qty"),
                       execute(QStringLiteral("ALTER TABLE t ADD COLUMN qty int")), execute(QStringLiteral("ALTER TABLE t DROP COLUMN qty")));
        writeMigration(dir, QStringLiteral("1700000300"), QStringLiteral("1700000200"), QStringLiteral("add_u"),
                       execute(QStringLiteral("CREATE TABLE u (id int PRIMARY KEY, t_id int REFERENCES t)")), execute(QStringLiteral("DROP TABLE u")));
    }
};

QTEST_GUILESS_MAIN(TestVerify)
#include "tst_verify.moc"
