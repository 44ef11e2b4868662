#include "throwawayserver.h"

#include "problem.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#include <pwd.h>
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
    // Only the server's user (and root) may enter the folder that holds its socket.
    QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (isRoot() && QProcess::execute(QStringLiteral("chown"), {QStringLiteral("postgres:"), m_dir.path()}) != 0)
        throw SchemaError(QStringLiteral("throwaway-server"), QStringLiteral("cannot hand %1 to the postgres user").arg(m_dir.path()));
    const QString data = m_dir.filePath(QStringLiteral("data"));
    if (copyTemplate(data)) {
        try {
            admitOnlyThisUser(data);
            start(data);
            return;
        } catch (const SchemaError &) {
            // A kept cluster that does not start (damaged, another build of the server): made anew below.
            QDir(templatePath()).removeRecursively();
            QDir(data).removeRecursively();
        }
    }
    initdb(data);
    keepAsTemplate(data);
    admitOnlyThisUser(data);
    start(data);
}

QString ThrowawayServer::templatePath()
{
    const QString bin = newestPostgresBin();
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation))
        .filePath(QStringLiteral("schemawright/postgresql-%1-cluster-1").arg(QFileInfo(QFileInfo(bin).path()).fileName()));
}

void ThrowawayServer::initdb(const QString &data) const
{
    run(m_bin + QStringLiteral("/initdb"), {QStringLiteral("-D"), data, QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("--auth-local=peer"), QStringLiteral("--auth-host=reject"),
                                            QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8"), QStringLiteral("--no-sync")});
}

// cp -a: a cluster's files keep their owner and mode 0700, or the server refuses them.
bool ThrowawayServer::copyTemplate(const QString &data) const
{
    const QString kept = QDir(templatePath()).filePath(QStringLiteral("data"));
    if (!QFileInfo::exists(kept + QStringLiteral("/PG_VERSION")))
        return false;
    if (QProcess::execute(QStringLiteral("cp"), {QStringLiteral("-a"), kept, data}) == 0)
        return true;
    QDir(data).removeRecursively();
    return false;
}

// Copied under a name of its own, then renamed: another server starting
// meanwhile sees a whole cluster or none. Failing to keep it costs only time.
void ThrowawayServer::keepAsTemplate(const QString &data) const
{
    const QString target = templatePath();
    QDir().mkpath(QFileInfo(target).path());
    QTemporaryDir staging(target + QStringLiteral("-XXXXXX"));
    if (!staging.isValid() || QProcess::execute(QStringLiteral("cp"), {QStringLiteral("-a"), data, staging.filePath(QStringLiteral("data"))}) != 0)
        return;
    QFile::setPermissions(staging.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (QDir().rename(staging.path(), target))
        staging.setAutoRemove(false);
}

// Peer authentication only, mapped from the user who started the server: the
// cluster's own pg_hba.conf and pg_ident.conf, written anew for each copy.
void ThrowawayServer::admitOnlyThisUser(const QString &data) const
{
    // The name the kernel gives the socket's peer: this process's user.
    const passwd *account = getpwuid(geteuid());
    if (!account)
        throw SchemaError(QStringLiteral("throwaway-server"), QStringLiteral("this process's user (uid %1) has no name to admit to a throwaway PostgreSQL").arg(geteuid()));
    const QString user = QString::fromLocal8Bit(account->pw_name);
    const auto write = [&](const QString &name, const QByteArray &text) {
        QFile file(QDir(data).filePath(name));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text) != text.size())
            throw SchemaError(QStringLiteral("throwaway-server"), QStringLiteral("cannot write %1 of a throwaway PostgreSQL").arg(file.fileName()));
    };
    write(QStringLiteral("pg_hba.conf"), "local all postgres peer map=throwaway\n");
    write(QStringLiteral("pg_ident.conf"), QStringLiteral("throwaway %1 postgres\n").arg(user).toUtf8());
}

void ThrowawayServer::start(const QString &data) const
{
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
    return QStringLiteral("host=%1 port=%2 user=postgres dbname=%3").arg(m_dir.path()).arg(m_port).arg(database);
}

} // namespace sw::db
