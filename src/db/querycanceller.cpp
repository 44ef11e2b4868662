#include "querycanceller.h"

#include "connection.h"

#include <pqxx/pqxx>

namespace sw::db {

namespace {

void cancelQuietly(pqxx::connection_base *connection)
{
    try {
        connection->cancel_query();
    } catch (const std::exception &) {
        // Nothing running, or the connection is gone: nothing to cancel.
    }
}

} // namespace

void QueryCanceller::attach(pqxx::connection_base *connection)
{
    QMutexLocker lock(&m_mutex);
    m_connections << connection;
    if (m_cancelled)
        cancelQuietly(connection);
}

void QueryCanceller::detach(pqxx::connection_base *connection)
{
    QMutexLocker lock(&m_mutex);
    m_connections.removeAll(connection);
}

void QueryCanceller::onCancel(std::function<void()> stop)
{
    QMutexLocker lock(&m_mutex);
    m_stop = std::move(stop);
}

void QueryCanceller::cancel()
{
    // Under the lock: a job that withdraws what it registered (onCancel({}),
    // detach) waits until this is done, so nothing is stopped after it is gone.
    QMutexLocker lock(&m_mutex);
    m_cancelled = true;
    for (pqxx::connection_base *connection : m_connections)
        cancelQuietly(connection);
    if (m_stop)
        m_stop();
}

bool QueryCanceller::isCancelled() const
{
    QMutexLocker lock(&m_mutex);
    return m_cancelled;
}

QueryCanceller::Scope::Scope(QueryCanceller *canceller, pqxx::connection_base &connection) : m_canceller(canceller), m_connection(&connection)
{
    if (m_canceller)
        m_canceller->attach(m_connection);
}

QueryCanceller::Scope::Scope(QueryCanceller *canceller, Connection &connection) : Scope(canceller, connection.raw()) {}

QueryCanceller::Scope::~Scope()
{
    if (m_canceller)
        m_canceller->detach(m_connection);
}

} // namespace sw::db
