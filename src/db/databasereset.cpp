#include "databasereset.h"

#include "driftanalysis.h"
#include "identifiers.h"
#include "migrationrunner.h"
#include "problem.h"
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

void confirmWipe(Connection &connection, const QString &confirmedName, bool force)
{
    const QString database = QString::fromUtf8(connection.raw().dbname());
    if (database != confirmedName)
        throw SchemaError(QStringLiteral("wrong-database"),
                          QStringLiteral("the connection reaches database %1, not %2: nothing was dropped").arg(database, confirmedName));
    if (!connection.isLocal() && !force)
        throw SchemaError(QStringLiteral("not-local"), QStringLiteral("%1 is on %2, not on this machine: nothing was dropped")
                                                           .arg(database, QString::fromUtf8(connection.raw().hostname())));
}

std::optional<QString> resetDatabase(const QString &conninfo, const QList<MigrationScript> &scripts, const ResetOptions &options)
{
    Connection connection(conninfo);
    confirmWipe(connection, options.confirmedName, options.force);
    const QString database = QString::fromUtf8(connection.raw().dbname());
    const QStringList schemas = managedSchemas(connection, scripts, options.alembicEnvironment);
    wipeSchemas(connection, schemas);
    if (options.progress)
        options.progress(QStringLiteral("Dropped schema(s) %1 of %2; upgrading to head").arg(schemas.join(QStringLiteral(", ")), database));
    RunOptions run;
    run.alembicEnvironment = options.alembicEnvironment;
    run.progress = options.progress;
    return MigrationRunner(conninfo, scripts).run(run).endRevision;
}

} // namespace sw::db
