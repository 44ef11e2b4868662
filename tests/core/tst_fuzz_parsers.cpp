// Deterministic mutation fuzzing of every parser that reads user files:
// project JSON, migration files, SQL and trigger functions. Bad input may be
// rejected (SchemaError) but must never crash or hang.

#include "diff/schemadiff.h"
#include "history/historyfunction.h"
#include "lint/migrationlinter.h"
#include "lint/statementlocks.h"
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

QByteArray sourceFile(const QString &relative)
{
    QFile f(test::sourceDir() + QLatin1Char('/') + relative);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestFuzzParsers : public QObject {
    Q_OBJECT
private slots:
    void projectFilesNeverCrash()
    {
        QRandomGenerator random(20261124);
        const QByteArray seeds[] = {sourceFile(QStringLiteral("migrations/trading.json")), sourceFile(QStringLiteral("tests/data/evolution/base.json")),
                                    sourceFile(QStringLiteral("tests/core/golden/quoting.json"))};
        int accepted = 0;
        for (int i = 0; i < kRounds; ++i) {
            const QByteArray input = mutate(seeds[i % 3], random);
            try {
                const Project p = parseProject(input, QStringLiteral("fuzz.json"));
                planMigration({}, p);  // whatever loads must also generate
                ++accepted;
            } catch (const SchemaError &) {
            }
        }
        QVERIFY(accepted < kRounds);
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
    // SELECT list, the routine's header, the names it mentions. Never a crash.
    void sqlObjectTextNeverCrashes()
    {
        QRandomGenerator random(12);
        const QByteArray seeds[] = {"SELECT c.id, coalesce(sum(o.amount), 0) AS \"total, all\" FROM customers c LEFT JOIN orders o ON (o.customer_id = c.id) GROUP BY 1",
                                    "CREATE OR REPLACE FUNCTION f(a integer DEFAULT 1) RETURNS text LANGUAGE plpgsql AS $f$ BEGIN RETURN 'a''b'; END $f$"};
        Project from = parseProject(sourceFile(QStringLiteral("tests/data/evolution/base.json")), QStringLiteral("base.json"));
        for (int i = 0; i < kRounds; ++i) {
            const QString text = QString::fromUtf8(mutate(seeds[i % 2], random));
            sql::selectList(text);
            sql::routineHeader(text);
            Project to = from;
            to.sqlObjects[i % 3].definition = text;
            planMigration(from, to);
        }
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
        for (int i = 0; i < kRounds; ++i) {
            MigrationLocks locks(schema);
            for (const sql::Statement &statement : sql::splitStatements(QString::fromUtf8(mutate(seeds[i % 4], random)))) {
                const StatementSafety safety = locks.analyse(statement.text);
                QVERIFY(int(safety.lock) >= int(LockMode::None) && int(safety.lock) <= int(LockMode::AccessExclusive));
                QVERIFY(!tableWorkName(safety.work).isEmpty());
                for (const SafetyFinding &f : safety.findings)
                    QVERIFY(!f.code.isEmpty() && !f.message.isEmpty());
            }
        }
    }

    void aNulByteIsAmongTheInjectedBytes()
    {
        QVERIFY(interestingBytes().contains(QByteArray(1, '\0')));
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
