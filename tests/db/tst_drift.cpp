// schemawright-cli check and drift on real PostgreSQL: a database built by
// the bundled migrations is clean, and each kind of hand-made breakage is
// found, located (schema, table, column) and classified.

#include "alembichelpers.h"
#include "evolutioncases.h"
#include "project/projectfile.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace sw;
using namespace sw::test;

namespace {

QString migrations() { return sourceDir() + QStringLiteral("/migrations"); }

void buildExample(const TestDatabase &db)
{
    const ProcessResult r = runCli({QStringLiteral("upgrade"), QStringLiteral("--db"), db.conninfo(), QStringLiteral("--migrations"), migrations()});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

QJsonArray findingsOf(const ProcessResult &r)
{
    return QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("findings")).toArray();
}

// Rewrites the body of a function in place with replace() on its definition.
QString editFunction(const QString &function, const QString &from, const QString &to, bool firstOnly = false)
{
    return QStringLiteral("DO $do$ DECLARE def text := pg_get_functiondef('%1'::regproc); BEGIN EXECUTE %2; END $do$")
        .arg(function, firstOnly ? QStringLiteral("regexp_replace(def, %1, %2)").arg(sw::test::TestDatabase::literal(QRegularExpression::escape(from)), sw::test::TestDatabase::literal(to))
                                 : QStringLiteral("replace(def, %1, %2)").arg(sw::test::TestDatabase::literal(from), sw::test::TestDatabase::literal(to)));
}

} // namespace

class TestDrift : public QObject {
    Q_OBJECT
private slots:
    // A database the house rules did not build: a table with an updated_at column and no
    // trigger is imported as such (a property of the table, never assumed), drift against
    // that import finds nothing, check still names the rule, and the generated migration
    // builds the table as it is. Switched on in the design, the migration adds the trigger.
    void theUpdatedAtTriggerIsWhatTheDatabaseHas()
    {
        TestDatabase db;
        db.exec(QStringLiteral("CREATE TABLE notes (id int PRIMARY KEY, body text, updated_at timestamptz NOT NULL DEFAULT now()); "
                               "CREATE TABLE tags (id int PRIMARY KEY, updated_at timestamptz); "
                               "CREATE FUNCTION tags_set_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at = NOW(); RETURN NEW; END $$; "
                               "CREATE TRIGGER tags_set_updated_at BEFORE UPDATE ON tags FOR EACH ROW EXECUTE FUNCTION tags_set_updated_at()"));
        QTemporaryDir dir;
        const QString imported = dir.filePath(QStringLiteral("imported.json"));
        ProcessResult r = runCli({QStringLiteral("import"), QStringLiteral("--db"), db.conninfo(), QStringLiteral("-o"), imported});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const Project project = loadProject(imported);
        QVERIFY(!project.findTable(QStringLiteral("notes"), QStringLiteral("public"))->updatedAtTrigger);
        QVERIFY(project.findTable(QStringLiteral("tags"), QStringLiteral("public"))->updatedAtTrigger);
        QVERIFY(readFile(imported).contains(QStringLiteral("\"updated_at_trigger\": false")));

        r = runCli({QStringLiteral("drift"), QStringLiteral("--db"), db.conninfo(), QStringLiteral("--project"), imported, QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0 && findingsOf(r).isEmpty(), qPrintable(r.out + r.err));
        r = runCli({QStringLiteral("check"), QStringLiteral("--db"), db.conninfo(), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("updated-at-trigger-missing")) && r.out.contains(QStringLiteral("notes_set_updated_at")), qPrintable(r.out));

        // From empty: the tables as they are, tags' trigger and not one for notes.
        r = runCli({QStringLiteral("generate"), QStringLiteral("--to"), imported, QStringLiteral("--message"), QStringLiteral("create_notes_and_tags"),
                    QStringLiteral("--out"), dir.path()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString created = readFile(r.out.trimmed());
        QVERIFY2(created.contains(QStringLiteral("CREATE TRIGGER tags_set_updated_at")) && !created.contains(QStringLiteral("notes_set_updated_at")),
                 qPrintable(created));

        // The adoption path: switched on, one migration makes the trigger, its downgrade drops it.
        QString adopted = readFile(imported);
        adopted.replace(QStringLiteral("\"updated_at_trigger\": false"), QStringLiteral("\"updated_at_trigger\": true"));
        QFile out(dir.filePath(QStringLiteral("adopted.json")));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(adopted.toUtf8());
        out.close();
        QTemporaryDir adoptions;
        r = runCli({QStringLiteral("generate"), QStringLiteral("--from"), imported, QStringLiteral("--to"), out.fileName(), QStringLiteral("--message"),
                    QStringLiteral("set_updated_at_on_notes"), QStringLiteral("--out"), adoptions.path()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(!readFile(r.out.trimmed()).contains(QStringLiteral("tags")), qPrintable(readFile(r.out.trimmed())));
        const QStringList migrate{QStringLiteral("--db"), db.conninfo(), QStringLiteral("--migrations"), adoptions.path()};
        QCOMPARE(runCli(QStringList{QStringLiteral("upgrade")} + migrate).exitCode, 0);
        db.exec(QStringLiteral("INSERT INTO notes (id, body, updated_at) VALUES (1, 'a', '2000-01-01'); UPDATE notes SET body = 'b'"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT updated_at > '2001-01-01' FROM notes")), QStringLiteral("t"));
        r = runCli({QStringLiteral("check"), QStringLiteral("--db"), db.conninfo()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(runCli(QStringList{QStringLiteral("downgrade"), QStringLiteral("base")} + migrate).exitCode, 0);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM pg_trigger WHERE tgname = 'notes_set_updated_at'")), QStringLiteral("0"));
    }

    void aDatabaseBuiltByTheMigrationsIsClean()
    {
        TestDatabase db;
        buildExample(db);
        for (const QStringList &mode : {QStringList{QStringLiteral("check")},
                                        QStringList{QStringLiteral("drift"), QStringLiteral("--migrations"), migrations()},
                                        QStringList{QStringLiteral("drift"), QStringLiteral("--project"), migrations() + QStringLiteral("/trading.json")}}) {
            const ProcessResult r = runCli(mode + QStringList{QStringLiteral("--db"), db.conninfo(), QStringLiteral("--format"), QStringLiteral("json")});
            QVERIFY2(r.exitCode == 0, qPrintable(mode.join(QLatin1Char(' ')) + QLatin1Char('\n') + r.out + r.err));
            QCOMPARE(findingsOf(r).size(), 0);
        }
    }

    // Identity, generated columns and indexes with expressions, a predicate,
    // INCLUDE or another method: compared in the server's words, no false finding.
    void richColumnsAndIndexesBuiltByTheMigrationsAreClean()
    {
        QTemporaryDir dir;
        const Project design = evolvedDesign({QStringLiteral("add_identity_column"), QStringLiteral("add_generated_column"),
                                              QStringLiteral("add_expression_partial_index"), QStringLiteral("add_covering_index"),
                                              QStringLiteral("add_brin_index")});
        const QString project = dir.filePath(QStringLiteral("rich.json"));
        saveProject(design, project);
        QCOMPARE(runCli({QStringLiteral("init"), dir.path()}).exitCode, 0);
        const ProcessResult generated = runCli({QStringLiteral("generate"), QStringLiteral("--to"), project, QStringLiteral("--message"),
                                                QStringLiteral("create_rich_tables"), QStringLiteral("--out"), dir.path()});
        QVERIFY2(generated.exitCode == 0, qPrintable(generated.err));
        TestDatabase db;
        QCOMPARE(runCli({QStringLiteral("upgrade"), QStringLiteral("--db"), db.conninfo(), QStringLiteral("--migrations"), dir.path()}).exitCode, 0);
        for (const QStringList &mode : {QStringList{QStringLiteral("check")}, QStringList{QStringLiteral("drift"), QStringLiteral("--migrations"), dir.path()},
                                        QStringList{QStringLiteral("drift"), QStringLiteral("--project"), project}}) {
            const ProcessResult r = runCli(mode + QStringList{QStringLiteral("--db"), db.conninfo(), QStringLiteral("--format"), QStringLiteral("json")});
            QVERIFY2(r.exitCode == 0, qPrintable(mode.join(QLatin1Char(' ')) + QLatin1Char('\n') + r.out + r.err));
        }
        // A real difference in an index predicate is still seen.
        db.exec(QStringLiteral("DROP INDEX ix_orders_open_notes; CREATE INDEX ix_orders_open_notes ON orders (lower(note), created_at DESC) WHERE amount > 1"));
        const ProcessResult changed = runCli({QStringLiteral("drift"), QStringLiteral("--project"), project, QStringLiteral("--db"), db.conninfo()});
        QVERIFY2(changed.exitCode == 1 && changed.out.contains(QStringLiteral("ix_orders_open_notes")), qPrintable(changed.out));
    }

    // A column the designer put in the middle is appended by PostgreSQL: the
    // order is information, never a finding, and nothing to fix.
    void columnsInAnotherOrderAreANoteNotAProblem()
    {
        TestDatabase db;
        buildExample(db);
        db.exec(QStringLiteral("ALTER TABLE accounts DROP COLUMN name; ALTER TABLE accounts ADD COLUMN name text NOT NULL; "
                               "ALTER TABLE accounts_history DROP COLUMN name; ALTER TABLE accounts_history ADD COLUMN name text"));
        for (const QStringList &mode : {QStringList{QStringLiteral("drift"), QStringLiteral("--migrations"), migrations()},
                                        QStringList{QStringLiteral("drift"), QStringLiteral("--project"), migrations() + QStringLiteral("/trading.json")}}) {
            const ProcessResult r = runCli(mode + QStringList{QStringLiteral("--db"), db.conninfo(), QStringLiteral("--format"), QStringLiteral("json")});
            QVERIFY2(r.exitCode == 0, qPrintable(mode.join(QLatin1Char(' ')) + QLatin1Char('\n') + r.out + r.err));
            QCOMPARE(findingsOf(r).size(), 0);
            QStringList codes;
            for (const QJsonValue &note : QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("information")).toArray())
                codes << note[QStringLiteral("code")].toString();
            QVERIFY2(codes.contains(QStringLiteral("column-order")), qPrintable(r.out));
        }
    }

    void historyColumnsInAnotherOrderAreANoteNotAProblem()
    {
        TestDatabase db;
        buildExample(db);
        // As after a repair that re-added a history column: it now comes last.
        // The trigger function names its columns, so rows still land right.
        db.exec(QStringLiteral("ALTER TABLE orders_history DROP COLUMN status; ALTER TABLE orders_history ADD COLUMN status varchar(20)"));
        for (const QStringList &mode : {QStringList{QStringLiteral("check")},
                                        QStringList{QStringLiteral("drift"), QStringLiteral("--migrations"), migrations()},
                                        QStringList{QStringLiteral("drift"), QStringLiteral("--project"), migrations() + QStringLiteral("/trading.json")}}) {
            const ProcessResult r = runCli(mode + QStringList{QStringLiteral("--db"), db.conninfo(), QStringLiteral("--format"), QStringLiteral("json")});
            QVERIFY2(r.exitCode == 0, qPrintable(mode.join(QLatin1Char(' ')) + QLatin1Char('\n') + r.out + r.err));
            QCOMPARE(findingsOf(r).size(), 0);
            const QJsonArray notes = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("information")).toArray();
            QCOMPARE(notes.size(), 1);
            QCOMPARE(notes.first().toObject().value(QStringLiteral("code")).toString(), QStringLiteral("history-column-order"));
            QCOMPARE(notes.first().toObject().value(QStringLiteral("severity")).toString(), QStringLiteral("info"));
        }
        db.exec(QStringLiteral("INSERT INTO accounts (code, name) VALUES ('A1', 'Ada'); "
                               "INSERT INTO orders (account_id, instrument, side, quantity, status) SELECT id, 'X', 'BUY', 1, 'FILLED' FROM accounts"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT status FROM orders_history WHERE operation = 'INSERT'")), QStringLiteral("FILLED"));
    }

    void theScratchDatabaseConnectsAsTheGivenConnection()
    {
        TestDatabase db;
        buildExample(db);
        // A user who needs a password, given in the connection string, over TCP.
        db.exec(QStringLiteral("DO $$ BEGIN CREATE ROLE sw_scratch_user LOGIN CREATEDB PASSWORD 'right'; EXCEPTION WHEN duplicate_object THEN NULL; END $$"));
        const QString port = db.conninfo().section(QStringLiteral("port="), 1).section(QLatin1Char(' '), 0, 0);
        const QString tcp = QStringLiteral("host=127.0.0.1 port=%1 dbname=%2 user=sw_scratch_user password=right sslmode=disable").arg(port, db.name());
        db.exec(QStringLiteral("GRANT SELECT ON alembic_version TO sw_scratch_user"));
        qputenv("PGPASSFILE", "/nonexistent");  // no ~/.pgpass may answer for the scratch database
        const ProcessResult r = runCli({QStringLiteral("drift"), QStringLiteral("--migrations"), migrations(), QStringLiteral("--db"), tcp,
                                        QStringLiteral("--format"), QStringLiteral("json")});
        qunsetenv("PGPASSFILE");
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(findingsOf(r).size(), 0);
        QCOMPARE(db.scratchDatabasesLeftBehind(), QStringList());
    }

    void eachBreakageIsFoundAndLocated_data()
    {
        QTest::addColumn<QString>("breakage");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("column");
        QTest::addColumn<bool>("needsDesign");  // found by drift only, not by check
        QTest::newRow("history column missing") << "ALTER TABLE orders_history DROP COLUMN status" << "history-column-missing" << "orders" << "status" << false;
        QTest::newRow("history column type") << "ALTER TABLE orders_history ALTER COLUMN side TYPE text" << "history-column-type" << "orders" << "side" << false;
        QTest::newRow("function misses a column")
            << editFunction(QStringLiteral("orders_history_trigger"), QStringLiteral(", status, account_id"), QStringLiteral(", account_id"))
                   + QStringLiteral(";") + editFunction(QStringLiteral("orders_history_trigger"), QStringLiteral(", OLD.status, OLD.account_id"), QStringLiteral(", OLD.account_id"))
                   + QStringLiteral(";") + editFunction(QStringLiteral("orders_history_trigger"), QStringLiteral(", NEW.status, NEW.account_id"), QStringLiteral(", NEW.account_id"))
            << "trigger-column-missing" << "orders" << "status" << false;
        QTest::newRow("function orders differ")
            << editFunction(QStringLiteral("accounts_history_trigger"), QStringLiteral("changed_at, id, code"), QStringLiteral("changed_at, code, id"), true)
                   + QStringLiteral(";") + editFunction(QStringLiteral("accounts_history_trigger"), QStringLiteral("OLD.id, OLD.code"), QStringLiteral("OLD.code, OLD.id"), true)
            << "trigger-column-order" << "accounts" << "" << false;
        QTest::newRow("NEW used for DELETE")
            << editFunction(QStringLiteral("fills_history_trigger"), QStringLiteral("'DELETE', NOW(), OLD.id"), QStringLiteral("'DELETE', NOW(), NEW.id"))
            << "trigger-wrong-record" << "fills" << "id" << false;
        QTest::newRow("history trigger dropped") << "DROP TRIGGER orders_history_delete ON orders" << "history-trigger-missing" << "orders" << "" << false;
        QTest::newRow("history trigger disabled") << "ALTER TABLE fills DISABLE TRIGGER fills_history_update" << "history-trigger-disabled" << "fills" << "" << false;
        QTest::newRow("updated_at trigger missing") << "DROP TRIGGER accounts_set_updated_at ON accounts" << "updated-at-trigger-missing" << "accounts" << "" << false;
        QTest::newRow("extra column") << "ALTER TABLE accounts ADD COLUMN nickname text" << "column-unexpected" << "accounts" << "nickname" << true;
        QTest::newRow("changed type") << "ALTER TABLE orders ALTER COLUMN instrument TYPE varchar(64); ALTER TABLE orders_history ALTER COLUMN instrument TYPE varchar(64)"
                                      << "column-type" << "orders" << "instrument" << true;
        QTest::newRow("changed default") << "ALTER TABLE orders ALTER COLUMN status SET DEFAULT 'NEW'" << "column-default" << "orders" << "status" << true;
        QTest::newRow("missing index") << "DROP INDEX ix_orders_instrument" << "index-missing" << "orders" << "" << true;
        QTest::newRow("unknown alembic_version") << "UPDATE alembic_version SET version_num = 'a1b2c3'" << "revision-unknown" << "" << "" << true;
        QTest::newRow("database ahead") << "UPDATE alembic_version SET version_num = '1999999999'" << "revision-ahead" << "" << "" << true;
        QTest::newRow("database behind") << "UPDATE alembic_version SET version_num = '1764000600'" << "revision-behind" << "" << "" << true;
    }
    void eachBreakageIsFoundAndLocated()
    {
        QFETCH(QString, breakage);
        QFETCH(QString, code);
        QFETCH(QString, table);
        QFETCH(QString, column);
        QFETCH(bool, needsDesign);
        TestDatabase db;
        buildExample(db);
        db.exec(breakage);
        QList<QStringList> modes{{QStringLiteral("drift"), QStringLiteral("--migrations"), migrations()}};
        if (!needsDesign)
            modes << QStringList{QStringLiteral("check")};
        for (const QStringList &mode : modes) {
            const ProcessResult r = runCli(mode + QStringList{QStringLiteral("--db"), db.conninfo(), QStringLiteral("--format"), QStringLiteral("json")});
            QCOMPARE(r.exitCode, 1);
            const QJsonArray findings = findingsOf(r);
            const bool found = std::any_of(findings.begin(), findings.end(), [&](const QJsonValue &v) {
                const QJsonObject f = v.toObject();
                return f.value(QStringLiteral("code")).toString() == code && f.value(QStringLiteral("table")).toString() == table
                    && f.value(QStringLiteral("column")).toString() == column
                    && (table.isEmpty() || f.value(QStringLiteral("schema")).toString() == QLatin1String("public"));
            });
            QVERIFY2(found, qPrintable(mode.first() + QStringLiteral(": no ") + code + QStringLiteral(" in\n") + r.out));
        }
    }
};

QTEST_GUILESS_MAIN(TestDrift)
#include "tst_drift.moc"
