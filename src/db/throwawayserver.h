#pragma once
// A PostgreSQL server of our own for `verify` without --db: initdb in a
// temporary folder, reachable on a Unix socket there only (a folder of mode
// 0700, and a random password kept in memory), stopped and deleted when done.
// As root, initdb and the server run as `postgres` (initdb refuses root).

#include <QString>
#include <QTemporaryDir>

namespace sw::db {

class ThrowawayServer {
public:
    ThrowawayServer();   // throws SchemaError saying what failed
    ~ThrowawayServer();
    // Stops the server at once (from any thread): whatever runs on it fails.
    void stopNow() const;
    ThrowawayServer(const ThrowawayServer &) = delete;
    ThrowawayServer &operator=(const ThrowawayServer &) = delete;

    // Holds the password: never show or log it (conninfoWithoutSecrets).
    QString conninfo(const QString &database = QStringLiteral("postgres")) const;

private:
    QString run(const QString &program, const QStringList &arguments) const;

    QTemporaryDir m_dir;
    QString m_bin;
    int m_port = 0;
    QString m_password;
};

} // namespace sw::db
