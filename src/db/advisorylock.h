#pragma once
// The PostgreSQL advisory lock that keeps two Schemawright runners (two
// windows, two developers, two CI jobs) from migrating one database at once.

#include <QString>

#include "pqxxnames.h"

#include <functional>

namespace sw::db {

// Held for the life of the object on `connection`'s session.
class MigrationLock {
public:
    // Waits up to `waitMs`, then throws SchemaError ("locked") saying who holds it.
    // While it waits, `waiting` hears once who holds it; a cancel of
    // `canceller` gives up at once (SchemaError "cancelled"), nothing touched.
    MigrationLock(pqxx::connection_base &connection, int waitMs, const std::function<void(const QString &holder)> &waiting = {},
                  const class QueryCanceller *canceller = nullptr);
    ~MigrationLock();
    MigrationLock(const MigrationLock &) = delete;
    MigrationLock &operator=(const MigrationLock &) = delete;

private:
    pqxx::connection_base &m_connection;
};

} // namespace sw::db
