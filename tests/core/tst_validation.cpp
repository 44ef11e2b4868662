#include "conventions.h"
#include "model/validation.h"

#include <QRandomGenerator>
#include <QTest>

using namespace sw;

namespace {

Table table(const QString &name, const QStringList &columns)
{
    Table t;
    t.name = name;
    for (const QString &c : columns)
        t.columns << Column{{}, c, QStringLiteral("text"), true, std::nullopt, std::nullopt, {}, {}};
    return t;
}

QStringList codes(const QList<Problem> &problems)
{
    QStringList result;
    for (const Problem &p : problems)
        result << p.code;
    return result;
}

} // namespace

class TestValidation : public QObject {
    Q_OBJECT
private slots:
    void reservedWordsAndCapitalsAreAccepted()
    {
        Project p;
        p.tables << table(QStringLiteral("Order Items"), {QStringLiteral("user"), QStringLiteral("select"), QStringLiteral("Value")});
        QVERIFY(validateProject(p).isEmpty());
    }

    // Two 60-byte table names that differ only in their last byte: every name the
    // conventions derive for them fits 63 bytes, keeps its ending, and no two are alike.
    void longTableNamesGetShortenedDerivedNamesThatStayApart()
    {
        Project p;
        for (const QChar last : {QLatin1Char('a'), QLatin1Char('b')}) {
            Table t = table(QString(59, QLatin1Char('t')) + last, {QStringLiteral("updated_at"), QString(40, QLatin1Char('c'))});
            t.columns << Column{{}, QString(30, QLatin1Char('s')), QStringLiteral("integer"), false, std::nullopt, std::nullopt, {}, {}};
            t.primaryKey = {QString(30, QLatin1Char('s'))};
            t.indexes << Index{{}, {QString(40, QLatin1Char('c'))}, true, {}};
            t.checks << Check{{}, QStringLiteral("true"), {}};
            p.tables << t;
        }
        QVERIFY2(validateProject(p).isEmpty(), qPrintable(validateProject(p).value(0).message));
        QSet<QString> seen;
        for (const Table &t : p.tables)
            for (const conventions::DerivedName &derived : conventions::derivedNames(t)) {
                QVERIFY2(derived.name.toUtf8().size() <= 63, qPrintable(derived.name));
                const QString key = (derived.relation ? QStringLiteral("relation ") : derived.what + QLatin1Char(' ')) + derived.name;
                QVERIFY2(!seen.contains(key), qPrintable(key));  // a function and its trigger may share a name
                seen << key;
            }
        const QString history = conventions::historyTableName(p.tables.first().name);
        QCOMPARE(history.size(), 63);
        QVERIFY(history.endsWith(QStringLiteral("_history")));
        QVERIFY(conventions::historyFunctionName(p.tables.first().name).endsWith(QStringLiteral("_history_trigger")));
        QCOMPARE(conventions::historyTableName(QStringLiteral("orders")), QStringLiteral("orders_history"));  // short names as they were
    }

    // PostgreSQL names a serial column's sequence itself, cutting the table
    // name short; two tables alike in their first 56 bytes would get the same
    // name, and the server would pick another one for the second that the
    // design cannot know. Refused, naming both tables.
    void serialSequencesThatTheServerWouldNameAlikeAreRefused()
    {
        Project p;
        for (const QChar last : {QLatin1Char('a'), QLatin1Char('b')})
            p.tables << table(QString(59, QLatin1Char('t')) + last, {QStringLiteral("id")});
        for (Table &t : p.tables)
            t.columns.first().type = QStringLiteral("bigserial");
        const QList<Problem> problems = validateProject(p);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().message.contains(p.tables.at(0).name) && problems.first().message.contains(p.tables.at(1).name), qPrintable(problems.first().message));
    }

    void aDeclaredNamePastSixtyThreeBytesIsRefused()
    {
        Project p;
        Table t = table(QStringLiteral("t"), {QStringLiteral("a")});
        t.primaryKey = {QStringLiteral("a")};
        t.primaryKeyName = QString(64, QLatin1Char('k'));
        p.tables << t;
        const QList<Problem> problems = validateProject(p);
        QCOMPARE(codes(problems), QStringList{QStringLiteral("identifier-too-long")});
        QVERIFY(problems.first().message.contains(QStringLiteral("primary key name")));
    }

    void anIndexCannotTakeATablesName()
    {
        Project p;
        Table t = table(QStringLiteral("orders"), {QStringLiteral("a")});
        t.indexes << Index{QStringLiteral("orders_history"), {QStringLiteral("a")}, false, {}};
        p.tables << t;
        const QList<Problem> problems = validateProject(p);
        QCOMPARE(codes(problems), QStringList{QStringLiteral("duplicate-name")});
        QVERIFY(problems.first().message.contains(QStringLiteral("orders_history")));
    }

    // A function or trigger of the design's own that the conventions already
    // make from a table is refused, whatever else the design holds before it.
    void anObjectTheConventionsMakeIsRefused()
    {
        Project p;
        p.tables << table(QStringLiteral("orders"), {QStringLiteral("a")});
        SqlObject view;
        view.name = QStringLiteral("open_orders");
        view.definition = QStringLiteral("SELECT a FROM orders");
        p.sqlObjects << view;
        QVERIFY(validateProject(p).isEmpty());
        SqlObject function;
        function.kind = SqlObject::Kind::Function;
        function.name = conventions::historyFunctionName(QStringLiteral("orders"));
        function.definition = QStringLiteral("CREATE FUNCTION x() RETURNS trigger AS $$ BEGIN RETURN NULL; END $$ LANGUAGE plpgsql");
        p.sqlObjects << function;
        QList<Problem> problems = validateProject(p);
        QCOMPARE(codes(problems), QStringList{QStringLiteral("duplicate-name")});
        QVERIFY(problems.first().message.contains(QStringLiteral("the conventions make this one")));
        p.tables.first().history = false;
        QVERIFY(validateProject(p).isEmpty());
    }

    void aKeyToATableOutsideTheProjectIsRefusedUnlessMarkedExternal()
    {
        Project p;
        Table t = table(QStringLiteral("orders"), {QStringLiteral("account_id")});
        t.foreignKeys << ForeignKey{{}, {QStringLiteral("account_id")}, QStringLiteral("accounts"), {QStringLiteral("id")}, {}, {}, false, {}};
        p.tables << t;
        QList<Problem> problems = validateProject(p);
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().isError());
        QCOMPARE(problems.first().table, QStringLiteral("orders"));
        QVERIFY(problems.first().message.contains(QStringLiteral("fk_orders_account_id references table accounts")));
        p.tables[0].foreignKeys[0].external = true;
        problems = validateProject(p);
        QCOMPARE(problems.size(), 1);
        QVERIFY(!problems.first().isError());
    }

    void foreignKeyColumnCountsMustMatch()
    {
        Project p;
        Table target = table(QStringLiteral("a"), {QStringLiteral("x"), QStringLiteral("y")});
        target.primaryKey = QStringList{QStringLiteral("x"), QStringLiteral("y")};
        Table source = table(QStringLiteral("b"), {QStringLiteral("x")});
        source.foreignKeys << ForeignKey{{}, {QStringLiteral("x")}, QStringLiteral("a"), {QStringLiteral("x"), QStringLiteral("y")}, {}, {}, false, {}};
        p.tables << target << source;
        QCOMPARE(codes(validateProject(p)), QStringList{QStringLiteral("foreign-key-mismatch")});
    }
    // A design edited step by step, the kind of edit the designer makes: what
    // validation remembers between runs never changes what it says.
    void aVerdictRememberedBetweenEditsIsTheVerdictAfresh()
    {
        Project p;
        for (int i = 0; i < 30; ++i) {
            Table t = table(QStringLiteral("t%1").arg(i), {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("ref")});
            t.primaryKey = QStringList{QStringLiteral("id")};
            if (i > 0)
                t.foreignKeys << ForeignKey{{}, {QStringLiteral("ref")}, QStringLiteral("t%1").arg(i - 1), {QStringLiteral("id")}, {}, {}, false, {}};
            p.tables << t;
        }
        QRandomGenerator random(5);
        const auto any = [&](qsizetype n) { return int(random.bounded(int(n))); };
        for (int step = 0; step < 600; ++step) {
            Table &t = p.tables[any(p.tables.size())];
            switch (any(9)) {
            case 0: t.columns[any(t.columns.size())].name = QStringLiteral("c%1").arg(any(4)); break;        // a key's column may go
            case 1: t.columns[any(t.columns.size())].type = any(2) ? QStringLiteral("mood") : QStringLiteral("integer"); break;  // a type of the design, or not
            case 2: t.name = QStringLiteral("t%1").arg(any(40)); break;                                        // a target may vanish or clash
            case 3: t.primaryKey = any(2) ? QStringList{QStringLiteral("id")} : QStringList{}; break;
            case 4: t.indexes = {Index{QStringLiteral("ix_%1").arg(any(5)), {QStringLiteral("name")}}}; break;  // names that may clash
            case 5: p.types = any(2) ? QList<TypeDefinition>{} : QList<TypeDefinition>{TypeDefinition{QStringLiteral("mood"), QStringLiteral("public")}}; break;
            case 6: if (p.tables.size() > 5) p.tables.removeAt(any(p.tables.size())); break;
            case 7: p.tables << table(QStringLiteral("t%1").arg(any(40)), {QStringLiteral("id")}); break;
            case 8: t.foreignKeys = {ForeignKey{{}, {QStringLiteral("ref")}, QStringLiteral("t%1").arg(any(40)), {QStringLiteral("id")}, {}, {}, false, {}}}; break;
            }
            const QList<Problem> remembered = validateProject(p);
            QCOMPARE(remembered, validateProjectAfresh(p));
            QCOMPARE(validateProject(p), remembered);  // and remembered again, from what afresh left
        }
    }
};

QTEST_APPLESS_MAIN(TestValidation)
#include "tst_validation.moc"
