// Every kind of change to an existing design, as a whole migration compared
// with its reviewed golden file, and the changes that must be refused.
// SW_UPDATE_GOLDEN=1 rewrites the golden files; review the diff before committing.

#include "diff/schemadiff.h"
#include "evolutioncases.h"
#include "migration/alembicfile.h"
#include "problem.h"
#include "processes.h"

#include <QFile>
#include <QTest>

using namespace sw;

namespace {

QString render(const Project &from, const Project &to)
{
    const MigrationHeader header{QStringLiteral("1764000600"), QStringLiteral("1764000000"), QStringLiteral("evolve_design"),
                                 QDateTime::fromSecsSinceEpoch(1764000600, Qt::UTC)};
    return renderMigrationFile(header, planMigration(from, to));
}

Table &tableNamed(Project &p, const QString &name)
{
    return *std::find_if(p.tables.begin(), p.tables.end(), [&](const Table &t) { return t.name == name; });
}

QString refusal(const Project &from, const Project &to)
{
    try {
        planMigration(from, to);
    } catch (const SchemaError &e) {
        return e.problem().code + QLatin1Char(' ') + e.problem().text();
    }
    return {};
}

} // namespace

class TestEvolution : public QObject {
    Q_OBJECT
private slots:
    void matchesGoldenFile_data()
    {
        QTest::addColumn<int>("index");
        const auto cases = test::evolutionCases();
        for (int i = 0; i < cases.size(); ++i)
            QTest::newRow(qPrintable(cases.at(i).name)) << i;
    }
    void matchesGoldenFile()
    {
        QFETCH(int, index);
        const test::EvolutionCase evolution = test::evolutionCases().at(index);
        const Project base = test::evolutionBase();
        Project changed = base;
        evolution.change(changed);
        const QString actual = render(base, changed);
        const QString path = test::sourceDir() + QStringLiteral("/tests/core/golden/evolution/") + evolution.name + QStringLiteral(".py");
        if (qEnvironmentVariableIsSet("SW_UPDATE_GOLDEN")) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(actual.toUtf8());
        }
        QCOMPARE(actual, test::readFile(path));
    }

    void renameIsNotDropAndAdd()
    {
        Project base = test::evolutionBase(), changed = base;
        tableNamed(changed, QStringLiteral("customers")).columns[2].name = QStringLiteral("full_name");
        const QString file = render(base, changed);
        QVERIFY(file.contains(QStringLiteral("ALTER TABLE customers RENAME COLUMN name TO full_name;")));
        QVERIFY(file.contains(QStringLiteral("ALTER TABLE customers_history RENAME COLUMN name TO full_name;")));
        QVERIFY(!file.contains(QStringLiteral("DROP COLUMN")));
        QVERIFY(!file.contains(QStringLiteral("ADD COLUMN")));
    }

    void everyColumnChangeKeepsTheThreePlacesInStep()
    {
        Project base = test::evolutionBase(), changed = base;
        tableNamed(changed, QStringLiteral("orders")).columns << Column{{}, QStringLiteral("status"), QStringLiteral("text"), true, {}, {}, {}, {}};
        const MigrationPlan plan = planMigration(base, changed);
        QStringList comments;
        for (const MigrationStep &s : plan.upgrade)
            comments << s.comment;
        QCOMPARE(comments, QStringList({"Add columns to orders", "Add columns to orders_history",
                                        "History trigger function orders_history_trigger(), rewritten whole"}));
        QVERIFY(plan.upgrade.at(1).sql.contains(QStringLiteral("ADD COLUMN status TEXT;")));
        QVERIFY(plan.upgrade.at(2).sql.contains(QStringLiteral("NEW.status")));
        QVERIFY(plan.downgrade.first().sql.contains(QStringLiteral("CREATE OR REPLACE FUNCTION orders_history_trigger()")));
        QVERIFY(!plan.downgrade.first().sql.contains(QStringLiteral("status")));
    }

    void notNullWithoutDefaultOrFillIsRefused()
    {
        Project base = test::evolutionBase(), changed = base;
        tableNamed(changed, QStringLiteral("orders")).columns << Column{{}, QStringLiteral("status"), QStringLiteral("text"), false, {}, {}, {}, {}};
        const QString why = refusal(base, changed);
        QVERIFY2(why.startsWith(QStringLiteral("not-null-without-fill table orders, column status:")), qPrintable(why));
        QVERIFY(why.contains(QStringLiteral("fill")));
    }

    void historyColumnsNeverGetNotNull()
    {
        Project base = test::evolutionBase(), changed = base;
        tableNamed(changed, QStringLiteral("orders")).columns << Column{{}, QStringLiteral("status"), QStringLiteral("text"), false,
                                                                        QStringLiteral("'NEW'"), {}, {}, {}};
        const MigrationPlan plan = planMigration(base, changed);
        QCOMPARE(plan.upgrade.at(1).sql, QStringLiteral("ALTER TABLE orders_history ADD COLUMN status TEXT;"));
    }

    void lossyTypeChangesAreFlaggedInTheFile()
    {
        Project base = test::evolutionBase(), changed = base;
        tableNamed(changed, QStringLiteral("orders")).columns[2].type = QStringLiteral("integer");
        const QString file = render(base, changed);
        QVERIFY(file.contains(QStringLiteral("# WARNING: Changing orders.amount from NUMERIC(10,2) to INTEGER can lose")));
    }

    void aColumnMoveRewritesOnlyTheTriggerFunctionAndNotesTheOrder()
    {
        Project base = test::evolutionBase(), changed = base;
        QVERIFY(changed.tables[0].history);
        changed.tables[0].columns.swapItemsAt(1, 2);
        const SchemaChange change = diffSchemas(base, changed);
        // The function follows the design's order, so that the next
        // migration's downgrade, written from this design, gives it back.
        QCOMPARE(change.plan.upgrade.size(), 1);
        QVERIFY(change.plan.upgrade.first().sql.contains(QStringLiteral("CREATE OR REPLACE FUNCTION customers_history_trigger()")));
        QCOMPARE(change.plan.downgrade.size(), 1);
        QCOMPARE(change.notes.size(), 1);
        QVERIFY(change.notes.first().contains(QStringLiteral("cannot reorder")));

        changed.tables[0].history = base.tables[0].history = false;
        QVERIFY(diffSchemas(base, changed).plan.isEmpty());
    }

    void droppingAReferencedTableIsRefused()
    {
        Project base = test::evolutionBase(), changed = base;
        changed.tables.removeFirst();  // customers, which orders still references
        const QString why = refusal(base, changed);
        QVERIFY2(why.startsWith(QStringLiteral("reference-to-dropped-table table orders:")), qPrintable(why));
        QVERIFY(why.contains(QStringLiteral("fk_orders_customer_id")) && why.contains(QStringLiteral("customers")));
        tableNamed(changed, QStringLiteral("orders")).foreignKeys.clear();
        QVERIFY(refusal(base, changed).isEmpty());
    }

    void serialChangesAreRefused()
    {
        Project base = test::evolutionBase(), changed = base;
        tableNamed(changed, QStringLiteral("tags")).columns[0].type = QStringLiteral("integer");
        QVERIFY(refusal(base, changed).contains(QStringLiteral("serial")));
    }
};

QTEST_GUILESS_MAIN(TestEvolution)
#include "tst_evolution.moc"
