// The generated migration, compared whole with reviewed golden files, and the
// rules of docs/generated-sql.md checked on their own.
// SW_UPDATE_GOLDEN=1 rewrites the golden files; review the diff before committing.

#include "conventions.h"
#include "diff/migrationchain.h"
#include "diff/schemadiff.h"
#include "diff/sqlobjectdiff.h"
#include "lint/statementlocks.h"
#include "migration/alembicfile.h"
#include "migration/migrationscript.h"
#include "processes.h"
#include "project/projectfile.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace sw;

namespace {

QString goldenDir() { return qEnvironmentVariable("SW_GOLDEN_DIR"); }

Project projectAt(const QString &relativePath)
{
    return relativePath.isEmpty() ? Project{} : loadProject(test::sourceDir() + QLatin1Char('/') + relativePath);
}

QString render(const Project &from, const Project &to, const QString &message)
{
    const MigrationHeader header{QStringLiteral("1764000000"), QStringLiteral("1763999999"), message,
                                 QDateTime::fromSecsSinceEpoch(1764000000, Qt::UTC)};
    return renderMigrationFile(header, planMigration(from, to));
}

// A lock mark as one line, to compare lists of them whole.
QStringList described(const QList<StatementLockMark> &marks)
{
    QStringList lines;
    for (const StatementLockMark &m : marks) {
        QString line = QStringLiteral("line %1: %2: %3, %4, %5%6").arg(m.line).arg(m.statement.section(QLatin1Char('\n'), 0, 0).trimmed(),
                                                                         lockModeName(m.safety.lock), tableWorkName(m.safety.work), m.safety.table,
                                                                         m.safety.newTable ? QStringLiteral(" (new)") : QString());
        for (const SafetyFinding &f : m.safety.findings)
            line += QStringLiteral("; %1 %2.%3: %4").arg(f.code, f.table, f.column, f.message);
        lines << line;
    }
    return lines;
}

QStringList stepComments(const QList<MigrationStep> &steps)
{
    QStringList comments;
    for (const MigrationStep &s : steps)
        comments << s.comment;
    return comments;
}

} // namespace

class TestGenerator : public QObject {
    Q_OBJECT
private slots:
    void matchesGoldenFile_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::newRow("trading") << "" << "migrations/trading.json";
        QTest::newRow("spec_example") << "" << "tests/data/spec-example.json";
        QTest::newRow("quoting") << "" << "tests/core/golden/quoting.json";
        QTest::newRow("no_history") << "" << "tests/core/golden/no_history.json";
        QTest::newRow("fk_cycle") << "" << "tests/core/golden/fk_cycle.json";
        QTest::newRow("other_schema") << "" << "tests/core/golden/other_schema.json";
        QTest::newRow("long_names") << "" << "tests/core/golden/long_names.json";
        QTest::newRow("add_table") << "migrations/designs/2_orders.json" << "migrations/trading.json";
        QTest::newRow("drop_tables") << "migrations/trading.json" << "migrations/designs/1_accounts.json";
    }
    void matchesGoldenFile()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        const QString actual = render(projectAt(from), projectAt(to), QStringLiteral("golden_%1").arg(QLatin1String(QTest::currentDataTag())));
        const QString path = goldenDir() + QLatin1Char('/') + QLatin1String(QTest::currentDataTag()) + QStringLiteral(".py");
        if (qEnvironmentVariableIsSet("SW_UPDATE_GOLDEN")) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(actual.toUtf8());
        }
        QCOMPARE(actual, test::readFile(path));
    }

    // The preview marks locks from the plan and the line renderMigrationFile
    // put each step's SQL on; the linter reads the same file back. They agree.
    void lockMarksOfAPlanAreWhatTheLinterReadsFromItsFile_data()
    {
        matchesGoldenFile_data();
    }
    void lockMarksOfAPlanAreWhatTheLinterReadsFromItsFile()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        const Project before = projectAt(from);
        Project after = projectAt(to);
        if (QLatin1String(QTest::currentDataTag()) == QLatin1String("drop_tables")) {  // and warnings, risky changes, autocommit blocks
            after = before;
            after.productionSafe = ProductionSafety{};
            Table &orders = after.tables[1];
            orders.columns[1].type = QStringLiteral("varchar(64)");  // only the catalog, as the tables before say
            orders.columns[3].type = QStringLiteral("numeric(20,4)");
            orders.columns[4].nullable = false;
            orders.columns[4].comment = QStringLiteral("status: open, filled or cancelled");
            orders.columns.removeAt(2);
            orders.indexes << Index{QStringLiteral("ix_orders_status"), {QStringLiteral("status")}};
        }
        const MigrationChain chain = planMigrationChain(before, after, QStringLiteral("check_locks"));
        QVERIFY(!chain.migrations.isEmpty());
        const SimulatedSchema schema = SimulatedSchema::of(before);
        bool widened = false;
        for (const ChainedMigration &migration : chain.migrations) {
            QList<int> sqlLines;
            const QString file = renderMigrationFile({QStringLiteral("1764000000"), std::nullopt, migration.message, {}}, migration.plan, &sqlLines);
            QCOMPARE(sqlLines.size(), migration.plan.upgrade.size());
            MigrationLocks locks(schema);
            QList<StatementLockMark> read;
            for (const SqlBlock &block : parseMigrationScript(file, {}).upgrade.executes)
                read += blockLocks(block.sql, block.line, locks);
            QVERIFY(!read.isEmpty());
            QCOMPARE(described(planLocks(migration.plan.upgrade, sqlLines, before)), described(read));
            widened = widened || described(read).filter(QStringLiteral("ALTER COLUMN instrument TYPE")).filter(QStringLiteral("catalog only")).size() == 2;  // and its history table
        }
        QCOMPARE(widened, QLatin1String(QTest::currentDataTag()) == QLatin1String("drop_tables"));
    }

    // A shortened history table name is 60 to 63 bytes: a character is never
    // cut in half. At 60 the linter's schema still knows whose history it is.
    void aShortenedHistoryNameOfSixtyBytesIsKnownAsItsTablesHistory()
    {
        Project p;
        Table t;
        t.name = QString(43, QLatin1Char('a')) + QString::fromUtf8("\xF0\x9F\x98\x80").repeated(5);  // 63 bytes, a 4-byte character at the cut
        t.columns << Column{{}, QStringLiteral("id"), QStringLiteral("bigint"), false, std::nullopt, std::nullopt, {}, {}};
        p.tables << t;
        const QString history = conventions::historyTableName(t.name);
        QCOMPARE(history.toUtf8().size(), 60);
        QCOMPARE(SimulatedSchema::of(p).mainTableOfHistory(history), t.name);
        QCOMPARE(SimulatedSchema::of(p).mainTableOfHistory(QString(52, QLatin1Char('b')) + QStringLiteral("_history")), QString());
    }

    void historyColumnsCarryNoConstraints()
    {
        const QString file = render({}, projectAt(QStringLiteral("tests/data/spec-example.json")), QStringLiteral("create_orders"));
        const qsizetype start = file.indexOf(QStringLiteral("CREATE TABLE orders_history"));
        const QString history = file.mid(start, file.indexOf(QStringLiteral(");"), start) - start);
        QCOMPARE(history.count(QStringLiteral("NOT NULL")), 2);  // operation and changed_at only
        QCOMPARE(history.count(QStringLiteral("DEFAULT")), 1);   // changed_at only
        QVERIFY(history.contains(QStringLiteral("    id BIGINT,")));  // bigserial -> bigint
        QVERIFY(!history.contains(QStringLiteral("REFERENCES")));
        QVERIFY(!history.contains(QStringLiteral("CHECK")));
    }

    void everyBranchListsTheSameColumnsAndUsesOldOrNewRightly()
    {
        const QString file = render({}, projectAt(QStringLiteral("tests/data/spec-example.json")), QStringLiteral("create_orders"));
        static const QRegularExpression branch(QStringLiteral(
            "INSERT INTO orders_history \\(\\s*([^)]*)\\s*\\) VALUES \\(\\s*'(\\w+)', NOW\\(\\), ([^)]*)\\s*\\);\\s*RETURN (\\w+);"));
        QStringList columnLists;
        QMap<QString, QPair<QString, QString>> recordAndReturn;
        for (auto it = branch.globalMatch(file); it.hasNext();) {
            const auto m = it.next();
            columnLists << m.captured(1).simplified();
            const QString firstValue = m.captured(3).trimmed().section(QLatin1Char('.'), 0, 0);
            recordAndReturn.insert(m.captured(2), {firstValue, m.captured(4)});
        }
        QCOMPARE(columnLists.size(), 3);
        QCOMPARE(columnLists.at(0), QStringLiteral("operation, changed_at, id, instrument, quantity, account_id, created_at, updated_at"));
        QCOMPARE(columnLists.at(1), columnLists.at(0));
        QCOMPARE(columnLists.at(2), columnLists.at(0));
        QCOMPARE(recordAndReturn.value(QStringLiteral("DELETE")), qMakePair(QStringLiteral("OLD"), QStringLiteral("OLD")));
        QCOMPARE(recordAndReturn.value(QStringLiteral("UPDATE")), qMakePair(QStringLiteral("OLD"), QStringLiteral("NEW")));
        QCOMPARE(recordAndReturn.value(QStringLiteral("INSERT")), qMakePair(QStringLiteral("NEW"), QStringLiteral("NEW")));
    }

    void createStepsFollowTheHouseOrderAndDowngradeReversesThem()
    {
        const MigrationPlan plan = planMigration({}, projectAt(QStringLiteral("tests/data/spec-example.json")));
        QCOMPARE(stepComments(plan.upgrade),
                 QStringList({"Main table orders", "Indexes of orders", "History table orders_history",
                              "History trigger function orders_history_trigger()", "History triggers on orders",
                              "updated_at trigger on orders", "Comments on orders"}));
        QStringList reversed = stepComments(plan.upgrade);
        std::reverse(reversed.begin(), reversed.end());
        reversed.removeAll(QStringLiteral("Comments on orders"));  // dropped with the table
        QCOMPARE(stepComments(plan.downgrade), reversed);
    }

    void aNewTableIsCommentedLastOnEverythingItHolds()
    {
        Project p = projectAt(QStringLiteral("tests/data/spec-example.json"));
        Table &orders = p.tables[0];
        orders.primaryKeyComment = QStringLiteral("key");
        orders.indexes[0].comment = QStringLiteral("index");
        orders.indexes.append(Index{QStringLiteral("uq_orders_instrument_account_id"), {"instrument", "account_id"}, true});
        orders.indexes.last().constraint = true;
        orders.indexes.last().comment = QStringLiteral("unique constraint");
        orders.foreignKeys[0].comment = QStringLiteral("foreign key");
        orders.foreignKeys[0].notValid = true;
        orders.checks[0].comment = QStringLiteral("check");
        orders.checks[0].notValid = true;
        const MigrationPlan plan = planMigration({}, p);
        for (qsizetype i = 0; i + 1 < plan.upgrade.size(); ++i)
            QVERIFY2(!plan.upgrade.at(i).sql.contains(QStringLiteral("COMMENT ON")), qPrintable(plan.upgrade.at(i).comment));
        QCOMPARE(plan.upgrade.last().comment, QStringLiteral("Comments on orders"));
        for (const char *comment : {"'key'", "'index'", "'unique constraint'", "'foreign key'", "'check'", "'Client orders'"})
            QVERIFY2(plan.upgrade.last().sql.contains(QLatin1String(comment)), comment);
    }

    void tablesAreCreatedAfterTheTablesTheyReference()
    {
        const QStringList order = stepComments(planMigration({}, projectAt(QStringLiteral("migrations/trading.json"))).upgrade)
                                      .filter(QStringLiteral("Main table"));
        QCOMPARE(order, QStringList({"Main table accounts", "Main table orders", "Main table fills"}));
    }

    // Written in the opposite order of their keys, a long chain still comes out
    // referenced first, with no key left for later.
    void aLongChainOfKeysWrittenBackwardsIsCreatedInItsOrder()
    {
        Project project;
        const int count = 300;
        for (int i = 1; i <= count; ++i) {
            Table t;
            t.name = QStringLiteral("t%1").arg(i);
            t.columns << Column{{}, QStringLiteral("id"), QStringLiteral("bigint"), false, std::nullopt, std::nullopt, {}, {}};
            t.primaryKey = QStringList{QStringLiteral("id")};
            if (i < count)
                t.foreignKeys << ForeignKey{{}, {QStringLiteral("id")}, QStringLiteral("t%1").arg(i + 1), {QStringLiteral("id")}, {}, {}, false, {}};
            project.tables << t;
        }
        const QStringList order = stepComments(planMigration({}, project).upgrade).filter(QStringLiteral("Main table"));
        QCOMPARE(order.size(), count);
        for (int i = 0; i < count; ++i)
            QCOMPARE(order.at(i), QStringLiteral("Main table t%1").arg(count - i));
        QVERIFY(stepComments(planMigration({}, project).upgrade).filter(QStringLiteral("reference each other")).isEmpty());
    }

    void aForeignKeyCycleIsClosedAfterBothTablesExist()
    {
        const MigrationPlan plan = planMigration({}, projectAt(QStringLiteral("tests/core/golden/fk_cycle.json")));
        QVERIFY(plan.upgrade.last().sql.startsWith(QStringLiteral("ALTER TABLE")));
        QVERIFY(plan.downgrade.first().sql.contains(QStringLiteral("DROP CONSTRAINT")));
    }

    void aNotValidCommentedKeyInACycleIsAddedOnceAfterBothTablesThenCommented()
    {
        Project p = projectAt(QStringLiteral("tests/core/golden/fk_cycle.json"));
        ForeignKey &toDepartments = p.tables[0].foreignKeys[0];
        toDepartments.notValid = true;
        toDepartments.comment = QStringLiteral("its department");
        const MigrationPlan plan = planMigration({}, p);
        QStringList adds;
        for (const MigrationStep &step : plan.upgrade)
            if (step.sql.contains(QStringLiteral("FOREIGN KEY (department_id)")))
                adds << step.comment;
        QCOMPARE(adds.size(), 1);
        const QString last = plan.upgrade.last().sql;
        QVERIFY(last.contains(QStringLiteral("NOT VALID;\nCOMMENT ON CONSTRAINT fk_employees_department_id ON employees IS 'its department';")));
    }

    void aRenamedTableThatAFunctionStillNamesIsNoted()
    {
        const Project from = projectAt(QStringLiteral("tests/data/evolution/base.json"));
        Project to = from;
        for (Table &t : to.tables)
            if (t.name == QLatin1String("orders"))
                t.name = QStringLiteral("purchases");
        const QStringList notes = diffSchemas(from, to).notes;
        QVERIFY2(notes.contains(QStringLiteral("function public.order_total(p_customer bigint) still names public.orders, which becomes public.purchases: "
                                               "check its definition")), qPrintable(notes.join(QLatin1Char('\n'))));
        QCOMPARE(notes.filter(QStringLiteral("still names")).size(), 2);  // and the view that joins it, not the one reading that view
    }

    void aViewIsReplacedInPlaceOnlyWhileItKeepsItsColumns()
    {
        Project from;
        from.tables = projectAt(QStringLiteral("tests/data/evolution/base.json")).tables;
        SqlObject view;
        view.name = QStringLiteral("totals");
        view.definition = QStringLiteral("SELECT customer_id, sum(amount) AS total FROM orders GROUP BY customer_id");
        from.sqlObjects << view;
        const auto replaced = [&](const QString &definition) {
            Project to = from;
            to.sqlObjects[0].definition = definition;
            return replaceableInPlace(from.sqlObjects[0], to.sqlObjects[0], from, to);
        };
        QVERIFY(replaced(QStringLiteral("SELECT customer_id, sum(amount) AS total FROM orders WHERE amount > 0 GROUP BY customer_id")));
        QVERIFY(!replaced(QStringLiteral("SELECT customer_id, sum(amount) AS total, count(*) AS n FROM orders GROUP BY customer_id")));  // not back down
        QVERIFY(!replaced(QStringLiteral("SELECT customer_id, max(amount) AS total FROM orders GROUP BY customer_id")));  // its type may change
        QVERIFY(!replaced(QStringLiteral("SELECT customer_id, sum(amount) AS total FROM customers GROUP BY customer_id")));  // another table
        QVERIFY(!replaced(QStringLiteral("WITH o AS (SELECT * FROM orders) SELECT customer_id, sum(amount) AS total FROM o GROUP BY customer_id")));
    }

    void aColumnChangeTakesDownOnlyTheViewsOverItsTable()
    {
        Project from = projectAt(QStringLiteral("tests/data/evolution/base.json"));
        SqlObject tagCount;
        tagCount.name = QStringLiteral("tag_count");
        tagCount.definition = QStringLiteral("SELECT count(*) AS tags FROM tags");
        from.sqlObjects << tagCount;
        Project to = from;
        for (Table &t : to.tables)
            for (Column &c : t.columns)
                if (t.name == QLatin1String("orders") && c.name == QLatin1String("amount"))
                    c.type = QStringLiteral("numeric(12,2)");
        const QStringList steps = stepComments(planMigration(from, to).upgrade);
        QVERIFY2(steps.contains(QStringLiteral("View customer_totals (a column it reads changes; made again below)")), qPrintable(steps.join(QLatin1Char('\n'))));
        QVERIFY2(steps.filter(QStringLiteral("tag_count")).isEmpty(), qPrintable(steps.join(QLatin1Char('\n'))));
    }

    void noDifferenceGivesAnEmptyPlan()
    {
        const Project p = projectAt(QStringLiteral("migrations/trading.json"));
        QVERIFY(planMigration(p, p).isEmpty());
    }
    // A key or check that was NOT VALID and is valid now is validated in place
    // (no drop and add under a lock that blocks writes); the way back makes it
    // NOT VALID again.
    void aConstraintThatBecomesValidIsValidatedNotRemade()
    {
        Project before = projectAt(QStringLiteral("migrations/trading.json"));
        for (Table &t : before.tables)
            if (t.name == QLatin1String("fills")) {
                t.checks[0].notValid = true;
                t.foreignKeys[0].notValid = true;
            }
        const MigrationPlan plan = planMigration(before, projectAt(QStringLiteral("migrations/trading.json")));
        QStringList up, down;
        for (const MigrationStep &s : plan.upgrade)
            up << s.sql;
        for (const MigrationStep &s : plan.downgrade)
            down << s.sql;
        QCOMPARE(up.join(QLatin1Char('\n')), QStringLiteral("ALTER TABLE fills VALIDATE CONSTRAINT ck_fills_quantity_positive;\n"
                                                           "ALTER TABLE fills VALIDATE CONSTRAINT fk_fills_order_id;"));
        QVERIFY2(down.join(QLatin1Char('\n')).contains(QStringLiteral("ALTER TABLE fills DROP CONSTRAINT fk_fills_order_id;\nALTER TABLE fills\n    ADD CONSTRAINT fk_fills_order_id "))
                     && down.join(QLatin1Char('\n')).contains(QStringLiteral("ON DELETE CASCADE NOT VALID;"))
                     && down.join(QLatin1Char('\n')).contains(QStringLiteral("ADD CONSTRAINT ck_fills_quantity_positive CHECK (quantity > 0) NOT VALID;")),
                 qPrintable(down.join(QLatin1Char('\n'))));
    }

    // Without production_safe a change is one migration, whatever it does;
    // with it, a change that only adds a table to nothing existing stays one.
    void aChainIsOneMigrationUnlessOnlineFormsNeedMore()
    {
        const Project from = projectAt(QStringLiteral("migrations/trading.json"));
        Project to = from;
        to.tables[1].indexes << Index{QStringLiteral("ix_orders_status"), {QStringLiteral("status")}};
        QCOMPARE(planMigrationChain(from, to, QStringLiteral("index_orders_status")).migrations.size(), 1);
        to.productionSafe = ProductionSafety{};
        const MigrationChain chain = planMigrationChain(from, to, QStringLiteral("index_orders_status"));
        QCOMPARE(chain.migrations.size(), 1);  // the bounds alone are no change: only the index migration
        QCOMPARE(chain.migrations.first().message, QStringLiteral("index_orders_status_index_ix_orders_status"));
        Project newTable = from;
        newTable.productionSafe = ProductionSafety{};
        newTable.tables << Table{};
        newTable.tables.last().name = QStringLiteral("notes");
        newTable.tables.last().columns << Column{};
        newTable.tables.last().columns.last().name = QStringLiteral("body");
        newTable.tables.last().columns.last().type = QStringLiteral("text");
        newTable.tables.last().indexes << Index{QStringLiteral("ix_notes_body"), {QStringLiteral("body")}};
        const MigrationChain created = planMigrationChain(from, newTable, QStringLiteral("create_notes_table"));
        QCOMPARE(created.migrations.size(), 1);  // an index on a new, empty table is built with it
    }
};

QTEST_GUILESS_MAIN(TestGenerator)
#include "tst_generator.moc"
