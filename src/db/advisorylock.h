#pragma once
// The PostgreSQL advisory lock that keeps two Schemawright runners (two
// windows, two developers, two CI jobs) from migrating one database at once.

#include <pqxx/connection>

namespace sw::db {

// Held for the life of the object on `connection`'s session.
class MigrationLock {
public:
    // Waits up to `waitMs`, then throws SchemaError ("locked") saying who holds it.
    MigrationLock(pqxx::connection &connection, int waitMs);
    ~MigrationLock();
    MigrationLock(const MigrationLock &) = delete;
    MigrationLock &operator=(const MigrationLock &) = delete;

private:
    pqxx::connection &m_connection;
};

} // namespace sw::db
