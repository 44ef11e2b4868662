#pragma once
// A PostgreSQL server of our own for `verify` without --db: a cluster in a
// temporary folder, reachable on a Unix socket there only, stopped and
// deleted when done. As root, the server runs as `postgres` (initdb refuses
// root).
//
// Nobody else gets in, and there is no secret to keep: the socket's folder
// is mode 0700, and the server admits only peer authentication mapped from
// the operating-system user that started it (pg_ident.conf), never a password.
//
// initdb takes most of a start, and its result is always the same: the first
// server initdb's a cluster and keeps a copy in the user's cache folder
// (~/.cache/schemawright, named by major version and a number to raise when
// the initdb options change), and later servers copy that. A copy that will
// not start is thrown away and made anew.

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

    QString conninfo(const QString &database = QStringLiteral("postgres")) const;
    // Where the kept cluster of this PostgreSQL version lives.
    static QString templatePath();

private:
    QString run(const QString &program, const QStringList &arguments) const;
    void initdb(const QString &data) const;
    bool copyTemplate(const QString &data) const;
    void keepAsTemplate(const QString &data) const;
    void admitOnlyThisUser(const QString &data) const;
    void start(const QString &data) const;

    QTemporaryDir m_dir;
    QString m_bin;
    int m_port = 0;
};

} // namespace sw::db
