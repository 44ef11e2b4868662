#include "columntype.h"

#include <QTest>

using namespace sw;

class TestColumnType : public QObject {
    Q_OBJECT
private slots:
    void everyDocumentedTypeParses_data()
    {
        QTest::addColumn<QString>("written");
        QTest::addColumn<QString>("canonical");
        const QList<QPair<QString, QString>> cases = {
            {"bigserial", "bigserial"}, {"serial", "serial"}, {"smallserial", "smallserial"},
            {"bigint", "bigint"}, {"integer", "integer"}, {"int", "integer"}, {"smallint", "smallint"},
            {"numeric(18,8)", "numeric(18,8)"}, {"numeric(18, 8)", "numeric(18,8)"}, {"numeric", "numeric"},
            {"varchar(32)", "varchar(32)"}, {"VARCHAR(32)", "varchar(32)"}, {"char(3)", "char(3)"},
            {"text", "text"}, {"boolean", "boolean"}, {"timestamptz", "timestamptz"}, {"timestamp", "timestamp"},
            {"date", "date"}, {"time", "time"}, {"interval", "interval"}, {"uuid", "uuid"}, {"jsonb", "jsonb"},
            {"json", "json"}, {"bytea", "bytea"}, {"double precision", "double precision"}, {"real", "real"},
            {"text[]", "text[]"}, {"integer[][]", "integer[][]"}, {"Double  Precision[]", "double precision[]"},
            // PostgreSQL's own spellings, as format_type() prints them.
            {"character varying(32)", "varchar(32)"}, {"timestamp with time zone", "timestamptz"},
            {"timestamp without time zone", "timestamp"}, {"character(3)", "char(3)"},
            {"time without time zone", "time"}, {"timestamp(3) with time zone", "timestamptz(3)"},
            // The other built-in types real schemas use.
            {"time with time zone", "timetz"}, {"time(3) with time zone", "timetz(3)"}, {"inet", "inet"}, {"cidr", "cidr"},
            {"macaddr", "macaddr"}, {"money", "money"}, {"bit(8)", "bit(8)"}, {"bit varying(16)", "varbit(16)"}, {"tsvector", "tsvector"},
            {"xml", "xml"}, {"point", "point"}, {"tstzrange", "tstzrange"}, {"int4multirange", "int4multirange"}, {"inet[]", "inet[]"},
            // A fractional seconds precision of 0, as Rails and Ecto write their timestamps.
            {"timestamp(0) without time zone", "timestamp(0)"}, {"timestamptz(0)", "timestamptz(0)"}, {"time(0)", "time(0)"},
            {"interval(6)", "interval(6)"},
        };
        for (const auto &[written, canonical] : cases)
            QTest::newRow(qPrintable(written)) << written << canonical;
    }
    void everyDocumentedTypeParses()
    {
        QFETCH(QString, written);
        QFETCH(QString, canonical);
        const auto type = parseColumnType(written);
        QVERIFY2(type, qPrintable(written));
        QCOMPARE(type->canonical(), canonical);
    }

    void badTypesSayWhy_data()
    {
        QTest::addColumn<QString>("written");
        QTest::addColumn<QString>("reason");
        QTest::newRow("unknown words") << "strng thing" << "unknown type \"strng thing\"";
        QTest::newRow("built-in name with odd modifiers") << "integer(abc)" << "unknown type";
        QTest::newRow("empty") << "" << "empty";
        QTest::newRow("length on text") << "text(10)" << "takes no length";
        QTest::newRow("three numbers") << "numeric(1,2,3)" << "at most 2";
        QTest::newRow("zero length") << "varchar(0)" << "invalid length";
        QTest::newRow("precision past microseconds") << "timestamp(7)" << "invalid length or precision";
        QTest::newRow("not a number") << "varchar(abc)" << "unknown type";
        QTest::newRow("serial array") << "serial[]" << "cannot be arrays";
    }
    void badTypesSayWhy()
    {
        QFETCH(QString, written);
        QFETCH(QString, reason);
        QString problem;
        QVERIFY(!parseColumnType(written, &problem));
        QVERIFY2(problem.contains(reason), qPrintable(problem));
    }

    // Whether the design defines them is validation's question; here only the spelling.
    void userDefinedTypesParseAsPostgreSQLReadsThem_data()
    {
        QTest::addColumn<QString>("written");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("plain") << "mood" << "mood";
        QTest::newRow("public is the default") << "Public.Mood" << "mood";
        QTest::newRow("schema, array") << "sales.mood []" << "sales.mood[]";
        QTest::newRow("modifiers keep their case") << "geometry(Point, 4326)" << "geometry(Point,4326)";
        QTest::newRow("quoted keeps its case") << "\"MyType\"" << "\"MyType\"";
    }
    void userDefinedTypesParseAsPostgreSQLReadsThem()
    {
        QFETCH(QString, written);
        QFETCH(QString, canonical);
        const auto type = parseColumnType(written);
        QVERIFY2(type && type->userDefined, qPrintable(written));
        QCOMPARE(type->canonical(), canonical);
        QCOMPARE(type->sql(), canonical);  // never upper-cased: a quoted name would change
    }

    void serialTypesBecomeIntegersInHistory()
    {
        QCOMPARE(parseColumnType(QStringLiteral("bigserial"))->withoutSerial().sql(), QStringLiteral("BIGINT"));
        QCOMPARE(parseColumnType(QStringLiteral("serial"))->withoutSerial().sql(), QStringLiteral("INTEGER"));
        QCOMPARE(parseColumnType(QStringLiteral("smallserial"))->withoutSerial().sql(), QStringLiteral("SMALLINT"));
        QCOMPARE(parseColumnType(QStringLiteral("varchar(5)"))->withoutSerial().sql(), QStringLiteral("VARCHAR(5)"));
    }
};

QTEST_APPLESS_MAIN(TestColumnType)
#include "tst_columntype.moc"
