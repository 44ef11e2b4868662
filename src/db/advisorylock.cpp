#include "advisorylock.h"

#include "problem.h"
#include "querycanceller.h"

#include <QThread>

#include <pqxx/pqxx>

namespace sw::db {

namespace {

// Two int4 keys: "SW" and "MIGR", so the lock shows in pg_locks as classid/objid.
constexpr int kLockClass = 0x5357;
constexpr int kLockObject = 0x4d494752;

QString describeHolder(pqxx::connection_base &connection)
{
    pqxx::nontransaction tx(connection);
    const pqxx::result r = tx.exec_params(
        "SELECT a.pid, coalesce(a.usename, ''), coalesce(a.application_name, ''), coalesce(a.client_addr::text, 'local socket'), "
        "coalesce(to_char(a.backend_start, 'YYYY-MM-DD HH24:MI:SS'), '') "
        "FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
        "WHERE l.locktype = 'advisory' AND l.classid = $1 AND l.objid = $2 AND l.granted AND l.pid <> pg_backend_pid() "
        "AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())",
        kLockClass, kLockObject);
    if (r.empty())
        return QStringLiteral("another session");
    return QStringLiteral("process %1 of user %2 (application \"%3\", from %4, connected since %5)")
        .arg(r[0][0].as<int>()).arg(QString::fromStdString(r[0][1].as<std::string>()), QString::fromStdString(r[0][2].as<std::string>()),
                                    QString::fromStdString(r[0][3].as<std::string>()), QString::fromStdString(r[0][4].as<std::string>()));
}

QString holderDescription(pqxx::connection_base &connection)
{
    try {
        return describeHolder(connection);
    } catch (const pqxx::sql_error &) {  // a cancel meant for the wait reached this query instead
        return QStringLiteral("another session");
    }
}

} // namespace

MigrationLock::MigrationLock(pqxx::connection_base &connection, int waitMs, const std::function<void(const QString &)> &waiting,
                             const QueryCanceller *canceller)
    : m_connection(connection)
{
    const auto giveUp = [this] {
        return SchemaError(QStringLiteral("cancelled"),
                           QStringLiteral("gave up waiting for the other Schemawright runner (%1); nothing was run").arg(holderDescription(m_connection)));
    };
    for (int waited = 0;; waited += 200) {
        try {
            pqxx::nontransaction tx(m_connection);
            if (tx.exec_params1("SELECT pg_try_advisory_lock($1, $2)", kLockClass, kLockObject)[0].as<bool>())
                return;
        } catch (const pqxx::sql_error &) {
            if (canceller && canceller->isCancelled())  // the cancel reached this very query
                throw giveUp();
            throw;
        }
        if (waited == 0 && waiting)
            waiting(holderDescription(m_connection));
        if (canceller && canceller->isCancelled())
            throw giveUp();
        if (waited >= waitMs)
            throw SchemaError(QStringLiteral("locked"),
                              QStringLiteral("another Schemawright runner is migrating this database: %1; waited %2 s. "
                                             "Try again when it has finished.").arg(holderDescription(m_connection)).arg(waitMs / 1000.0));
        QThread::msleep(200);
    }
}

MigrationLock::~MigrationLock()
{
    try {
        pqxx::nontransaction tx(m_connection);
        tx.exec_params("SELECT pg_advisory_unlock($1, $2)", kLockClass, kLockObject);
    } catch (const std::exception &) {
        // A lost connection has released the lock with its session.
    }
}

} // namespace sw::db
