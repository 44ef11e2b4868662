#pragma once
// A database of its own on the server a connection reaches, for building a
// schema to compare with: created with a unique name, dropped when done.

#include "connection.h"
#include "migration/migrationscript.h"

namespace sw::db {

class ScratchDatabase {
public:
    explicit ScratchDatabase(Connection &server);  // throws SchemaError when the user may not create databases
    ~ScratchDatabase();
    ScratchDatabase(const ScratchDatabase &) = delete;
    ScratchDatabase &operator=(const ScratchDatabase &) = delete;

    QString conninfo() const { return m_conninfo; }
    // Builds a migration chain on it, to head: what the folder makes of an empty database.
    void upgradeToHead(const QList<MigrationScript> &scripts, const QString &alembicEnvironment);

private:
    Connection &m_server;
    QString m_name;
    QString m_conninfo;
};

} // namespace sw::db
