#pragma once
// Where a database is, without its password: libpq finds passwords in
// ~/.pgpass or a service file, or the GUI asks and keeps them in memory.

#include <QList>
#include <QPair>
#include <QString>

namespace sw {

struct ConnectionProfile {
    QString name;        // shown to the user
    QString host;        // name, address, or socket folder
    QString port;
    QString database;
    QString user;
    QString sslmode;     // disable, prefer, require, verify-full, ...
    QString service;     // a pg_service.conf entry; the fields above then only override it
    QString conninfo;    // a full connection string or URI; wins over everything above

    bool operator==(const ConnectionProfile &) const = default;
    // libpq key=value conninfo; values quoted as libpq wants.
    QString toConninfo() const;
};

// `conninfo` with one more parameter (a key=value pair, or a URI query parameter).
QString conninfoWith(const QString &conninfo, const QString &key, const QString &value);

// True when `conninfo` carries a password, which Schemawright must not store.
bool conninfoHasPassword(const QString &conninfo);

// libpq's parameters as key/value pairs (host, port, dbname, user, sslmode, ...),
// from a key=value string or a URI: what a connection names, read one by one.
QList<QPair<QString, QString>> conninfoParameters(const QString &conninfo);

// The database a connection reaches, as a person may see it: its name (or the
// service, or libpq's default); never a password, whatever was typed.
QString conninfoDisplayName(const QString &conninfo);

// `conninfo` without its secrets (password, sslpassword; a URI's user:password@),
// for the few places that show the whole connection string.
QString conninfoWithoutSecrets(const QString &conninfo);

// The libpq URI for a database URL as SQLAlchemy and the house env.py read it
// from DATABASE_URL: postgresql+psycopg2://... becomes postgresql://...
QString conninfoFromDatabaseUrl(const QString &url);

// The URL SQLAlchemy (and so alembic's env.py) needs for the same database:
// URIs as they are, key=value pairs as URL query parameters for psycopg2.
QString sqlalchemyUrl(const QString &conninfo);

} // namespace sw
