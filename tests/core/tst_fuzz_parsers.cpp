// Deterministic mutation fuzzing of every parser that reads user files:
// project JSON, migration files, SQL and trigger functions. Bad input may be
// rejected (SchemaError) but must never crash or hang.

#include "diff/schemadiff.h"
#include "history/historyfunction.h"
#include "lint/migrationlinter.h"
#include "lint/statementlocks.h"
#include "migration/alembicfile.h"
#include "migration/migrationscript.h"
#include "processes.h"
#include "project/projectfile.h"
#include "sql/ddlreader.h"
#include "sql/indexdefinition.h"
#include "sql/sequencesql.h"
#include "sql/sqlobjectsql.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace sw;

namespace {

constexpr int kRounds = 1500;

// Bytes that break parsers; a NUL needs its length spelled out ("\x00" is empty).
const QList<QByteArray> &interestingBytes()
{
    static const QList<QByteArray> interesting = {"\"", "'", "$$", "(", ")", ",", ";", "\\", "\n", "{", "}", "[", "]", ":", "null",
                                             "\"\"\"", "--", "/*", "\xff", QByteArray("\0", 1), "1e999", "-1", "op.execute(",
                                             "IF (TG_OP = 'X') THEN"};
    return interesting;
}

QByteArray mutate(QByteArray input, QRandomGenerator &random)
{
    const QList<QByteArray> &interesting = interestingBytes();
    const int edits = 1 + int(random.bounded(4));
    for (int i = 0; i < edits && !input.isEmpty(); ++i) {
        const qsizetype at = random.bounded(int(input.size()));
        switch (random.bounded(4)) {
        case 0: input.remove(at, 1 + random.bounded(8)); break;
        case 1: input.insert(at, interesting.at(random.bounded(int(interesting.size())))); break;
        case 2: input[at] = char(random.bounded(256)); break;
        case 3: input.truncate(at); break;
        }
    }
    return input;
}

// A seed; without it a round fuzzes nothing, so a missing one stops the test.
QByteArray sourceFile(const QString &relative)
{
    QFile f(test::sourceDir() + QLatin1Char('/') + relative);
    if (!f.open(QIODevice::ReadOnly) || f.size() == 0)
        qFatal("cannot read the seed %s (run through ctest, which sets SW_SOURCE_DIR)", qPrintable(f.fileName()));
    return f.readAll();
}

} // namespace

class TestFuzzParsers : public QObject {
    Q_OBJECT
private slots:
    // Every mangled project is either refused with a message naming its file, or
    // loads, writes back to text that loads as the same design, and generates.
    void projectFilesLoadTheSameAgainOrAreRefusedNamingTheFile()
    {
        QRandomGenerator random(20261124);
        const QByteArray seeds[] = {sourceFile(QStringLiteral("migrations/trading.json")), sourceFile(QStringLiteral("tests/data/evolution/base.json")),
                                    sourceFile(QStringLiteral("tests/core/golden/quoting.json"))};
        int accepted = 0, refused = 0;
        for (int i = 0; i < kRounds; ++i) {
            const QByteArray input = mutate(seeds[i % 3], random);
            std::optional<Project> loaded;
            try {
                loaded = parseProject(input, QStringLiteral("fuzz.json"));
            } catch (const SchemaError &e) {
                ++refused;
                QVERIFY2(e.problem().file == QLatin1String("fuzz.json") && !e.problem().message.trimmed().isEmpty(), qPrintable(e.problem().text()));
                continue;
            }
            ++accepted;
            const Project again = parseProject(serializeProject(*loaded), QStringLiteral("again.json"));
            QVERIFY2(again == *loaded, qPrintable(QString::fromUtf8(input)));
            try {
                planMigration({}, *loaded);  // whatever loads also generates, or says why not
            } catch (const SchemaError &e) {
                QVERIFY2(!e.problem().message.trimmed().isEmpty(), qPrintable(QString::fromUtf8(input)));
            }
        }
        QVERIFY2(accepted > kRounds / 20 && refused > kRounds / 20, qPrintable(QStringLiteral("%1 accepted, %2 refused").arg(accepted).arg(refused)));
    }

    void migrationFilesNeverCrash()
    {
        QRandomGenerator random(7);
        const QString base = QStringLiteral("tests/core/golden/");
        const QByteArray seeds[] = {sourceFile(base + QStringLiteral("trading.py")), sourceFile(base + QStringLiteral("quoting.py")),
                                    sourceFile(base + QStringLiteral("evolution/rename_table.py")),
                                    sourceFile(QStringLiteral("tests/data/lint/not_understood/1700000100_add_indexes_on_orders.py")),
                                    sourceFile(QStringLiteral("tests/data/lint-safe/1700000200_index_instrument_on_orders.py"))};  // an autocommit block
        int parsedWithSql = 0;
        for (int i = 0; i < kRounds; ++i) {
            const QString text = QString::fromUtf8(mutate(seeds[i % 5], random));
            const MigrationScript script = parseMigrationScript(text, {});
            const int lines = int(text.count(QLatin1Char('\n'))) + 1;
            for (const SqlBlock &block : script.upgrade.executes + script.downgrade.executes) {
                // Every block points into the file it came from.
                QVERIFY2(block.line >= 1 && block.line <= lines, qPrintable(QStringLiteral("line %1 of %2").arg(block.line).arg(lines)));
                for (const sql::DdlAction &action : sql::readDdl(block.sql))
                    if (action.kind == sql::DdlAction::Kind::CreateFunction)
                        checkHistoryFunction(readHistoryFunction(action.body), QStringLiteral("f"), QStringList{QStringLiteral("id")});
            }
            parsedWithSql += script.upgrade.executes.isEmpty() ? 0 : 1;
        }
        // The mutations leave most files readable: the parser was really exercised.
        QVERIFY2(parsedWithSql > kRounds / 2, qPrintable(QString::number(parsedWithSql)));
    }

    // pg_get_indexdef text read back into an Index: never a crash, and what it
    // accepts writes back exactly what it read.
    void indexDefinitionsNeverCrashAndRoundTrip()
    {
        QRandomGenerator random(11);
        const QByteArray seeds[] = {
            "CREATE UNIQUE INDEX \"Ix\"\"q\" ON public.orders USING btree (lower((note)::text), created_at DESC NULLS LAST) INCLUDE (amount) WHERE (amount > (0)::numeric)",
            "CREATE INDEX ix ON s.\"T t\" USING gin (tags) WHERE ((kind)::text = ANY ((ARRAY['a,b'::character varying, 'c)'::character varying])::text[]))",
            "CREATE INDEX ix ON public.t USING btree (a) WITH (fillfactor='70')"};
        Table columns;
        for (const char *name : {"note", "created_at", "amount", "tags", "kind", "a"})
            columns.columns << Column{{}, QLatin1String(name), QStringLiteral("text"), true, std::nullopt, std::nullopt, {}, {}};
        int accepted = 0;
        for (int i = 0; i < kRounds; ++i) {
            const QString text = QString::fromUtf8(i < 3 ? seeds[i] : mutate(seeds[i % 3], random));
            const std::optional<Index> index = sql::indexFromDefinition(text, columns);
            sql::splitElements(text);
            if (!index)
                continue;
            ++accepted;
            QVERIFY(!index->name.isEmpty() && !index->columns.isEmpty());
        }
        QVERIFY2(accepted >= 2, qPrintable(QString::number(accepted)));
        QVERIFY(!sql::indexFromDefinition(QString::fromUtf8(seeds[2]), columns));  // storage parameters: more than a design holds
        QCOMPARE(sql::splitElements(QStringLiteral("a, coalesce(b, 'x,y'), \"c,d\"")),
                 QStringList({QStringLiteral("a"), QStringLiteral("coalesce(b, 'x,y')"), QStringLiteral("\"c,d\"")}));
    }

    // Sequence options as the designer's Sequence cell takes them: never a crash,
    // and what it accepts is what sequenceOptions() writes back.
    void sequenceOptionsNeverCrashAndRoundTrip()
    {
        QRandomGenerator random(13);
        const QByteArray seed = "START WITH 100 INCREMENT BY -5 MINVALUE -9223372036854775808 MAXVALUE 99999 CACHE 20 CYCLE";
        int accepted = 0;
        for (int i = 0; i < kRounds; ++i) {
            const std::optional<SequenceOptions> options = sql::parseSequenceOptions(QString::fromUtf8(i == 0 ? seed : mutate(seed, random)));
            if (!options)
                continue;
            ++accepted;
            QCOMPARE(sql::parseSequenceOptions(sql::sequenceOptions(*options)), options);
        }
        QVERIFY2(accepted >= 2, qPrintable(QString::number(accepted)));
        QCOMPARE(sql::sequenceOptions(*sql::parseSequenceOptions(QStringLiteral("increment 5 start 1 no cycle"))), QStringLiteral("START WITH 1 INCREMENT BY 5"));
        QVERIFY(sql::parseSequenceOptions(QString()).value().isDefault());
        for (const char *refused : {"START WITH", "INCREMENT BY x", "START 1 2", "RESTART 4", "MAXVALUE 99999999999999999999"})
            QVERIFY2(!sql::parseSequenceOptions(QLatin1String(refused)), refused);
    }

    // What generate reads in a view's or routine's text the team wrote: the
    // SELECT list, the routine's header, the names it mentions. A mangled text
    // is refused with a message, or planned into a migration file that reads
    // back step for step; and the design compared with itself needs nothing.
    void sqlObjectTextIsPlannedOrRefusedWithAMessage()
    {
        QRandomGenerator random(12);
        const QByteArray seeds[] = {"SELECT c.id, coalesce(sum(o.amount), 0) AS \"total, all\" FROM customers c LEFT JOIN orders o ON (o.customer_id = c.id) GROUP BY 1",
                                    "CREATE OR REPLACE FUNCTION f(a integer DEFAULT 1) RETURNS text LANGUAGE plpgsql AS $f$ BEGIN RETURN 'a''b'; END $f$"};
        Project from = parseProject(sourceFile(QStringLiteral("tests/data/evolution/base.json")), QStringLiteral("base.json"));
        int planned = 0;
        for (int i = 0; i < kRounds; ++i) {
            const QString text = QString::fromUtf8(mutate(seeds[i % 2], random));
            sql::selectList(text);
            sql::routineHeader(text);
            Project to = from;
            to.sqlObjects[i % 3].definition = text;
            MigrationPlan plan;
            try {
                plan = planMigration(from, to);
            } catch (const SchemaError &e) {
                QVERIFY2(!e.problem().message.trimmed().isEmpty(), qPrintable(text));
                continue;
            }
            ++planned;
            QVERIFY2(planMigration(to, to).isEmpty(), qPrintable(text));
            const QString file = renderMigrationFile(MigrationHeader{QStringLiteral("1700000000"), std::nullopt, QStringLiteral("fuzz"), {}}, plan);
            const MigrationScript script = parseMigrationScript(file, {});
            QVERIFY2(script.upgrade.isPlainSql() && script.downgrade.isPlainSql(), qPrintable(file));
            QCOMPARE(script.upgrade.executes.size(), plan.upgrade.size());
            QCOMPARE(script.downgrade.executes.size(), plan.downgrade.size());
        }
        QVERIFY2(planned > kRounds / 4, qPrintable(QString::number(planned)));
    }

    // Each statement's lock and risks read from mangled SQL: never a crash,
    // always a lock mode and a work that exist.
    void statementLocksNeverCrash()
    {
        QRandomGenerator random(11);
        QByteArray seeds[4];
        int n = 0;
        for (const char *fixture : {"lock_foreign_key/1700000100_link_orders_to_parent_orders.py", "lock_serial_primary_key/1700000200_add_id_to_notes.py",
                                    "lock_volatile_default/1700000100_add_token_to_orders.py"})
            seeds[n++] = sourceFile(QStringLiteral("tests/data/lint/") + QLatin1String(fixture));
        seeds[3] = sourceFile(QStringLiteral("tests/data/lint-safe/1700000100_widen_and_require_columns_on_orders.py"));
        SimulatedSchema schema;
        schema.tables.insert(QStringLiteral("orders"), {sql::ColumnDefinition{QStringLiteral("instrument"), QStringLiteral("varchar(32)")}});
        int withFindings = 0;
        for (int i = 0; i < kRounds; ++i) {
            MigrationLocks locks(schema), again(schema);
            for (const sql::Statement &statement : sql::splitStatements(QString::fromUtf8(mutate(seeds[i % 4], random)))) {
                const StatementSafety safety = locks.analyse(statement.text);
                // The same statement read again says the same; a finding is about the statement's table, which it locks.
                const StatementSafety second = again.analyse(statement.text);
                QCOMPARE(second.lock, safety.lock);
                QCOMPARE(second.work, safety.work);
                QCOMPARE(second.findings.size(), safety.findings.size());
                for (const SafetyFinding &f : safety.findings) {
                    QVERIFY2(!f.code.isEmpty() && !f.message.isEmpty(), qPrintable(statement.text));
                    QVERIFY2(f.table == safety.table && safety.lock != LockMode::None, qPrintable(statement.text));
                }
                withFindings += safety.findings.isEmpty() ? 0 : 1;
            }
        }
        QVERIFY2(withFindings > kRounds / 30, qPrintable(QString::number(withFindings)));  // the risky statements were really read
    }

    // A NUL byte, which some readers take for the end of the text: refused naming the file, or read whole.
    void aNulByteIsRefusedOrReadWhole()
    {
        QVERIFY(interestingBytes().contains(QByteArray(1, '\0')));
        QByteArray project = sourceFile(QStringLiteral("migrations/trading.json"));
        project.insert(project.indexOf("\"tables\""), QByteArray("\0", 1));
        try {
            parseProject(project, QStringLiteral("nul.json"));
            QFAIL("a project with a NUL byte before its tables was accepted");
        } catch (const SchemaError &e) {
            QCOMPARE(e.problem().file, QStringLiteral("nul.json"));
        }
        QByteArray migration = sourceFile(QStringLiteral("tests/core/golden/trading.py"));
        const QByteArray marker = "def downgrade";
        migration.insert(migration.indexOf(marker) - 1, QByteArray("# \0\n", 4));
        const MigrationScript script = parseMigrationScript(QString::fromUtf8(migration), {});
        QVERIFY(script.downgrade.present && !script.downgrade.executes.isEmpty());  // read past the NUL
    }

    void lintSurvivesMangledFolders()
    {
        QRandomGenerator random(11);
        const QDir source(test::sourceDir() + QStringLiteral("/migrations/versions"));
        int roundsWithFindings = 0;
        for (int round = 0; round < 40; ++round) {
            QTemporaryDir dir;
            QHash<QString, int> lineCounts;
            for (const QString &name : source.entryList({QStringLiteral("*.py")})) {
                QFile out(dir.filePath(name));
                QVERIFY(out.open(QIODevice::WriteOnly));
                QFile in(source.filePath(name));
                QVERIFY(in.open(QIODevice::ReadOnly));
                const QByteArray mangled = mutate(in.readAll(), random);
                out.write(mangled);
                lineCounts.insert(out.fileName(), int(mangled.count('\n')) + 1);
            }
            const QList<Problem> findings = lintMigrationFolder(dir.path());
            // Every finding names a file of the folder and a line inside it.
            for (const Problem &p : findings) {
                QVERIFY2(p.file.isEmpty() || lineCounts.contains(p.file), qPrintable(p.text()));
                QVERIFY2(p.line >= 0 && p.line <= lineCounts.value(p.file, 0) + 1, qPrintable(p.text()));
            }
            roundsWithFindings += hasErrors(findings) ? 1 : 0;
        }
        // Mangled migrations are noticed, not waved through.
        QVERIFY2(roundsWithFindings > 20, qPrintable(QString::number(roundsWithFindings)));
    }
};

QTEST_GUILESS_MAIN(TestFuzzParsers)
#include "tst_fuzz_parsers.moc"
