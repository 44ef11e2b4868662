// Every kind of change, on a database that already holds rows, through the
// real alembic: the rows stay, the history keeps recording every column, and
// the downgrade gives back exactly the schema of before (pg_dump --schema-only).

#include "alembichelpers.h"
#include "conventions.h"
#include "evolutioncases.h"
#include "project/projectfile.h"
#include "testdatabase.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sw;
using namespace sw::test;

namespace {

const QString kTotalRows = QStringLiteral(
    "SELECT sum((xpath('/row/c/text()', query_to_xml(format('SELECT count(*) AS c FROM %I.%I', schemaname, tablename), "
    "false, true, '')))[1]::text::int) FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema') AND tablename <> 'alembic_version' "
    "AND (SELECT relkind FROM pg_class WHERE oid = format('%I.%I', schemaname, tablename)::regclass) = 'r'");  // a partitioned table's rows are its partitions'


// Whether `sql` runs; what it did is rolled back either way.
bool succeeds(const TestDatabase &db, const QString &sql)
{
    try {
        db.exec(QStringLiteral("DO $probe$ BEGIN %1; RAISE EXCEPTION 'sw-probe-ran'; END $probe$").arg(sql));
    } catch (const std::exception &e) {
        return QString::fromUtf8(e.what()).contains(QLatin1String("sw-probe-ran"));
    }
    return false;
}

// `table` is a name in public, or schema.name.
QStringList columnsOf(const TestDatabase &db, const QString &table)
{
    const QString schema = table.contains(QLatin1Char('.')) ? table.section(QLatin1Char('.'), 0, 0) : QStringLiteral("public");
    QStringList names;
    for (const QStringList &row : db.rows(QStringLiteral("SELECT column_name FROM information_schema.columns "
                                                         "WHERE table_schema = '%1' AND table_name = '%2' ORDER BY ordinal_position")
                                              .arg(schema, table.section(QLatin1Char('.'), -1))))
        names << row.first();
    return names;
}

} // namespace

class TestEvolutionRoundTrip : public QObject {
    Q_OBJECT
private slots:
    void populatedRoundTrip_data()
    {
        QTest::addColumn<int>("index");
        const auto cases = evolutionCases();
        for (int i = 0; i < cases.size(); ++i)
            QTest::newRow(qPrintable(cases.at(i).name)) << i;
    }
    void populatedRoundTrip()
    {
        QFETCH(int, index);
        const EvolutionCase evolution = evolutionCases().at(index);
        QTemporaryDir dir;
        const QString env = dir.filePath(QStringLiteral("env"));
        QCOMPARE(runCli({QStringLiteral("init"), env}).exitCode, 0);
        Project changed = evolutionBase();
        evolution.change(changed);
        saveProject(changed, dir.filePath(QStringLiteral("changed.json")));
        const QString base = sourceDir() + QStringLiteral("/tests/data/evolution/base.json");
        ProcessResult r = runCli({QStringLiteral("generate"), QStringLiteral("--to"), base, QStringLiteral("--message"),
                                  QStringLiteral("create_base_tables"), QStringLiteral("--out"), env, QStringLiteral("--revision"), QStringLiteral("1764000000")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runCli({QStringLiteral("generate"), QStringLiteral("--from"), base, QStringLiteral("--to"), dir.filePath(QStringLiteral("changed.json")),
                    QStringLiteral("--message"), QStringLiteral("evolve_base_tables"), QStringLiteral("--out"), env});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        TestDatabase db;
        // The base is the stage, the same for every case: the real alembic builds it in the first,
        // our own upgrade (a tenth of alembic's start-up) in the others. The change under test
        // always runs in alembic, up, down and up again.
        if (index == 0) {
            SW_ALEMBIC(env, db, QStringLiteral("upgrade"), QStringLiteral("1764000000"));
        } else {
            r = runCli({QStringLiteral("upgrade"), QStringLiteral("1764000000"), QStringLiteral("--db"), db.conninfo(), QStringLiteral("--migrations"), env});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        }
        db.exec(evolutionSeedSql());
        const QString dumpBefore = db.schemaDump();
        const QString rowsBefore = db.scalar(kTotalRows);

        const QString stamps = QStringLiteral("SELECT string_agg(updated_at::text, ',' ORDER BY id) FROM customers");
        const QString updatedAtBefore = db.scalar(stamps);
        SW_ALEMBIC(env, db, QStringLiteral("upgrade"), QStringLiteral("head"));
        if (evolution.keepsAllRows)
            QCOMPARE(db.scalar(kTotalRows), rowsBefore);
        // The database is now what the new design says, in drift's eyes too.
        const ProcessResult drift = runCli({QStringLiteral("drift"), QStringLiteral("--project"), dir.filePath(QStringLiteral("changed.json")),
                                            QStringLiteral("--db"), db.conninfo()});
        QVERIFY2(drift.exitCode == 0, qPrintable(drift.out + drift.err));
        // A migration backfilling values is no user's update.
        if (db.scalar(QStringLiteral("SELECT count(*) FROM information_schema.columns WHERE table_name = 'customers' AND column_name = 'updated_at'")) == QLatin1String("1"))
            QCOMPARE(db.scalar(stamps), updatedAtBefore);

        if (!evolution.failsAfterUpgrade.isEmpty())
            QVERIFY2(!succeeds(db, evolution.failsAfterUpgrade), qPrintable(evolution.failsAfterUpgrade));
        if (!evolution.failsAfterDowngrade.isEmpty())
            QVERIFY2(succeeds(db, evolution.failsAfterDowngrade), qPrintable(evolution.failsAfterDowngrade));

        const QString history = conventions::historyTableName(evolution.table);
        const Table *checked = changed.findTable(evolution.table, QStringLiteral("public"));
        QVERIFY(checked);
        if (checked->history) {
            // The history table mirrors its table, and new changes land in it whole.
            const QStringList mainColumns = columnsOf(db, evolution.table);
            QCOMPARE(columnsOf(db, history).mid(3), mainColumns);
            db.exec(evolution.dml);
            const QList<QStringList> recorded = db.rows(QStringLiteral(
                "SELECT operation, (SELECT string_agg(key, ',') FROM jsonb_object_keys(to_jsonb(h) - 'history_id' - 'operation' - 'changed_at') key) "
                "FROM (SELECT * FROM %1 ORDER BY history_id DESC LIMIT 3) h ORDER BY history_id").arg(history));
            QCOMPARE(recorded.size(), 3);
            QStringList sortedColumns = mainColumns;
            sortedColumns.sort();  // jsonb orders keys by length, then bytes; compare as sets
            for (int i = 0; i < 3; ++i) {
                QCOMPARE(recorded.at(i).first(), QStringList({"INSERT", "UPDATE", "DELETE"}).at(i));
                QStringList keys = recorded.at(i).at(1).split(QLatin1Char(','));
                keys.sort();
                QCOMPARE(keys, sortedColumns);
            }
            QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM %1 h WHERE changed_at IS NULL").arg(history)), QStringLiteral("0"));
            db.exec(QStringLiteral("DELETE FROM %1 WHERE history_id > (SELECT max(history_id) - 3 FROM %1)").arg(history));
        } else {
            QCOMPARE(db.scalar(QStringLiteral("SELECT to_regclass('%1') IS NULL").arg(history)), QStringLiteral("t"));
            const QString rows = db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(evolution.table));
            db.exec(evolution.dml);  // runs on the changed table, and leaves it as it was
            QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(evolution.table)), rows);
        }

        SW_ALEMBIC(env, db, QStringLiteral("downgrade"), QStringLiteral("-1"));
        QCOMPARE(db.schemaDump(), dumpBefore);
        if (!evolution.failsAfterUpgrade.isEmpty())
            QVERIFY2(succeeds(db, evolution.failsAfterUpgrade), qPrintable(evolution.failsAfterUpgrade));
        if (!evolution.failsAfterDowngrade.isEmpty())
            QVERIFY2(!succeeds(db, evolution.failsAfterDowngrade), qPrintable(evolution.failsAfterDowngrade));
        SW_ALEMBIC(env, db, QStringLiteral("upgrade"), QStringLiteral("head"));
    }
};

QTEST_GUILESS_MAIN(TestEvolutionRoundTrip)
#include "tst_evolution_roundtrip.moc"
