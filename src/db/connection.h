#pragma once
// A connection to PostgreSQL. Parameters are libpq's: a conninfo string or
// URI, or libpq's own environment (PGHOST, PGSERVICE, ~/.pgpass) when empty.
// Schemawright never stores a password; libpq finds it in ~/.pgpass or a
// service file.

#include <QString>

#include "pqxxnames.h"

#include <memory>

namespace sw::db {

class Connection {
public:
    // Throws SchemaError ("cannot-connect") with a message that says what to do.
    explicit Connection(const QString &conninfo);
    ~Connection();

    pqxx::connection_base &raw();   // for db's own code
    // As given: a scratch database on the same server connects the same way
    // (password, sslmode, service), with another dbname.
    const QString &conninfo() const { return m_conninfo; }
    QString serverVersion() const;   // "15.18"
    QString databaseName() const;    // as the server names it, never with a password
    QString userName() const;
    bool isLocal() const;            // a Unix socket or a loopback address

private:
    QString m_conninfo;
    struct Session;  // libpqxx's connection, out of the header
    std::unique_ptr<Session> m_session;
};

// "libpqxx 6.4.4, libpq 15.8": the client libraries this build runs on.
QString clientLibraryVersions();

// libpq's error text turned into advice: refused, password, unknown database,
// TLS, timeout.
QString explainConnectionError(const QString &libpqMessage);

// True when a connection failed for want of the right password (none found,
// or refused): the window then asks for one (explainConnectionError's words).
bool isPasswordProblem(const QString &message);

// What Schemawright reports when a statement fails: SQLSTATE and message.
QString describeSqlError(const std::exception &error);

} // namespace sw::db
