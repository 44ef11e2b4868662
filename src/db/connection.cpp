#include "connection.h"

#include "problem.h"

#include <pqxx/pqxx>

namespace sw::db {

Connection::Connection(const QString &conninfo)
{
    try {
        m_connection = std::make_unique<pqxx::connection>(conninfo.toStdString());
    } catch (const pqxx::broken_connection &e) {
        throw SchemaError(QStringLiteral("cannot-connect"),
                          QStringLiteral("cannot connect to the database: %1").arg(QString::fromUtf8(e.what()).trimmed()));
    }
}

Connection::~Connection() = default;

QString Connection::serverVersion() const
{
    const int version = m_connection->server_version();
    return QStringLiteral("%1.%2").arg(version / 10000).arg(version % 10000);
}

} // namespace sw::db
