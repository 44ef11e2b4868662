// Migration messages, revision ids, the chain of a folder, and SQL escaping
// for op.execute().

#include "migration/alembicfile.h"
#include "migration/migrationfolder.h"
#include "migration/migrationmessage.h"
#include "migration/migrationpath.h"
#include "problem.h"
#include "migration/migrationscript.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace sw;

namespace {

void writeScript(const QTemporaryDir &dir, const QString &name, const QString &revision, const QString &down)
{
    QFile f(dir.filePath(name));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QStringLiteral("\"\"\"x\"\"\"\nrevision = \"%1\"\ndown_revision = %2\n").arg(revision, down).toUtf8());
}

} // namespace

class TestMigrationRules : public QObject {
    Q_OBJECT
private slots:
    void descriptiveSnakeCaseMessagesAreAccepted()
    {
        for (const char *m : {"create_orders_table", "add_status_column_to_orders", "add_index_on_instrument", "drop_fills"})
            QVERIFY2(migrationMessageProblem(QLatin1String(m)).isEmpty(), m);
    }

    void vagueMessagesAreRefusedWithAHint()
    {
        for (const char *m : {"update_schema", "fix_db", "changes", "migration_v2", "misc_fixes", "wip", "update_tables"}) {
            const QString problem = migrationMessageProblem(QLatin1String(m));
            QVERIFY2(problem.contains(QStringLiteral("vague")), m);
            QVERIFY(problem.contains(QStringLiteral("create_orders_table")));
        }
    }

    void messagesMustBeSnakeCase()
    {
        for (const char *m : {"Create orders", "create-orders", "createOrders", "_create_orders", "create__orders", ""})
            QVERIFY2(!migrationMessageProblem(QLatin1String(m)).isEmpty(), m);
    }

    void theHeadIsTheRevisionNobodyRevises()
    {
        QTemporaryDir dir;
        writeScript(dir, QStringLiteral("1700000000_a.py"), QStringLiteral("1700000000"), QStringLiteral("None"));
        writeScript(dir, QStringLiteral("1700000100_b.py"), QStringLiteral("1700000100"), QStringLiteral("'1700000000'"));
        QFile helper(dir.filePath(QStringLiteral("__init__.py")));
        QVERIFY(helper.open(QIODevice::WriteOnly));
        helper.close();
        const auto scripts = readMigrationFolder(dir.path());
        QCOMPARE(scripts.size(), 2);
        QCOMPARE(scripts.at(1).downRevisions, QStringList{QStringLiteral("1700000000")});
        QCOMPARE(scripts.at(1).revisionLine, 2);
        QCOMPARE(headRevisions(scripts), QStringList{QStringLiteral("1700000100")});

        writeScript(dir, QStringLiteral("1700000200_c.py"), QStringLiteral("1700000200"), QStringLiteral("'1700000000'"));
        QCOMPARE(headRevisions(readMigrationFolder(dir.path())).size(), 2);
    }

    void newRevisionsSortAfterTheNewest()
    {
        QTemporaryDir dir;
        writeScript(dir, QStringLiteral("1800000000_a.py"), QStringLiteral("1800000000"), QStringLiteral("None"));
        const auto scripts = readMigrationFolder(dir.path());
        QCOMPARE(nextRevision(1700000000, scripts), QStringLiteral("1800000001"));
        QCOMPARE(nextRevision(1900000000, scripts), QStringLiteral("1900000000"));
    }

    void pathsFollowAlembicTargets()
    {
        QList<MigrationScript> scripts;
        for (const char *rev : {"1", "2", "3"}) {
            MigrationScript s;
            s.info.revision = QLatin1String(rev);
            if (s.info.revision != QLatin1String("1"))
                s.info.downRevisions << QString::number(s.info.revision.toInt() - 1);
            scripts << s;
        }
        const auto chain = linearChain(scripts);
        const auto revisions = [](const QList<MigrationStepPlan> &steps) {
            QStringList r;
            for (const MigrationStepPlan &s : steps)
                r << s.toRevision.value_or(QStringLiteral("base"));
            return r;
        };
        QCOMPARE(revisions(planPath(chain, std::nullopt, QStringLiteral("head"), Direction::Upgrade)), QStringList({"1", "2", "3"}));
        QCOMPARE(revisions(planPath(chain, QStringLiteral("1"), QStringLiteral("+1"), Direction::Upgrade)), QStringList({"2"}));
        QCOMPARE(revisions(planPath(chain, QStringLiteral("3"), QStringLiteral("-2"), Direction::Downgrade)), QStringList({"2", "1"}));
        QCOMPARE(revisions(planPath(chain, QStringLiteral("3"), QStringLiteral("base"), Direction::Downgrade)), QStringList({"2", "1", "base"}));
        QCOMPARE(revisions(planPath(chain, QStringLiteral("2"), QStringLiteral("2"), Direction::Upgrade)), QStringList());
        QVERIFY_THROWS_EXCEPTION(SchemaError, planPath(chain, QStringLiteral("3"), QStringLiteral("1"), Direction::Upgrade));
        QVERIFY_THROWS_EXCEPTION(SchemaError, planPath(chain, QStringLiteral("1"), QStringLiteral("-2"), Direction::Downgrade));
        QVERIFY_THROWS_EXCEPTION(SchemaError, planPath(chain, QStringLiteral("9"), QStringLiteral("head"), Direction::Upgrade));
        QVERIFY_THROWS_EXCEPTION(SchemaError, planPath(chain, std::nullopt, QStringLiteral("7"), Direction::Upgrade));

        scripts[2].info.downRevisions = QStringList{QStringLiteral("1")};  // 2 and 3 both follow 1
        try {
            linearChain(scripts);
            QFAIL("two heads made a chain");
        } catch (const SchemaError &e) {
            QCOMPARE(e.problem().code, QStringLiteral("several-heads"));
        }
    }

    void sqlSurvivesPythonAndSqlalchemyText()
    {
        // Colons SQLAlchemy's text() would take for bind parameters are escaped;
        // casts, := and times are not.
        QCOMPARE(escapeSqlForAlembic(QStringLiteral("SELECT ':name', x::int, '12:30'")),
                 QStringLiteral("SELECT '\\\\:name', x::int, '12:30'"));
        QCOMPARE(escapeSqlForAlembic(QStringLiteral("a ~ '\\d'")), QStringLiteral("a ~ '\\\\d'"));
        QVERIFY(!escapeSqlForAlembic(QStringLiteral("say \"\"\"hi\"\"\"")).contains(QLatin1String("\"\"\"")));
        // Written into a migration file and read back, the SQL is unchanged.
        for (const char *sql : {"SELECT ':name', x::int", "a ~ '\\d'", "x = \"q\"", "x = '\"\"\"'"}) {
            MigrationPlan plan;
            plan.upgrade << MigrationStep{QStringLiteral("step"), QLatin1String(sql)};
            const QString file = renderMigrationFile({QStringLiteral("1"), std::nullopt, QStringLiteral("add_thing"), {}}, plan);
            const MigrationScript script = parseMigrationScript(file, {});
            QCOMPARE(script.upgrade.executes.size(), 1);
            QCOMPARE(script.upgrade.executes.first().sql.trimmed(), QLatin1String(sql));
        }
    }
    // Steps that run outside the transaction are written in one autocommit
    // block and read back as such; what follows the block at the function's
    // level is in the transaction again.
    void anAutocommitBlockIsWrittenAndReadBack()
    {
        MigrationPlan plan;
        MigrationStep inside{QStringLiteral("Index"), QStringLiteral("CREATE INDEX CONCURRENTLY ix ON t (a);")};
        inside.autocommit = true;
        plan.upgrade << MigrationStep{QStringLiteral("Before"), QStringLiteral("SELECT 1;")} << inside << inside
                     << MigrationStep{QStringLiteral("After"), QStringLiteral("COMMENT ON INDEX ix IS 'x';")};
        const QString file = renderMigrationFile({QStringLiteral("1"), std::nullopt, QStringLiteral("index_things"), {}}, plan);
        QCOMPARE(file.count(QStringLiteral("with op.get_context().autocommit_block():")), 1);
        const MigrationScript script = parseMigrationScript(file, {});
        QVERIFY(script.upgrade.isPlainSql());
        QCOMPARE(script.upgrade.executes.size(), 4);
        QCOMPARE(script.upgrade.executes.at(0).autocommit, false);
        QCOMPARE(script.upgrade.executes.at(1).autocommit, true);
        QCOMPARE(script.upgrade.executes.at(2).autocommit, true);
        QCOMPARE(script.upgrade.executes.at(3).autocommit, false);
        QVERIFY(script.upgrade.hasAutocommit() && !script.downgrade.hasAutocommit());
        // Written by hand, nested in another block, single quotes: the same reading.
        const MigrationScript byHand = parseMigrationScript(QStringLiteral("def upgrade():\n"
                                                                           "    with op.get_context().autocommit_block():\n"
                                                                           "        op.execute('DROP INDEX CONCURRENTLY ix')\n"
                                                                           "    op.execute('SELECT 1')\n"
                                                                           "\n\ndef downgrade():\n    pass\n"), {});
        QCOMPARE(byHand.upgrade.executes.size(), 2);
        QVERIFY(byHand.upgrade.executes.at(0).autocommit && !byHand.upgrade.executes.at(1).autocommit);
        QCOMPARE(byHand.upgrade.executes.at(0).line, 3);
    }
};

QTEST_GUILESS_MAIN(TestMigrationRules)
#include "tst_migrationrules.moc"
