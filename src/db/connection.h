#pragma once
// A connection to PostgreSQL. Connection parameters are libpq's: a conninfo
// string or URI, or libpq's environment (PGHOST, PGSERVICE, ~/.pgpass) when empty.
// Passwords are never stored by Schemawright.

#include <QString>

#include <pqxx/connection>

#include <memory>

namespace sw::db {

class Connection {
public:
    // Throws SchemaError with a message a person can act on.
    explicit Connection(const QString &conninfo);
    ~Connection();

    pqxx::connection &raw() { return *m_connection; }
    QString serverVersion() const;   // "15.18"

private:
    std::unique_ptr<pqxx::connection> m_connection;
};

} // namespace sw::db
