#include "model/validation.h"

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

    void aTableNameThatOnlyFitsWithoutHistoryIsRefusedWithHistory()
    {
        Project p;
        p.tables << table(QString(49, QLatin1Char('t')), {QStringLiteral("a")});
        const QList<Problem> problems = validateProject(p);
        QVERIFY(codes(problems).contains(QStringLiteral("identifier-too-long")));
        QVERIFY(problems.first().message.contains(QStringLiteral("history")));
        p.tables.first().history = false;
        QVERIFY(validateProject(p).isEmpty());
    }

    void serialSequenceNamesMustFitToo()
    {
        Project p;
        Table t = table(QString(30, QLatin1Char('t')), {});
        t.history = false;
        t.columns << Column{{}, QString(30, QLatin1Char('c')), QStringLiteral("serial"), false, std::nullopt, std::nullopt, {}, {}};
        p.tables << t;
        const QList<Problem> problems = validateProject(p);
        QCOMPARE(codes(problems), QStringList{QStringLiteral("identifier-too-long")});
        QVERIFY(problems.first().message.contains(QStringLiteral("sequence")));
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
};

QTEST_APPLESS_MAIN(TestValidation)
#include "tst_validation.moc"
