// PostgreSQL prints an expression back in its own words; the diff and drift
// must see the design's words and the server's as one expression, and still
// see a real change.

#include "sql/expressionform.h"

#include <QTest>

using namespace sw;

class TestExpressionForm : public QObject {
    Q_OBJECT
private slots:
    void theServersSpellingIsTheSameExpression_data()
    {
        QTest::addColumn<QString>("written");
        QTest::addColumn<QString>("printed");
        QTest::newRow("numeric check") << "quantity > 0" << "(quantity > (0)::numeric)";
        QTest::newRow("char default") << "'USD'" << "'USD'::bpchar";
        QTest::newRow("varchar default") << "'PENDING'" << "'PENDING'::character varying";
        QTest::newRow("negative number") << "-1" << "'-1'::integer";
        QTest::newRow("jsonb default") << "'{}'" << "'{}'::jsonb";
        QTest::newRow("in list") << "(status = ANY (ARRAY['A', 'B']))"
                                 << "((status)::text = ANY ((ARRAY['A'::character varying, 'B'::character varying])::text[]))";
        QTest::newRow("and of comparisons") << "price >= 0 AND price < 1000" << "((price >= (0)::numeric) AND (price < (1000)::numeric))";
        QTest::newRow("case") << "keyword case and spaces" << "KEYWORD   CASE AND  SPACES";
        QTest::newRow("quoted lower-case name") << "\"status\" <> ''" << "(status <> ''::text)";
        QTest::newRow("timestamp cast") << "now()" << "now()";
        QTest::newRow("case when") << "CASE WHEN a > 0 THEN 1 ELSE 0 END = 1" << "(CASE WHEN (a > 0) THEN 1 ELSE 0 END = 1)";
        QTest::newRow("double precision") << "ratio < 1" << "(ratio < (1)::double precision)";
        QTest::newRow("length") << "length(code) = 3" << "(length((code)::text) = 3)";
        QTest::newRow("in") << "status IN ('A', 'B')"
                            << "((status)::text = ANY ((ARRAY['A'::character varying, 'B'::character varying])::text[]))";
        QTest::newRow("not in") << "status NOT IN ('A', 'B')" << "((status)::text <> ALL ((ARRAY['A'::character varying, 'B'::character varying])::text[]))";
        QTest::newRow("trim") << "length(trim(code)) > 0" << "(length(TRIM(BOTH FROM code)) > 0)";
        QTest::newRow("like") << "email LIKE '%@%'" << "((email)::text ~~ '%@%'::text)";
        QTest::newRow("not equal") << "a != b" << "(a <> b)";
    }

    void theServersSpellingIsTheSameExpression()
    {
        QFETCH(QString, written);
        QFETCH(QString, printed);
        QVERIFY2(sameExpression(written, printed), qPrintable(comparableExpression(written) + " | " + comparableExpression(printed)));
    }

    void aRealChangeIsStillAChange_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::newRow("constant") << "quantity > 0" << "(quantity > (1)::numeric)";
        QTest::newRow("operator") << "quantity > 0" << "quantity >= 0";
        QTest::newRow("grouping") << "(a + b) * c" << "a + b * c";
        QTest::newRow("or inside and") << "(a OR b) AND c" << "a OR b AND c";
        QTest::newRow("string") << "'USD'" << "'usd'::bpchar";
        QTest::newRow("quoted upper-case name") << "\"Status\" = 1" << "status = 1";
        QTest::newRow("not") << "NOT (a AND b)" << "NOT a AND b";
        QTest::newRow("function") << "now()" << "clock_timestamp()";
        QTest::newRow("sign") << "-1" << "'1'::integer";
        QTest::newRow("in list") << "status IN ('A', 'B')" << "status IN ('A', 'C')";
        QTest::newRow("like pattern") << "email LIKE '%@%'" << "email ILIKE '%@%'";
    }

    void aRealChangeIsStillAChange()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QVERIFY2(!sameExpression(before, after), qPrintable(comparableExpression(before) + " | " + comparableExpression(after)));
    }

    void thePlainSpellingReadsAsAPersonWritesIt_data()
    {
        QTest::addColumn<QString>("printed");
        QTest::addColumn<QString>("plain");
        QTest::newRow("check") << "(quantity > (0)::numeric)" << "quantity > 0";
        QTest::newRow("default") << "'USD'::bpchar" << "'USD'";
        QTest::newRow("negative") << "'-1'::integer" << "-1";
        QTest::newRow("call") << "length((code)::text)" << "length(code)";
        QTest::newRow("array") << "((status)::text = ANY ((ARRAY['A'::character varying, 'B'::character varying])::text[]))"
                               << "status = ANY (ARRAY['A', 'B'])";
        QTest::newRow("and") << "((price >= (0)::numeric) AND (price < (1000)::numeric))" << "price >= 0 AND price < 1000";
        QTest::newRow("arithmetic") << "((a + b) * 2)" << "(a + b) * 2";
        QTest::newRow("function default") << "nextval('orders_id_seq'::regclass)" << "nextval('orders_id_seq')";
    }

    void thePlainSpellingReadsAsAPersonWritesIt()
    {
        QFETCH(QString, printed);
        QFETCH(QString, plain);
        QCOMPARE(plainExpression(printed), plain);
    }

    void noDefaultIsNotADefault()
    {
        QVERIFY(sameExpression(std::optional<QString>(), std::optional<QString>()));
        QVERIFY(!sameExpression(std::optional<QString>(), std::optional<QString>(QStringLiteral("0"))));
        QVERIFY(sameExpression(std::optional<QString>(QStringLiteral("0")), std::optional<QString>(QStringLiteral("(0)::integer"))));
    }
};

QTEST_GUILESS_MAIN(TestExpressionForm)
#include "tst_expressionform.moc"
