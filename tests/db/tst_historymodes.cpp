// History written once per statement ("history_mode": "statement") records
// exactly the rows row-by-row history records, for statements that touch many
// rows too; switching a populated table between the modes is a migration the
// real alembic runs both ways, with `check` clean after each.

#include "alembichelpers.h"
#include "project/projectfile.h"
#include "testdatabase.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sw;
using namespace sw::test;

namespace {

// Statements that touch several rows at once, and one that touches none.
const QString kManyRows = QStringLiteral(
    "INSERT INTO items (name, qty) VALUES ('a', 1), ('b', 2), ('c', 3);"
    "UPDATE items SET qty = qty * 10 WHERE qty >= 2;"
    "UPDATE items SET name = 'none' WHERE qty < 0;"
    "DELETE FROM items WHERE name IN ('a', 'c');"
    "INSERT INTO items (name, qty) SELECT 'd' || i, i FROM generate_series(1, 3) i;");

const QString kRecorded = QStringLiteral("SELECT operation, id, name, qty FROM items_history ORDER BY history_id");

Project itemsDesign(const QString &historyMode)
{
    Table items;
    items.id = QStringLiteral("t-items");
    items.name = QStringLiteral("items");
    items.columns = {Column{QStringLiteral("c-id"), QStringLiteral("id"), QStringLiteral("serial"), false},
                     Column{QStringLiteral("c-name"), QStringLiteral("name"), QStringLiteral("text"), false},
                     Column{QStringLiteral("c-qty"), QStringLiteral("qty"), QStringLiteral("integer"), true}};
    items.primaryKey = QStringList{QStringLiteral("id")};
    items.historyMode = historyMode;
    Project p;
    p.tables << items;
    return p;
}

} // namespace

class TestHistoryModes : public QObject {
    Q_OBJECT
private slots:
    void perStatementRecordsWhatPerRowRecords()
    {
        QTemporaryDir dir;
        const QString env = dir.filePath(QStringLiteral("env"));
        QCOMPARE(runCli({QStringLiteral("init"), env}).exitCode, 0);
        saveProject(itemsDesign({}), dir.filePath(QStringLiteral("row.json")));
        saveProject(itemsDesign(QStringLiteral("statement")), dir.filePath(QStringLiteral("statement.json")));
        ProcessResult r = runCli({QStringLiteral("generate"), QStringLiteral("--to"), dir.filePath(QStringLiteral("row.json")), QStringLiteral("--message"),
                                  QStringLiteral("create_items"), QStringLiteral("--out"), env, QStringLiteral("--revision"), QStringLiteral("1764000000")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runCli({QStringLiteral("generate"), QStringLiteral("--from"), dir.filePath(QStringLiteral("row.json")), QStringLiteral("--to"),
                    dir.filePath(QStringLiteral("statement.json")), QStringLiteral("--message"), QStringLiteral("items_history_per_statement"),
                    QStringLiteral("--out"), env, QStringLiteral("--revision"), QStringLiteral("1764000600")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const ProcessResult lint = runCli({QStringLiteral("lint"), QStringLiteral("--migrations"), env});  // both forms pass the guide's checklist
        QVERIFY2(lint.exitCode == 0, qPrintable(lint.out + lint.err));

        TestDatabase db;
        SW_ALEMBIC(env, db, QStringLiteral("upgrade"), QStringLiteral("1764000000"));
        db.exec(kManyRows);
        const QList<QStringList> perRow = db.rows(kRecorded);
        QCOMPARE(perRow.size(), 3 + 2 + 2 + 3);
        const QString dumpPerRow = db.schemaDump();

        db.exec(QStringLiteral("INSERT INTO items (name, qty) VALUES ('kept', 7)"));  // the switch keeps rows and history
        SW_ALEMBIC(env, db, QStringLiteral("upgrade"), QStringLiteral("head"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM items_history")), QString::number(perRow.size() + 1));
        for (const QString &project : {QStringLiteral("statement.json")}) {
            const ProcessResult check = runCli({QStringLiteral("check"), QStringLiteral("--db"), db.conninfo()});
            QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
            const ProcessResult drift = runCli({QStringLiteral("drift"), QStringLiteral("--db"), db.conninfo(), QStringLiteral("--project"), dir.filePath(project)});
            QVERIFY2(drift.exitCode == 0, qPrintable(drift.out + drift.err));
        }
        // Against the row-by-row design, drift says how the triggers fire.
        const ProcessResult drift = runCli({QStringLiteral("drift"), QStringLiteral("--db"), db.conninfo(), QStringLiteral("--project"), dir.filePath(QStringLiteral("row.json"))});
        QVERIFY2(drift.exitCode == 1 && drift.out.contains(QStringLiteral("fire per statement in the database; the design says per row")), qPrintable(drift.out));

        db.exec(QStringLiteral("TRUNCATE items, items_history RESTART IDENTITY"));
        db.exec(kManyRows);
        QCOMPARE(db.rows(kRecorded), perRow);

        SW_ALEMBIC(env, db, QStringLiteral("downgrade"), QStringLiteral("-1"));
        QCOMPARE(db.schemaDump(), dumpPerRow);
        const ProcessResult check = runCli({QStringLiteral("check"), QStringLiteral("--db"), db.conninfo()});
        QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
    }

    // A statement-level trigger whose function reads OLD/NEW row by row writes
    // nothing useful: `check` says so, naming the trigger.
    void aStatementTriggerOverARowFunctionIsNamed()
    {
        TestDatabase db;
        db.exec(QStringLiteral("CREATE TABLE items (id serial PRIMARY KEY, name text);"
                               "CREATE TABLE items_history (history_id bigserial PRIMARY KEY, operation varchar(10) NOT NULL,"
                               " changed_at timestamptz NOT NULL DEFAULT now(), id integer, name text);"
                               "CREATE FUNCTION items_history_trigger() RETURNS trigger AS $$ BEGIN"
                               " IF (TG_OP = 'DELETE') THEN INSERT INTO items_history (operation, changed_at, id, name) VALUES ('DELETE', NOW(), OLD.id, OLD.name); RETURN OLD;"
                               " ELSIF (TG_OP = 'UPDATE') THEN INSERT INTO items_history (operation, changed_at, id, name) VALUES ('UPDATE', NOW(), OLD.id, OLD.name); RETURN NEW;"
                               " ELSIF (TG_OP = 'INSERT') THEN INSERT INTO items_history (operation, changed_at, id, name) VALUES ('INSERT', NOW(), NEW.id, NEW.name); RETURN NEW;"
                               " END IF; RETURN NULL; END; $$ LANGUAGE plpgsql;"
                               "CREATE TRIGGER items_history_insert AFTER INSERT ON items REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION items_history_trigger();"
                               "CREATE TRIGGER items_history_update AFTER UPDATE ON items FOR EACH ROW EXECUTE FUNCTION items_history_trigger();"
                               "CREATE TRIGGER items_history_delete AFTER DELETE ON items FOR EACH ROW EXECUTE FUNCTION items_history_trigger();"));
        const ProcessResult check = runCli({QStringLiteral("check"), QStringLiteral("--db"), db.conninfo()});
        QCOMPARE(check.exitCode, 1);
        QVERIFY2(check.out.contains(QStringLiteral("trigger items_history_insert on items is AFTER INSERT REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT")),
                 qPrintable(check.out));
        QVERIFY2(!check.out.contains(QStringLiteral("items_history_update")), qPrintable(check.out));
    }
};

QTEST_GUILESS_MAIN(TestHistoryModes)
#include "tst_historymodes.moc"
