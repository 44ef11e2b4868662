#pragma once
// Stops a job running on another thread: the statement it is running is
// cancelled on the server (libpq's PQcancel, safe from any thread), and
// whatever else the job registered (a throwaway server) is stopped.

#include <QList>
#include <QMutex>

#include "pqxxnames.h"

#include <functional>

namespace sw::db {

class Connection;


class QueryCanceller {
public:
    // Called by the job: while `connection` is attached, cancel() reaches its query.
    void attach(pqxx::connection_base *connection);
    void detach(pqxx::connection_base *connection);
    // Called by the job: run by cancel(), for what a query cancel cannot stop;
    // withdrawn with onCancel({}) before what it stops is gone.
    void onCancel(std::function<void()> stop);

    // From any thread; later attachments are cancelled at once.
    void cancel();
    bool isCancelled() const;

    // Attaches for the lifetime of a scope.
    class Scope {
    public:
        Scope(QueryCanceller *canceller, pqxx::connection_base &connection);
        Scope(QueryCanceller *canceller, Connection &connection);
        ~Scope();
        Scope(const Scope &) = delete;
        Scope &operator=(const Scope &) = delete;

    private:
        QueryCanceller *m_canceller;
        pqxx::connection_base *m_connection;
    };

private:
    mutable QMutex m_mutex;
    QList<pqxx::connection_base *> m_connections;
    std::function<void()> m_stop;
    bool m_cancelled = false;
};

} // namespace sw::db
