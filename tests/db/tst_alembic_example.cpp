// The bundled migrations/ under Debian's real alembic on a real PostgreSQL 15:
// the history tables record what the house guide says they record.

#include "alembichelpers.h"
#include "testdatabase.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace sw::test;

class TestAlembicExample : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString env() const { return m_dir.filePath(QStringLiteral("env")); }

private slots:
    void initTestCase() { copyExampleEnvironment(env()); }

    void upgradeHeadRecordsTheHeadRevision()
    {
        TestDatabase db;
        SW_ALEMBIC(env(), db, QStringLiteral("upgrade"), QStringLiteral("head"));
        QCOMPARE(db.rows(QStringLiteral("SELECT version_num FROM alembic_version")), QList<QStringList>{{QStringLiteral("1764001200")}});
        const ProcessResult current = runAlembic(env(), db.sqlalchemyUrl(), {QStringLiteral("current")});
        QVERIFY(current.out.contains(QStringLiteral("1764001200 (head)")));
    }

    void historyRecordsNewOnInsertAndOldOnUpdateAndDelete()
    {
        TestDatabase db;
        SW_ALEMBIC(env(), db, QStringLiteral("upgrade"), QStringLiteral("head"));
        db.exec(QStringLiteral("INSERT INTO accounts (code, name) VALUES ('ACME', 'Acme Ltd')"));
        db.exec(QStringLiteral("INSERT INTO orders (instrument, side, quantity, account_id) "
                               "SELECT 'EURUSD', 'BUY', 10, id FROM accounts"));
        db.exec(QStringLiteral("INSERT INTO fills (order_id, quantity, price) SELECT id, 4, 1.1 FROM orders"));
        db.exec(QStringLiteral("UPDATE accounts SET name = 'Acme Group'"));
        db.exec(QStringLiteral("UPDATE orders SET status = 'FILLED'"));
        db.exec(QStringLiteral("UPDATE fills SET price = 1.2"));
        db.exec(QStringLiteral("DELETE FROM fills"));
        db.exec(QStringLiteral("DELETE FROM orders"));
        db.exec(QStringLiteral("DELETE FROM accounts"));

        QCOMPARE(db.rows(QStringLiteral("SELECT operation, code, name FROM accounts_history ORDER BY history_id")),
                 (QList<QStringList>{{"INSERT", "ACME", "Acme Ltd"}, {"UPDATE", "ACME", "Acme Ltd"}, {"DELETE", "ACME", "Acme Group"}}));
        QCOMPARE(db.rows(QStringLiteral("SELECT operation, instrument, status, quantity FROM orders_history ORDER BY history_id")),
                 (QList<QStringList>{{"INSERT", "EURUSD", "PENDING", "10.00000000"},
                                     {"UPDATE", "EURUSD", "PENDING", "10.00000000"},
                                     {"DELETE", "EURUSD", "FILLED", "10.00000000"}}));
        QCOMPARE(db.rows(QStringLiteral("SELECT operation, price FROM fills_history ORDER BY history_id")),
                 (QList<QStringList>{{"INSERT", "1.10000000"}, {"UPDATE", "1.10000000"}, {"DELETE", "1.20000000"}}));
        for (const char *history : {"accounts_history", "orders_history", "fills_history"})
            QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE changed_at IS NULL OR id IS NULL").arg(QLatin1String(history))),
                     QStringLiteral("0"));
    }

    void updatedAtMovesOnUpdateAndCreatedAtDoesNot()
    {
        TestDatabase db;
        SW_ALEMBIC(env(), db, QStringLiteral("upgrade"), QStringLiteral("head"));
        db.exec(QStringLiteral("INSERT INTO accounts (code, name, created_at, updated_at) "
                               "VALUES ('A', 'a', '2020-01-01 00:00+00', '2020-01-01 00:00+00')"));
        db.exec(QStringLiteral("UPDATE accounts SET name = 'b'"));
        QCOMPARE(db.rows(QStringLiteral("SELECT created_at = '2020-01-01 00:00+00', updated_at > now() - interval '1 minute' FROM accounts")),
                 (QList<QStringList>{{"t", "t"}}));
    }

    void downgradeBaseRemovesEveryObjectAndUpgradeWorksAgain()
    {
        TestDatabase db;
        const QStringList empty = db.schemaObjects();
        QVERIFY(empty.isEmpty());
        SW_ALEMBIC(env(), db, QStringLiteral("upgrade"), QStringLiteral("head"));
        const QString dumpAtHead = db.schemaDump();
        QVERIFY(db.schemaObjects().contains(QStringLiteral("trigger orders_history_insert")));
        QVERIFY(db.schemaObjects().contains(QStringLiteral("function fills_set_updated_at")));

        SW_ALEMBIC(env(), db, QStringLiteral("downgrade"), QStringLiteral("base"));
        QCOMPARE(db.schemaObjects(), QStringList());
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM alembic_version")), QStringLiteral("0"));

        SW_ALEMBIC(env(), db, QStringLiteral("upgrade"), QStringLiteral("head"));
        QCOMPARE(db.schemaDump(), dumpAtHead);
    }

    void eachStepDowngradesToExactlyThePreviousSchema()
    {
        TestDatabase db;
        QStringList dumps{db.schemaDump()};
        for (int step = 0; step < 3; ++step) {
            SW_ALEMBIC(env(), db, QStringLiteral("upgrade"), QStringLiteral("+1"));
            dumps << db.schemaDump();
        }
        for (int step = 2; step >= 0; --step) {
            SW_ALEMBIC(env(), db, QStringLiteral("downgrade"), QStringLiteral("-1"));
            QCOMPARE(db.schemaDump(), dumps.at(step));
        }
    }
};

QTEST_GUILESS_MAIN(TestAlembicExample)
#include "tst_alembic_example.moc"
