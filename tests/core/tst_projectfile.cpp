#include "processes.h"
#include "connectionprofile.h"
#include "conventions.h"
#include "model/validation.h"
#include "newfile.h"
#include "problem.h"
#include "sql/tablesql.h"
#include "project/projectfile.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace sw;

namespace {

QString dataFile(const QString &name)
{
    return test::sourceDir() + QStringLiteral("/tests/data/") + name;
}

// A one-table project with `tableJson` as its table.
QByteArray projectWithTable(const QString &tableJson)
{
    return QStringLiteral("{\"schemawright\": 1, \"tables\": [%1]}").arg(tableJson).toUtf8();
}

const char *kGoodColumns = R"("columns": [{"name": "id", "type": "bigserial", "nullable": false}])";

} // namespace

class TestProjectFile : public QObject {
    Q_OBJECT
private slots:
    void specExampleLoadsExactly()
    {
        const Project p = loadProject(dataFile(QStringLiteral("spec-example.json")));
        QCOMPARE(p.tables.size(), 1);
        const Table &t = p.tables.first();
        QCOMPARE(t.id, QStringLiteral("t-orders"));
        QCOMPARE(t.name, QStringLiteral("orders"));
        QCOMPARE(t.comment, QStringLiteral("Client orders"));
        QVERIFY(t.history);
        QCOMPARE(t.columns.size(), 6);
        QCOMPARE(t.columns.at(2).id, QStringLiteral("c-orders-qty"));
        QCOMPARE(t.columns.at(2).type, QStringLiteral("numeric(18,8)"));
        QCOMPARE(t.columns.at(2).defaultExpr.value_or(QString()), QStringLiteral("0"));
        QVERIFY(!t.columns.at(2).nullable);
        QCOMPARE(t.primaryKey, QStringList{QStringLiteral("id")});
        QCOMPARE(t.indexes.first().name, QStringLiteral("ix_orders_instrument"));
        QCOMPARE(t.foreignKeys.first().references, QStringLiteral("accounts"));
        QCOMPARE(t.foreignKeys.first().onDelete, ReferentialAction::Restrict);
        QCOMPARE(t.foreignKeys.first().onUpdate, ReferentialAction::NoAction);
        QCOMPARE(t.checks.first().expression, QStringLiteral("quantity > 0"));
    }

    void defaultsApplyWhereKeysAreLeftOut()
    {
        const Project p = parseProject(projectWithTable(QStringLiteral(R"({"name": "t", %1})").arg(QLatin1String(kGoodColumns))),
                                       QStringLiteral("mem.json"));
        QCOMPARE(p.tables.first().schema, QStringLiteral("public"));
        QVERIFY(p.tables.first().history);
        const Project q = parseProject(projectWithTable(QStringLiteral(R"({"name": "t", "columns": [{"name": "a", "type": "text"}]})")),
                                       QStringLiteral("mem.json"));
        QVERIFY(q.tables.first().columns.first().nullable);
        QVERIFY(!q.tables.first().columns.first().defaultExpr);
    }

    void saveThenLoadGivesTheSameProject()
    {
        const Project original = loadProject(test::sourceDir() + QStringLiteral("/migrations/trading.json"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("copy.json"));
        saveProject(original, path);
        QCOMPARE(loadProject(path), original);
        // Saving is deterministic: the same project gives the same bytes.
        QCOMPARE(serializeProject(loadProject(path)), serializeProject(original));
    }

    void anExternalKeyIsReadAndWritten()
    {
        const QByteArray json = R"({"schemawright": 1, "tables": [{"name": "orders", "columns": [{"name": "account_id", "type": "bigint"}],
            "foreign_keys": [{"columns": ["account_id"], "references": "billing.accounts", "ref_columns": ["id"], "external": true}]}]})";
        const Project p = parseProject(json, QStringLiteral("mem.json"));
        QVERIFY(p.tables.first().foreignKeys.first().external);
        QVERIFY(validateProject(p).first().severity == Problem::Severity::Warning);
        const QByteArray saved = serializeProject(p);
        QVERIFY(saved.contains("\"external\": true"));
        QCOMPARE(parseProject(saved, QStringLiteral("again.json")), p);
        // Without the mark, the key is an error of the design (refused by generate and export).
        Project unmarked = p;
        unmarked.tables.first().foreignKeys.first().external = false;
        QVERIFY(!serializeProject(unmarked).contains("external"));
        const QList<Problem> problems = validateProject(unmarked);
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().isError());
        QCOMPARE(problems.first().code, QStringLiteral("table-outside-project"));
    }

    void unknownKeysArePreserved()
    {
        const QByteArray json = R"({"schemawright": 1, "x-diagram": {"zoom": 2},
            "tables": [{"name": "t", "x-colour": "red",
                        "columns": [{"name": "a", "type": "text", "x-width": 120}]}]})";
        const QByteArray saved = serializeProject(parseProject(json, QStringLiteral("mem.json")));
        QVERIFY(saved.contains("\"x-diagram\": { \"zoom\": 2 }"));
        QVERIFY(saved.contains("\"x-colour\": \"red\""));
        QVERIFY(saved.contains("\"x-width\": 120"));
        QCOMPARE(parseProject(saved, QStringLiteral("again.json")), parseProject(json, QStringLiteral("mem.json")));
    }

    // Every part the format has, with unknown keys at each level (one named
    // like a known key, one with a control character), written in the
    // documented order and layout: what a reviewer reads in a diff. The file
    // is what the writer wrote before it wrote tables straight from the model.
    void everyPartIsWrittenInTheDocumentedLayout()
    {
        const QByteArray saved = serializeProject(loadProject(dataFile(QStringLiteral("layout/every-part.json"))));
        QFile expected(dataFile(QStringLiteral("layout/every-part.saved.json")));
        QVERIFY(expected.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(saved), QString::fromUtf8(expected.readAll()));
        QCOMPARE(serializeProject(parseProject(saved, QStringLiteral("again.json"))), saved);
    }

    // Tables written ahead (as import writes them while the server still
    // reads) stand in only for tables still equal to them at the same place,
    // under the same default history mode: the file is what writing it whole gives.
    void tablesWrittenAheadStandInOnlyForTablesStillEqual()
    {
        const Project p = loadProject(dataFile(QStringLiteral("layout/every-part.json")));
        QVERIFY(p.tables.size() >= 2);
        const WrittenTables ahead = writeTables(p);
        QCOMPARE(serializeProject(p, ahead), serializeProject(p));

        Project changed = p;
        changed.tables[1].comment = QStringLiteral("changed after it was written");
        changed.tables.append(changed.tables.first());
        changed.tables.last().name = QStringLiteral("added_after");
        QVERIFY(serializeProject(changed, ahead).contains("changed after it was written"));
        QCOMPARE(serializeProject(changed, ahead), serializeProject(changed));

        Project otherMode = p;
        otherMode.historyMode = otherMode.historyMode == QLatin1String("statement") ? QStringLiteral("row") : QStringLiteral("statement");
        QCOMPARE(serializeProject(otherMode, ahead), serializeProject(otherMode));
    }

    // A bigint sequence's bounds past 2^53, as a JSON number or a string of
    // digits, are read to the last digit; a fraction or more than a bigint is refused.
    // What import keeps of databases it did not write (issue 31) reads and writes back exactly.
    void whatImportKeepsOfRealDatabasesIsReadAndWrittenBack()
    {
        const QByteArray text = R"json({"schemawright": 1,
            "extensions": [{"name": "citext", "schema": "public", "comment": "case-insensitive e-mail addresses"}, {"name": "hstore", "schema": "public", "comment": ""}],
            "types": [{"name": "floatrange", "kind": "range", "base": "double precision", "range_options": ["SUBTYPE_DIFF = float8mi"]}],
            "schema_comments": {"reporting": ""},
            "sql_objects": [
              {"kind": "operator", "schema": "public", "name": "~~", "arguments": "anynonarray, text",
               "definition": "CREATE OPERATOR public.~~ (FUNCTION = public.f, LEFTARG = anynonarray, RIGHTARG = text)"},
              {"kind": "operator_family", "schema": "public", "name": "shop_ops", "arguments": "gist", "definition": "CREATE OPERATOR FAMILY public.shop_ops USING gist"},
              {"kind": "cast", "schema": "public", "name": "text AS public.color", "definition": "CREATE CAST (text AS public.color) WITH INOUT"},
              {"kind": "rule", "schema": "public", "name": "keep", "table": "customers", "definition": "CREATE RULE keep AS ON DELETE TO public.customers DO INSTEAD NOTHING"}],
            "tables": [{"name": "customers", "primary_key": ["id"], "primary_key_name": "customers_pkey1",
                        "columns": [{"name": "id", "type": "integer", "nullable": false}, {"name": "  display name  ", "type": "text"}, {"name": "row_oid", "type": "oid"}]},
                       {"name": "placeholder", "history": false, "columns": []}]})json";
        const Project p = parseProject(text, QStringLiteral("mem.json"));
        QCOMPARE(p.tables.first().primaryKeyName, QStringLiteral("customers_pkey1"));
        QCOMPARE(conventions::primaryKeyName(p.tables.first()), QStringLiteral("customers_pkey1"));
        QCOMPARE(p.extensions.at(0).comment, std::optional<QString>(QStringLiteral("case-insensitive e-mail addresses")));
        QCOMPARE(p.extensions.at(1).comment, std::optional<QString>(QString()));  // none, where the extension comes with one
        QCOMPARE(p.types.first().kind, TypeDefinition::Kind::Range);
        QCOMPARE(p.types.first().rangeOptions, QStringList{QStringLiteral("SUBTYPE_DIFF = float8mi")});
        QVERIFY(p.schemas().contains(QStringLiteral("reporting")));
        QCOMPARE(p.sqlObjects.at(0).key(), QStringLiteral("public.~~(anynonarray, text)"));
        QCOMPARE(p.sqlObjects.at(3).table, QStringLiteral("customers"));
        for (const Problem &problem : validateProject(p))
            QVERIFY2(!problem.isError(), qPrintable(problem.text()));
        QCOMPARE(parseProject(serializeProject(p), QStringLiteral("again.json")), p);
    }

    void sequenceBoundsAreReadExactly()
    {
        const auto read = [](const char *max) {
            return parseProject(QByteArray(R"({"schemawright": 1, "tables": [{"name": "t", "columns": [{"name": "id", "type": "bigserial", "sequence": {"max": )")
                                    + max + "}}]}]}",
                                QStringLiteral("mem.json"));
        };
        QCOMPARE(read("9007199254740993").tables.first().columns.first().sequence.maxValue, qint64(9007199254740993));
        QCOMPARE(read("\"9223372036854775807\"").tables.first().columns.first().sequence.maxValue, qint64(9223372036854775807));
        QCOMPARE(read("-9223372036854775808").tables.first().columns.first().sequence.maxValue, std::numeric_limits<qint64>::min());
        for (const char *bad : {"2.5", "1e30", "\"12x\""}) {
            try {
                read(bad);
                QFAIL(bad);
            } catch (const SchemaError &e) {
                QVERIFY2(e.problem().text().contains(QStringLiteral("table t, column id: \"max\" of the column's sequence must be a whole number")), qPrintable(e.problem().text()));
            }
        }
    }

    // The diagram's positions: kept by table id (or schema.name without one) and
    // view key, in whole pixels; a table that is gone takes its position with it.
    void diagramLayoutIsReadAndWritten()
    {
        const QByteArray json = R"({"schemawright": 1,
            "tables": [{"id": "t-1", "name": "a", "columns": [{"name": "id", "type": "bigint"}]},
                       {"name": "b", "schema": "s", "columns": [{"name": "id", "type": "bigint"}]}],
            "layout": {"t-1": {"x": 40.4, "y": -120}, "s.b": {"x": 300, "y": 0}, "t-gone": {"x": 1, "y": 2}}})";
        const Project project = parseProject(json, QStringLiteral("mem.json"));
        QCOMPARE(project.layout.value(QStringLiteral("t-1")), QPointF(40.4, -120));
        QCOMPARE(project.layout.value(QStringLiteral("s.b")), QPointF(300, 0));
        const QByteArray saved = serializeProject(project);
        QVERIFY2(saved.contains(R"("t-1": { "x": 40, "y": -120 })"), saved.constData());
        QVERIFY(!saved.contains("t-gone"));
        const Project again = parseProject(saved, QStringLiteral("again.json"));
        QCOMPARE(again.layout.value(QStringLiteral("t-1")), QPointF(40, -120));
        QCOMPARE(again.layout.size(), 2);
        QCOMPARE(serializeProject(again), saved);
        QVERIFY(!serializeProject(Project{}).contains("layout"));
    }

    void productionSafetyIsReadAndWritten()
    {
        const auto read = [](const char *value) {
            return parseProject(QByteArray(R"({"schemawright": 1, "tables": [], "production_safe": )") + value + "}", QStringLiteral("mem.json"));
        };
        QVERIFY(!read("false").productionSafe);
        QCOMPARE(read("true").productionSafe->lockTimeout, QStringLiteral("5s"));
        const Project project = read(R"({"lock_timeout": "2s", "statement_timeout": "10min"})");
        QCOMPARE(project.productionSafe->statementTimeout, QStringLiteral("10min"));
        QVERIFY(serializeProject(project).contains(R"("production_safe": { "lock_timeout": "2s", "statement_timeout": "10min" })"));
        QCOMPARE(parseProject(serializeProject(project), QStringLiteral("again.json")), project);
        QVERIFY(!serializeProject(Project{}).contains("production_safe"));
    }

    void badFilesAreRejectedNamingTheProblem_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("mentions");
        const QString good = QLatin1String(kGoodColumns);
        QTest::newRow("invalid json") << QByteArray("{\n\"schemawright\": 1,\n\"tables\": [,]\n}") << "invalid-json" << "mem.json:3";
        QTest::newRow("top-level array") << QByteArray("[]") << "not-a-project" << "top level";
        QTest::newRow("no version") << QByteArray(R"({"tables": []})") << "not-a-project" << "schemawright";
        QTest::newRow("wrong version") << QByteArray(R"({"schemawright": 2, "tables": []})") << "unsupported-version" << "version 2";
        QTest::newRow("tables not an array") << QByteArray(R"({"schemawright": 1, "tables": {}})") << "missing-key" << "tables";
        QTest::newRow("unknown history mode") << QByteArray(R"({"schemawright": 1, "tables": [], "history_mode": "sometimes"})")
                                              << "bad-value" << "must be \"row\" or \"statement\"";
        QTest::newRow("schema comment not a string") << QByteArray(R"({"schemawright": 1, "tables": [], "schema_comments": {"app": 5}})")
                                                     << "wrong-json-type" << "comment on schema app";
        QTest::newRow("schema comment on a name past 63 bytes")
            << QByteArray(R"({"schemawright": 1, "tables": [], "schema_comments": {")" + QByteArray(64, 'a') + R"(": "x"}})") << "bad-name" << "63";
        QTest::newRow("layout not an object") << QByteArray(R"({"schemawright": 1, "tables": [], "layout": []})") << "wrong-json-type"
                                              << "\"layout\" must be an object";
        QTest::newRow("position without y") << QByteArray(R"({"schemawright": 1, "tables": [], "layout": {"t-1": {"x": 1}}})")
                                            << "wrong-json-type" << "position of t-1";
        QTest::newRow("position as text") << QByteArray(R"({"schemawright": 1, "tables": [], "layout": {"t-1": {"x": "1", "y": 2}}})")
                                          << "wrong-json-type" << "position of t-1";
        QTest::newRow("production_safe not an object") << QByteArray(R"({"schemawright": 1, "tables": [], "production_safe": "yes"})")
                                                       << "wrong-json-type" << "production_safe";
        QTest::newRow("lock_timeout not a duration") << QByteArray(R"({"schemawright": 1, "tables": [], "production_safe": {"lock_timeout": "5 seconds; DROP"}})")
                                                     << "bad-value" << "lock_timeout must be a duration";
        QTest::newRow("table without name") << projectWithTable(QStringLiteral("{%1}").arg(good)) << "missing-key" << "table #1 has no \"name\"";
        QTest::newRow("column without type")
            << projectWithTable(QStringLiteral(R"({"name": "t", "columns": [{"name": "a"}]})")) << "missing-key" << "table t, column a";
        QTest::newRow("unknown type")
            << projectWithTable(QStringLiteral(R"({"name": "t", "columns": [{"name": "a", "type": "strng"}]})")) << "unknown-type"
            << "table t, column a: unknown type \"strng\"";
        QTest::newRow("nullable not a boolean")
            << projectWithTable(QStringLiteral(R"({"name": "t", "columns": [{"name": "a", "type": "text", "nullable": "no"}]})"))
            << "wrong-json-type" << "column a";
        QTest::newRow("duplicate column")
            << projectWithTable(QStringLiteral(R"({"name": "t", "columns": [{"name": "a", "type": "text"}, {"name": "a", "type": "int"}]})"))
            << "duplicate-name" << "two columns named a";
        QTest::newRow("duplicate table")
            << QStringLiteral(R"({"schemawright": 1, "tables": [{"name": "t", %1}, {"name": "t", %1}]})").arg(good).toUtf8()
            << "duplicate-name" << "two tables named t";
        QTest::newRow("missing key column")
            << projectWithTable(QStringLiteral(R"({"name": "t", %1, "primary_key": ["nope"]})").arg(good)) << "unknown-column"
            << "column nope";
        QTest::newRow("missing index column")
            << projectWithTable(QStringLiteral(R"({"name": "t", %1, "indexes": [{"name": "ix", "columns": ["nope"]}]})").arg(good))
            << "unknown-column" << "index ix names column nope";
        QTest::newRow("column name too long")
            << projectWithTable(QStringLiteral(R"({"name": "t", "columns": [{"name": "%1", "type": "text"}]})").arg(QString(64, QLatin1Char('c'))))
            << "identifier-too-long" << "64 bytes";
        QTest::newRow("declared primary key name too long")
            << projectWithTable(QStringLiteral(R"({"name": "t", %1, "primary_key": ["id"], "primary_key_name": "%2"})").arg(good, QString(64, QLatin1Char('k'))))
            << "identifier-too-long" << "primary key name";
        QTest::newRow("empty column name")
            << projectWithTable(QStringLiteral(R"({"name": "t", "columns": [{"name": "", "type": "text"}]})")) << "invalid-identifier"
            << "empty";
        QTest::newRow("unknown on_delete")
            << QStringLiteral(R"({"schemawright": 1, "tables": [{"name": "t", %1, "primary_key": ["id"]},
                {"name": "u", %1, "foreign_keys": [{"columns": ["id"], "references": "t", "ref_columns": ["id"], "on_delete": "explode"}]}]})")
                   .arg(good).toUtf8()
            << "unknown-action" << "explode";
        QTest::newRow("history column name taken")
            << projectWithTable(QStringLiteral(R"({"name": "t", "columns": [{"name": "operation", "type": "text"}]})")) << "reserved-column"
            << "column operation";
        QTest::newRow("key to a non-unique column")
            << QStringLiteral(R"({"schemawright": 1, "tables": [{"name": "t", %1},
                {"name": "u", %1, "foreign_keys": [{"columns": ["id"], "references": "t", "ref_columns": ["id"]}]}]})")
                   .arg(good).toUtf8()
            << "foreign-key-not-unique" << "neither its primary key nor a unique index";
    }
    void badFilesAreRejectedNamingTheProblem()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, code);
        QFETCH(QString, mentions);
        try {
            parseProject(json, QStringLiteral("mem.json"));
            QFAIL("the file was accepted");
        } catch (const SchemaError &e) {
            QCOMPARE(e.problem().code, code);
            QVERIFY2(e.problem().text().startsWith(QStringLiteral("mem.json")), qPrintable(e.problem().text()));
            QVERIFY2(e.problem().text().contains(mentions), qPrintable(e.problem().text()));
        }
    }

    void connectionProfilesAreKeptWithoutPasswords()
    {
        const QByteArray json = R"({"schemawright": 1, "tables": [],
            "connections": [{"name": "dev", "host": "localhost", "port": "5432", "database": "app", "user": "me", "sslmode": "require"},
                            {"name": "ci", "service": "ci_db"}]})";
        const Project p = parseProject(json, QStringLiteral("mem.json"));
        QCOMPARE(p.connections.size(), 2);
        QCOMPARE(p.connections.first().toConninfo(), QStringLiteral("host='localhost' port='5432' dbname='app' user='me' sslmode='require'"));
        QCOMPARE(p.connections.last().toConninfo(), QStringLiteral("service='ci_db'"));
        QCOMPARE(parseProject(serializeProject(p), QStringLiteral("again.json")), p);
        QVERIFY(!serializeProject(p).contains("password"));
    }

    void aStoredPasswordIsRefused_data()
    {
        QTest::addColumn<QByteArray>("connection");
        QTest::newRow("password key") << QByteArray(R"({"name": "dev", "host": "h", "password": "secret"})");
        QTest::newRow("in a conninfo") << QByteArray(R"({"name": "dev", "conninfo": "host=h password=secret"})");
        QTest::newRow("in a URI") << QByteArray("{\"name\": \"dev\", \"conninfo\": \"postgresql://me:secret@h/app\"}");
    }
    void aStoredPasswordIsRefused()
    {
        QFETCH(QByteArray, connection);
        try {
            parseProject("{\"schemawright\": 1, \"tables\": [], \"connections\": [" + connection + "]}", QStringLiteral("mem.json"));
            QFAIL("a password was accepted");
        } catch (const SchemaError &e) {
            QCOMPARE(e.problem().code, QStringLiteral("password-in-project"));
            QVERIFY(e.problem().text().contains(QStringLiteral(".pgpass")));
        }
    }

    void sqlalchemyUrlsReachTheSameDatabase()
    {
        QCOMPARE(sqlalchemyUrl(QStringLiteral("host=/tmp/s port=5433 dbname=app user=me")),
                 QStringLiteral("postgresql://?host=%2Ftmp%2Fs&port=5433&dbname=app&user=me"));
        QCOMPARE(sqlalchemyUrl(QStringLiteral("postgres://me@h/app")), QStringLiteral("postgresql://me@h/app"));
        QCOMPARE(sqlalchemyUrl(QString()), QStringLiteral("postgresql://"));
        QCOMPARE(conninfoWith(QStringLiteral("host=h"), QStringLiteral("password"), QStringLiteral("it's")), QStringLiteral("host=h password='it\\'s'"));
        QCOMPARE(conninfoWith(QStringLiteral("postgresql://me@h/app"), QStringLiteral("password"), QStringLiteral("a b")),
                 QStringLiteral("postgresql://me@h/app?password=a%20b"));
        // A key given again replaces the first: SQLAlchemy would make a list of the two (alembic then names no database).
        QCOMPARE(sqlalchemyUrl(conninfoWith(QStringLiteral("dbname=a host=h"), QStringLiteral("dbname"), QStringLiteral("b"))),
                 QStringLiteral("postgresql://?host=h&dbname=b"));
        QCOMPARE(conninfoWith(QStringLiteral("postgresql://me@h/a?sslmode=require"), QStringLiteral("dbname"), QStringLiteral("b")),
                 QStringLiteral("postgresql://me@h/b?sslmode=require"));
        QCOMPARE(conninfoWith(QStringLiteral("postgresql://me@h/a?password=x&sslmode=require"), QStringLiteral("password"), QStringLiteral("y")),
                 QStringLiteral("postgresql://me@h/a?sslmode=require&password=y"));
    }

    // What is shown of a connection names its database, never a password, however it was typed.
    void aConnectionIsShownWithoutItsSecrets()
    {
        qunsetenv("PGDATABASE");
        qunsetenv("PGSERVICE");
        qunsetenv("PGUSER");
        QCOMPARE(conninfoDisplayName(QStringLiteral("host=h password=s3cret dbname=app")), QStringLiteral("app"));
        QCOMPARE(conninfoDisplayName(QStringLiteral("host=h password=s3cret user=me")), QStringLiteral("me"));  // libpq's default: the user's name
        QCOMPARE(conninfoDisplayName(QStringLiteral("password=s3cret service=prod")), QStringLiteral("service prod"));
        QCOMPARE(conninfoDisplayName(QStringLiteral("postgresql://me:s3cret@h/app?sslpassword=k3y")), QStringLiteral("app"));
        QCOMPARE(conninfoDisplayName(QStringLiteral("password=s3cret")), QStringLiteral("(libpq's default database)"));
        qputenv("PGDATABASE", "fromenv");
        QCOMPARE(conninfoDisplayName(QStringLiteral("host=h password=s3cret")), QStringLiteral("fromenv"));
        qunsetenv("PGDATABASE");

        QCOMPARE(conninfoWithoutSecrets(QStringLiteral("host=h password=s3cret dbname=app sslpassword='k 3y'")), QStringLiteral("host='h' dbname='app'"));
        const QString uri = conninfoWithoutSecrets(QStringLiteral("postgresql://me:s3cret@h:5433/app?sslpassword=k3y&sslmode=require"));
        QVERIFY2(!uri.contains(QStringLiteral("s3cret")) && !uri.contains(QStringLiteral("k3y")) && uri.contains(QStringLiteral("me@h:5433/app"))
                     && uri.contains(QStringLiteral("sslmode=require")),
                 qPrintable(uri));
        // DATABASE_URL as SQLAlchemy spells it reaches the same database through libpq.
        QCOMPARE(conninfoFromDatabaseUrl(QStringLiteral("postgresql+psycopg2://me@h/app")), QStringLiteral("postgresql://me@h/app"));
        QCOMPARE(conninfoFromDatabaseUrl(QStringLiteral("postgres://me@h/app")), QStringLiteral("postgres://me@h/app"));
        QCOMPARE(conninfoFromDatabaseUrl(QString()), QString());
    }

    // WITH (…) takes name=value; a value that is not a plain word is quoted, a name that is not a word refused.
    void storageParametersAreCheckedAndQuoted()
    {
        QCOMPARE(sql::storageParameter(QStringLiteral("fillfactor=70")), QStringLiteral("fillfactor=70"));
        QCOMPARE(sql::storageParameter(QStringLiteral("toast.autovacuum_enabled=false")), QStringLiteral("toast.autovacuum_enabled=false"));
        QCOMPARE(sql::storageParameter(QStringLiteral("fillfactor=70); DROP TABLE orders; --")), QStringLiteral("fillfactor='70); DROP TABLE orders; --'"));
        QVERIFY_THROWS_EXCEPTION(SchemaError, sql::storageParameter(QStringLiteral("x) WITH (y=1")));
        QString design = QString::fromUtf8(R"({ "schemawright": 1, "tables": [ { "name": "t", "columns": [ { "name": "id", "type": "int" } ],
                                                "with": ["fillfactor=70", "a b=1"] } ] })");
        try {
            parseProject(design.toUtf8(), QStringLiteral("bad.json"));
            QFAIL("a storage parameter whose name is not a word was accepted");
        } catch (const SchemaError &e) {
            QCOMPARE(e.problem().code, QStringLiteral("bad-storage-parameter"));
            QVERIFY2(e.problem().text().contains(QStringLiteral("bad.json")) && e.problem().text().contains(QStringLiteral("a b=1")), qPrintable(e.problem().text()));
        }
        Project edited = parseProject(design.replace(QStringLiteral("\"a b=1\""), QStringLiteral("\"autovacuum_enabled=false\"")).toUtf8(), QStringLiteral("ok.json"));
        edited.tables[0].storageParameters << QStringLiteral("fillfactor=1)--");  // as the designer's field may hold it
        bool refused = false;
        for (const Problem &p : validateProject(edited))
            refused = refused || (p.code == QLatin1String("bad-storage-parameter") && p.table == QLatin1String("t"));
        QVERIFY(!refused);  // the name is a word: the value is quoted when written
        edited.tables[0].storageParameters << QStringLiteral("fill factor=1");
        for (const Problem &p : validateProject(edited))
            refused = refused || (p.code == QLatin1String("bad-storage-parameter") && p.table == QLatin1String("t"));
        QVERIFY(refused);
    }

    void unreadableFileNamesThePath()
    {
        try {
            loadProject(QStringLiteral("/nonexistent/project.json"));
            QFAIL("accepted");
        } catch (const SchemaError &e) {
            QVERIFY(e.problem().text().startsWith(QStringLiteral("/nonexistent/project.json: cannot read")));
        }
    }

    void failedSaveLeavesTheOldFileWhole()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.json"));
        const Project small = parseProject(R"({"schemawright": 1, "tables": [{"name": "t", "columns": [{"name": "a", "type": "text"}]}]})", {});
        saveProject(small, path);
        const QString before = test::readFile(path);
        // A disk that fills up while saving over the same file: as root no
        // permission stops a write, but the file size limit does.
        const Project large = loadProject(test::sourceDir() + QStringLiteral("/migrations/trading.json"));
        QVERIFY(serializeProject(large).size() > before.size() * 4);
        struct rlimit original {};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &original), 0);
        signal(SIGXFSZ, SIG_IGN);
        struct rlimit limited = original;
        limited.rlim_cur = rlim_t(before.size() * 2);
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &limited), 0);
        bool refused = false;
        try {
            saveProject(large, path);
        } catch (const SchemaError &) {
            refused = true;
        }
        bool migrationRefused = false;  // a migration file cut short is never moved into place either
        try {
            writeNewFile(dir.filePath(QStringLiteral("1700000000_create_t_table.py")), serializeProject(large));
        } catch (const SchemaError &) {
            migrationRefused = true;
        }
        setrlimit(RLIMIT_FSIZE, &original);
        QVERIFY(refused);
        QVERIFY(migrationRefused);
        QCOMPARE(test::readFile(path), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("p.json")});  // no temporary left behind
    }
};

QTEST_GUILESS_MAIN(TestProjectFile)
#include "tst_projectfile.moc"
