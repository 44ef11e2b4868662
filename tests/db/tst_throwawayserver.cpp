// The throwaway server verify starts when no --db is given: nobody but us
// reaches it while it runs, and its password is never shown.

#include "connection.h"
#include "connectionprofile.h"
#include "problem.h"
#include "throwawayserver.h"

#include <QFileInfo>
#include <QTest>

#include <pqxx/pqxx>

using namespace sw;

class TestThrowawayServer : public QObject {
    Q_OBJECT
private slots:
    void onlyItsOwnerReachesIt()
    {
        db::ThrowawayServer server;
        QString folder;
        for (const auto &[key, value] : conninfoParameters(server.conninfo()))
            if (key == QLatin1String("host"))
                folder = value;
        QVERIFY2(folder.startsWith(QLatin1Char('/')), qPrintable(folder));
        // No group or other bit: another local user cannot even find the socket.
        QCOMPARE(QFileInfo(folder).permissions() & (QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther),
                 QFile::Permissions());

        db::Connection connection(server.conninfo());
        QCOMPARE(QString::fromStdString(pqxx::nontransaction(connection.raw()).exec1("SELECT current_user")[0].as<std::string>()), QStringLiteral("postgres"));
        // Not trust: the socket alone, without the password kept in memory, lets nobody in.
        QVERIFY_THROWS_EXCEPTION(std::exception, db::Connection(conninfoWithoutSecrets(server.conninfo())));
        QVERIFY(!conninfoWithoutSecrets(server.conninfo()).contains(QStringLiteral("password")));
    }
};

QTEST_GUILESS_MAIN(TestThrowawayServer)
#include "tst_throwawayserver.moc"
