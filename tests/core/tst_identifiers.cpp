#include "identifiers.h"

#include <QTest>

using namespace sw;

class TestIdentifiers : public QObject {
    Q_OBJECT
private slots:
    void plainLowerCaseNamesStayUnquoted()
    {
        QCOMPARE(quoteIdentifier(QStringLiteral("orders")), QStringLiteral("orders"));
        QCOMPARE(quoteIdentifier(QStringLiteral("account_id2")), QStringLiteral("account_id2"));
        // Unreserved keywords need no quotes, exactly as quote_ident() decides.
        QCOMPARE(quoteIdentifier(QStringLiteral("name")), QStringLiteral("name"));
        QCOMPARE(quoteIdentifier(QStringLiteral("status")), QStringLiteral("status"));
    }

    void reservedWordsAreQuotedNotRefused()
    {
        QCOMPARE(quoteIdentifier(QStringLiteral("user")), QStringLiteral("\"user\""));
        QCOMPARE(quoteIdentifier(QStringLiteral("order")), QStringLiteral("\"order\""));
        QCOMPARE(quoteIdentifier(QStringLiteral("select")), QStringLiteral("\"select\""));
        QVERIFY(identifierProblem(QStringLiteral("order")).isEmpty());
    }

    void upperCaseSpacesAndQuotesAreQuoted()
    {
        QCOMPARE(quoteIdentifier(QStringLiteral("Orders")), QStringLiteral("\"Orders\""));
        QCOMPARE(quoteIdentifier(QStringLiteral("order items")), QStringLiteral("\"order items\""));
        QCOMPARE(quoteIdentifier(QStringLiteral("say\"hi")), QStringLiteral("\"say\"\"hi\""));
        QCOMPARE(quoteIdentifier(QStringLiteral("1st")), QStringLiteral("\"1st\""));
    }

    void publicSchemaIsLeftOut()
    {
        QCOMPARE(qualifiedIdentifier(QStringLiteral("public"), QStringLiteral("orders")), QStringLiteral("orders"));
        QCOMPARE(qualifiedIdentifier(QStringLiteral("Billing"), QStringLiteral("user")), QStringLiteral("\"Billing\".\"user\""));
    }

    void sixtyThreeBytesIsTheLimit()
    {
        QVERIFY(identifierProblem(QString(63, QLatin1Char('a'))).isEmpty());
        QVERIFY(identifierProblem(QString(64, QLatin1Char('a'))).contains(QStringLiteral("64 bytes")));
        // Bytes, not characters: 32 two-byte letters are 64 bytes.
        QVERIFY(!identifierProblem(QString(32, QChar(0x00e4))).isEmpty());
    }

    void emptyAndControlCharactersAreRefused()
    {
        QVERIFY(identifierProblem(QString()).contains(QStringLiteral("empty")));
        QVERIFY(identifierProblem(QStringLiteral("   ")).contains(QStringLiteral("empty")));
        QVERIFY(identifierProblem(QStringLiteral("a\nb")).contains(QStringLiteral("control")));
    }

    // PostgreSQL accepts a quoted name with outer spaces, and import must keep what the server accepted.
    void outerSpacesAreKeptAndQuoted()
    {
        QVERIFY(identifierProblem(QStringLiteral("  col  w  space  ")).isEmpty());
        QCOMPARE(quoteIdentifier(QStringLiteral(" padded")), QStringLiteral("\" padded\""));
    }

    void literalsDoubleTheirQuotes()
    {
        QCOMPARE(quoteLiteral(QStringLiteral("O'Brien's")), QStringLiteral("'O''Brien''s'"));
    }
};

QTEST_APPLESS_MAIN(TestIdentifiers)
#include "tst_identifiers.moc"
