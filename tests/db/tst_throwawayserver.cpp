// The throwaway server verify starts when no --db is given: nobody but us
// reaches it while it runs, there is no password to leak, and the cluster it
// keeps to start faster can never leave it unable to start.

#include "connection.h"
#include "connectionprofile.h"
#include "problem.h"
#include "throwawayserver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <pqxx/pqxx>

#include <pwd.h>
#include <unistd.h>

using namespace sw;

namespace {

QString scalar(db::Connection &connection, const char *sql)
{
    return QString::fromStdString(pqxx::nontransaction(connection.raw()).exec1(sql)[0].as<std::string>(""));
}

QString hostOf(const QString &conninfo)
{
    for (const auto &[key, value] : conninfoParameters(conninfo))
        if (key == QLatin1String("host"))
            return value;
    return {};
}

} // namespace

class TestThrowawayServer : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // A cache of our own: the kept cluster is made and damaged here, not in the user's.
        QVERIFY(m_cache.isValid());
        qputenv("XDG_CACHE_HOME", m_cache.path().toLocal8Bit());
    }

    void onlyItsOwnerReachesIt()
    {
        db::ThrowawayServer server;
        const QString folder = hostOf(server.conninfo());
        QVERIFY2(folder.startsWith(QLatin1Char('/')), qPrintable(folder));
        // No group or other bit: another local user cannot even find the socket.
        QCOMPARE(QFileInfo(folder).permissions() & (QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther),
                 QFile::Permissions());
        QVERIFY(!server.conninfo().contains(QStringLiteral("password")));

        db::Connection connection(server.conninfo());
        QCOMPARE(scalar(connection, "SELECT current_user"), QStringLiteral("postgres"));
        // Never trust, never a password: peer authentication, and only this process's user maps to postgres.
        QCOMPARE(scalar(connection, "SELECT string_agg(DISTINCT type || ' ' || auth_method || ' ' || array_to_string(options, ','), '; ') FROM pg_hba_file_rules"),
                 QStringLiteral("local peer map=throwaway"));
        const QString me = QString::fromLocal8Bit(getpwuid(geteuid())->pw_name);
        QCOMPARE(scalar(connection, "SELECT string_agg(map_name || ' ' || sys_name || ' ' || pg_username, '; ') FROM pg_ident_file_mappings"),
                 QStringLiteral("throwaway %1 postgres").arg(me));
        if (geteuid() == 0) {
            // As root the server runs as postgres, who may enter the folder: that user is still refused.
            QProcess psql;
            psql.start(QStringLiteral("runuser"), {QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), QStringLiteral("psql"),
                                                   server.conninfo(), QStringLiteral("-c"), QStringLiteral("SELECT 1")});
            QVERIFY(psql.waitForFinished(30000));
            QVERIFY(psql.exitCode() != 0);
            QVERIFY2(psql.readAllStandardError().contains("Peer authentication failed"), "another operating-system user is refused");
        }
    }

    void laterServersStartFromTheKeptClusterAndADamagedOneIsMadeAnew()
    {
        const QString control = QDir(db::ThrowawayServer::templatePath()).filePath(QStringLiteral("data/global/pg_control"));
        {
            db::ThrowawayServer first;
            db::Connection connection(first.conninfo());
            pqxx::nontransaction(connection.raw()).exec("CREATE TABLE left_behind (id int)");
        }
        QVERIFY2(QFileInfo::exists(control), qPrintable(control));
        {
            // The copy is of the cluster as initdb left it: nothing a server did gets into the next.
            db::ThrowawayServer second;
            db::Connection connection(second.conninfo());
            QCOMPARE(scalar(connection, "SELECT to_regclass('left_behind') IS NULL"), QStringLiteral("t"));
        }
        QFile damaged(control);
        QVERIFY(damaged.open(QIODevice::WriteOnly | QIODevice::Truncate));
        damaged.write("not a control file");
        damaged.close();
        db::ThrowawayServer third;
        db::Connection connection(third.conninfo());
        QCOMPARE(scalar(connection, "SELECT 1"), QStringLiteral("1"));
        QCOMPARE(QFileInfo(control).size(), qint64(8192));   // the kept cluster made anew
    }

private:
    QTemporaryDir m_cache;
};

QTEST_GUILESS_MAIN(TestThrowawayServer)
#include "tst_throwawayserver.moc"
