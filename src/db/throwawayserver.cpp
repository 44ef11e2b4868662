#include "throwawayserver.h"

#include "problem.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>

#include <unistd.h>

namespace sw::db {

namespace {

QString newestPostgresBin()
{
    QStringList versions = QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(), [](const QString &a, const QString &b) { return a.toInt() < b.toInt(); });
    for (auto it = versions.crbegin(); it != versions.crend(); ++it) {
        const QString bin = QStringLiteral("/usr/lib/postgresql/%1/bin").arg(*it);
        if (QFile::exists(bin + QStringLiteral("/initdb")))
            return bin;
    }
    return {};
}

bool isRoot() { return geteuid() == 0; }

} // namespace

QString ThrowawayServer::run(const QString &program, const QStringList &arguments) const
{
    QProcess process;
    process.setWorkingDirectory(QStringLiteral("/tmp"));
    if (isRoot())
        process.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program} + arguments);
    else
        process.start(program, arguments);
    if (!process.waitForFinished(120000)) {  // a hung initdb or pg_ctl is a failure, never a success
        process.kill();
        process.waitForFinished(5000);
        throw SchemaError(QStringLiteral("throwaway-server"),
                          QStringLiteral("cannot run a throwaway PostgreSQL (%1 did not finish within 120 s and was stopped); give a database to wipe with --db")
                              .arg(QFileInfo(program).fileName()));
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        throw SchemaError(QStringLiteral("throwaway-server"),
                          QStringLiteral("cannot run a throwaway PostgreSQL (%1 failed: %2); give a database to wipe with --db")
                              .arg(QFileInfo(program).fileName(), QString::fromUtf8(process.readAllStandardError() + process.readAllStandardOutput()).trimmed().left(300)));
    return QString::fromUtf8(process.readAllStandardOutput());
}

ThrowawayServer::ThrowawayServer() : m_bin(newestPostgresBin()), m_port(40000 + int(QCoreApplication::applicationPid() % 20000))
{
    if (m_bin.isEmpty())
        throw SchemaError(QStringLiteral("throwaway-server"),
                          QStringLiteral("no PostgreSQL server is installed (/usr/lib/postgresql/*/bin/initdb); install postgresql or give --db"));
    if (!m_dir.isValid())
        throw SchemaError(QStringLiteral("throwaway-server"), QStringLiteral("cannot make a temporary folder for a throwaway PostgreSQL"));
    // Only the server's user (and root) may enter the folder that holds its socket, and a password
    // nobody else knows guards the socket still: no other local user reaches it while verify runs.
    QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    m_password = QString::number(QRandomGenerator::system()->generate64(), 36) + QString::number(QRandomGenerator::system()->generate64(), 36);
    const QString passwordFile = m_dir.filePath(QStringLiteral("password"));
    QFile file(passwordFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_password.toUtf8() + '\n') < 0 || !file.flush())
        throw SchemaError(QStringLiteral("throwaway-server"), QStringLiteral("cannot write in %1 for a throwaway PostgreSQL").arg(m_dir.path()));
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    file.close();
    if (isRoot() && QProcess::execute(QStringLiteral("chown"), {QStringLiteral("-R"), QStringLiteral("postgres:"), m_dir.path()}) != 0)
        throw SchemaError(QStringLiteral("throwaway-server"), QStringLiteral("cannot hand %1 to the postgres user").arg(m_dir.path()));
    const QString data = m_dir.filePath(QStringLiteral("data"));
    run(m_bin + QStringLiteral("/initdb"), {QStringLiteral("-D"), data, QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("--auth=scram-sha-256"),
                                            QStringLiteral("--pwfile"), passwordFile, QStringLiteral("-E"), QStringLiteral("UTF8"),
                                            QStringLiteral("--locale=C.UTF-8")});
    QFile::remove(passwordFile);
    // A socket in our folder and no TCP port: nothing else can reach it or collide with it.
    run(m_bin + QStringLiteral("/pg_ctl"), {QStringLiteral("-D"), data, QStringLiteral("-l"), m_dir.filePath(QStringLiteral("server.log")), QStringLiteral("-w"),
                                            QStringLiteral("-o"), QStringLiteral("-k %1 -p %2 -c listen_addresses='' -c fsync=off").arg(m_dir.path()).arg(m_port),
                                            QStringLiteral("start")});
}

ThrowawayServer::~ThrowawayServer()
{
    stopNow();
}

void ThrowawayServer::stopNow() const
{
    try {
        run(m_bin + QStringLiteral("/pg_ctl"), {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-m"), QStringLiteral("immediate"),
                                                QStringLiteral("-w"), QStringLiteral("stop")});
    } catch (const SchemaError &) {
        // Already stopped; and the folder goes anyway: a server without its files stops by itself.
    }
}

QString ThrowawayServer::conninfo(const QString &database) const
{
    return QStringLiteral("host=%1 port=%2 user=postgres password=%3 dbname=%4").arg(m_dir.path()).arg(m_port).arg(m_password, database);
}

} // namespace sw::db
