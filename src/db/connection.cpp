#include "connection.h"

#include "problem.h"

#include <pqxx/pqxx>
#include <pqxx/version>

#include <libpq-fe.h>

namespace sw::db {

namespace {

void setDefaultEnvironment(const char *name, const char *value)
{
    if (!qEnvironmentVariableIsSet(name))
        qputenv(name, value);
}

} // namespace

QString explainConnectionError(const QString &libpqMessage)
{
    const QString m = libpqMessage.trimmed();
    struct Advice {
        const char *symptom;
        const char *advice;
    };
    static const Advice advices[] = {
        {"Connection refused", "nothing listens there: is PostgreSQL running, and are host and port right?"},
        {"No such file or directory", "no server socket there: is PostgreSQL running, and is the socket folder (host) right?"},
        {"password authentication failed", "the password was refused: fix it in ~/.pgpass (host:port:database:user:password, mode 0600)"},
        {"no password supplied", "the server wants a password: put it in ~/.pgpass or a service file; Schemawright never stores passwords"},
        {"does not exist", "check the database and user names, or create them"},
        {"SSL", "check sslmode: the server and the connection disagree about TLS (try sslmode=require or sslmode=disable)"},
        {"pg_hba.conf", "the server's pg_hba.conf does not let this user in from here (host, database, TLS)"},
        {"timeout expired", "the server did not answer in time: check host, port, firewall (PGCONNECT_TIMEOUT sets the wait)"},
        {"could not translate host name", "the host name is unknown: check host"},
    };
    for (const Advice &a : advices)
        if (m.contains(QLatin1String(a.symptom), Qt::CaseInsensitive))
            return QStringLiteral("%1 (%2)").arg(QLatin1String(a.advice), m.section(QLatin1Char('\n'), 0, 0));
    return m.section(QLatin1Char('\n'), 0, 0);
}

bool isPasswordProblem(const QString &message)
{
    return message.contains(QLatin1String("the server wants a password")) || message.contains(QLatin1String("the password was refused"));
}

QString clientLibraryVersions()
{
    const int libpq = PQlibVersion();
    return QStringLiteral("libpqxx %1, libpq %2.%3").arg(QLatin1String(PQXX_VERSION)).arg(libpq / 10000).arg(libpq % 10000);
}

QString describeSqlError(const std::exception &error)
{
    QString message = QString::fromUtf8(error.what()).trimmed().section(QLatin1Char('\n'), 0, 0);
    if (const auto *sqlError = dynamic_cast<const pqxx::sql_error *>(&error); sqlError && !sqlError->sqlstate().empty())
        message += QStringLiteral(" (SQLSTATE %1)").arg(QString::fromStdString(sqlError->sqlstate()));
    return message;
}

struct Connection::Session {
    explicit Session(const QString &conninfo) : connection(conninfo.toStdString()) {}
    pqxx::connection connection;
};

Connection::Connection(const QString &conninfo) : m_conninfo(conninfo)
{
    // Ours to see in pg_stat_activity, and no endless wait for a dead host.
    setDefaultEnvironment("PGAPPNAME", "schemawright");
    setDefaultEnvironment("PGCONNECT_TIMEOUT", "10");
    try {
        m_session = std::make_unique<Session>(conninfo);
    } catch (const std::exception &e) {
        throw SchemaError(QStringLiteral("cannot-connect"),
                          QStringLiteral("cannot connect to the database: %1").arg(explainConnectionError(QString::fromUtf8(e.what()))));
    }
}

Connection::~Connection() = default;

pqxx::connection_base &Connection::raw() { return m_session->connection; }

QString Connection::databaseName() const
{
    return QString::fromUtf8(m_session->connection.dbname());
}

QString Connection::userName() const
{
    return QString::fromUtf8(m_session->connection.username());
}

bool Connection::isLocal() const
{
    const char *host = m_session->connection.hostname();
    const QString name = host ? QString::fromUtf8(host) : QString();
    return name.isEmpty() || name.startsWith(QLatin1Char('/')) || name == QLatin1String("localhost") || name.startsWith(QLatin1String("127."))
        || name == QLatin1String("::1");
}

QString Connection::serverVersion() const
{
    const int version = m_session->connection.server_version();
    return QStringLiteral("%1.%2").arg(version / 10000).arg(version % 10000);
}

} // namespace sw::db
