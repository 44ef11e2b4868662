#include "databasereset.h"

#include "driftanalysis.h"
#include "identifiers.h"
#include "scratchdatabase.h"

#include <pqxx/pqxx>

namespace sw::db {

QStringList managedSchemas(Connection &connection, const QList<MigrationScript> &scripts, const QString &alembicEnvironment)
{
    ScratchDatabase scratch(connection);
    scratch.upgradeToHead(scripts, alembicEnvironment);
    Connection built(scratch.conninfo());
    return userSchemas(built);
}

void wipeSchemas(Connection &connection, const QStringList &schemas)
{
    pqxx::work tx(connection.raw());
    for (const QString &schema : schemas)
        tx.exec(("DROP SCHEMA IF EXISTS " + quoteIdentifier(schema) + " CASCADE").toStdString());
    tx.exec("DROP TABLE IF EXISTS alembic_version");  // wherever the search path finds it
    if (schemas.contains(QStringLiteral("public")))
        tx.exec("CREATE SCHEMA public");
    tx.commit();
}

bool isLocalServer(Connection &connection)
{
    const char *host = connection.raw().hostname();
    const QString name = host ? QString::fromUtf8(host) : QString();
    return name.isEmpty() || name.startsWith(QLatin1Char('/')) || name == QLatin1String("localhost") || name.startsWith(QLatin1String("127."))
        || name == QLatin1String("::1");
}

} // namespace sw::db
