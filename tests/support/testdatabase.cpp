#include "testdatabase.h"

#include <cerrno>
#include <csignal>

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>

#include <pqxx/pqxx>

#include <stdexcept>

namespace sw::test {

namespace {

QHash<QString, QString> serverSettings()
{
    const QString path = qEnvironmentVariable("SW_PG_ENV_FILE");
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
        throw std::runtime_error(("the test PostgreSQL server is not running (no " + path.toStdString()
                                  + "); run the tests through ctest, which starts it"));
    QHash<QString, QString> settings;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0)
            settings.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
    }
    return settings;
}

pqxx::connection connect(const QString &conninfo)
{
    return pqxx::connection(conninfo.toStdString());
}

} // namespace

QString TestDatabase::serverConninfo(const QString &database)
{
    const auto s = serverSettings();
    return QStringLiteral("host=%1 port=%2 user=%3 dbname=%4")
        .arg(s.value(QStringLiteral("PGHOST")), s.value(QStringLiteral("PGPORT")), s.value(QStringLiteral("PGUSER")), database);
}

QString TestDatabase::serverLogPath()
{
    return serverSettings().value(QStringLiteral("SW_PG_DIR")) + QStringLiteral("/server.log");
}

TestDatabase::TestDatabase()
{
    static QAtomicInt counter;
    m_name = QStringLiteral("sw_%1_%2_%3")
                 .arg(QCoreApplication::applicationName().toLower().remove(QRegularExpression(QStringLiteral("[^a-z0-9_]"))))
                 .arg(QCoreApplication::applicationPid())
                 .arg(counter.fetchAndAddRelaxed(1));
    auto admin = connect(serverConninfo(QStringLiteral("postgres")));
    pqxx::nontransaction(admin).exec("CREATE DATABASE " + m_name.toStdString());
}

TestDatabase::~TestDatabase()
{
    try {
        auto admin = connect(serverConninfo(QStringLiteral("postgres")));
        pqxx::nontransaction(admin).exec("DROP DATABASE IF EXISTS " + m_name.toStdString() + " WITH (FORCE)");
    } catch (const std::exception &) {
        // The server is stopped at the end of the run anyway.
    }
}

QString TestDatabase::literal(const QString &text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QLatin1String("''")) + QLatin1Char('\'');
}

QString TestDatabase::conninfo() const
{
    return serverConninfo(m_name);
}

QStringList TestDatabase::scratchDatabasesLeftBehind() const
{
    QStringList left;
    for (const QStringList &row : rows(QStringLiteral("SELECT datname FROM pg_database WHERE datname LIKE 'schemawright\\_scratch\\_%'"))) {
        const pid_t pid = pid_t(row.first().section(QLatin1Char('_'), 2, 2).toLongLong());
        const bool ended = pid > 0 && kill(pid, 0) != 0 && errno == ESRCH;
        if (ended && scalar(QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = %1").arg(literal(row.first()))) == QLatin1String("1"))
            left << row.first();
    }
    return left;
}

QString TestDatabase::sqlalchemyUrl() const
{
    const auto s = serverSettings();
    return QStringLiteral("postgresql://%1@/%2?host=%3&port=%4")
        .arg(s.value(QStringLiteral("PGUSER")), m_name, s.value(QStringLiteral("PGHOST")), s.value(QStringLiteral("PGPORT")));
}

void TestDatabase::exec(const QString &sql) const
{
    auto c = connect(conninfo());
    pqxx::nontransaction(c).exec(sql.toStdString());
}

QList<QStringList> TestDatabase::rows(const QString &sql) const
{
    auto c = connect(conninfo());
    const pqxx::result result = pqxx::nontransaction(c).exec(sql.toStdString());
    QList<QStringList> out;
    for (const auto &row : result) {
        QStringList values;
        for (const auto &field : row)
            values << (field.is_null() ? QStringLiteral("<null>") : QString::fromStdString(field.c_str()));
        out << values;
    }
    return out;
}

QString TestDatabase::scalar(const QString &sql) const
{
    const QList<QStringList> result = rows(sql);
    if (result.isEmpty() || result.first().isEmpty() || result.first().first() == QLatin1String("<null>"))
        return {};
    return result.first().first();
}

QStringList TestDatabase::schemaObjects() const
{
    QStringList objects;
    const auto add = [&](const QString &sql) {
        for (const QStringList &row : rows(sql))
            objects << row.join(QLatin1Char(' '));
    };
    add(QStringLiteral("SELECT 'relation', relkind::text, relname FROM pg_class "
                       "WHERE relnamespace = 'public'::regnamespace AND relname NOT LIKE 'alembic_version%' ORDER BY relname"));
    add(QStringLiteral("SELECT 'function', proname FROM pg_proc WHERE pronamespace = 'public'::regnamespace ORDER BY proname"));
    add(QStringLiteral("SELECT 'trigger', tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                       "WHERE c.relnamespace = 'public'::regnamespace AND NOT tgisinternal ORDER BY tgname"));
    return objects;
}

QString TestDatabase::schemaDump() const
{
    const auto s = serverSettings();
    QProcess dump;
    dump.start(QStringLiteral("/usr/lib/postgresql/15/bin/pg_dump"),
               {QStringLiteral("--schema-only"), QStringLiteral("--no-owner"), QStringLiteral("-d"), conninfo()});
    if (!dump.waitForFinished(120000) || dump.exitCode() != 0)
        throw std::runtime_error("pg_dump failed: " + dump.readAllStandardError().toStdString());
    // alembic_version is Alembic's bookkeeping, compared on its own; \restrict
    // lines carry a random key that differs on every run.
    static const QRegularExpression alembicVersion(
        QStringLiteral("CREATE TABLE public\\.alembic_version[^;]*;|ALTER TABLE ONLY public\\.alembic_version[^;]*;"));
    const QString text = QString::fromUtf8(dump.readAllStandardOutput()).remove(alembicVersion);
    QStringList kept;
    for (const QString &line : text.split(QLatin1Char('\n')))
        if (!line.startsWith(QLatin1String("--")) && !line.startsWith(QLatin1String("SET ")) && !line.trimmed().isEmpty()
            && !line.startsWith(QLatin1String("\\restrict")) && !line.startsWith(QLatin1String("\\unrestrict")))
            kept << line;
    return kept.join(QLatin1Char('\n'));
}

} // namespace sw::test
