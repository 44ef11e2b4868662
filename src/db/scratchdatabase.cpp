#include "scratchdatabase.h"

#include "connectionprofile.h"
#include "identifiers.h"
#include "migrationrunner.h"
#include "problem.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <pqxx/pqxx>

namespace sw::db {

ScratchDatabase::ScratchDatabase(Connection &server)
    : m_server(server),
      m_name(QStringLiteral("schemawright_scratch_%1_%2").arg(QCoreApplication::applicationPid()).arg(QRandomGenerator::global()->generate()))
{
    pqxx::connection_base &c = server.raw();
    m_conninfo = conninfoWith(server.conninfo(), QStringLiteral("dbname"), m_name);
    try {
        pqxx::nontransaction(c).exec(("CREATE DATABASE " + quoteIdentifier(m_name)).toStdString());
    } catch (const std::exception &e) {
        throw SchemaError(QStringLiteral("cannot-create-database"),
                          QStringLiteral("building the migrations' schema needs a scratch database on the same server: %1")
                              .arg(QString::fromUtf8(e.what()).trimmed()));
    }
}

void ScratchDatabase::upgradeToHead(const QList<MigrationScript> &scripts, const QString &alembicEnvironment)
{
    RunOptions options;
    options.alembicEnvironment = alembicEnvironment;
    MigrationRunner(m_conninfo, scripts).run(options);
}

ScratchDatabase::~ScratchDatabase()
{
    try {
        pqxx::nontransaction(m_server.raw()).exec(("DROP DATABASE IF EXISTS " + quoteIdentifier(m_name) + " WITH (FORCE)").toStdString());
    } catch (const std::exception &) {
        // Left behind only if the server went away; its name says what it is.
    }
}

} // namespace sw::db
