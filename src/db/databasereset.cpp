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

namespace {

// The statements that make the public schema again as it is now: its owner
// (a new database's is pg_database_owner), its comment, what others may do in
// it. Without them a reset leaves a schema a new database does not have, and
// the application's roles without access to it.
QStringList publicSchemaAsItIs(pqxx::work &tx)
{
    const pqxx::result schema = tx.exec(
        "SELECT nspowner::regrole::text, obj_description(oid, 'pg_namespace') FROM pg_namespace WHERE nspname = 'public'");
    if (schema.empty())
        return {QStringLiteral("CREATE SCHEMA public")};
    const QString owner = QString::fromStdString(schema[0][0].c_str());
    QStringList statements{QStringLiteral("CREATE SCHEMA public AUTHORIZATION %1").arg(owner)};
    if (!schema[0][1].is_null())
        statements << QStringLiteral("COMMENT ON SCHEMA public IS %1").arg(quoteLiteral(QString::fromStdString(schema[0][1].c_str())));
    for (const pqxx::row &grant : tx.exec("SELECT CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE a.grantee::regrole::text END, a.privilege_type, a.is_grantable "
                                          "FROM pg_namespace n, aclexplode(n.nspacl) a WHERE n.nspname = 'public' AND a.grantee <> n.nspowner"))
        statements << QStringLiteral("GRANT %1 ON SCHEMA public TO %2%3")
                          .arg(QString::fromStdString(grant[1].c_str()), QString::fromStdString(grant[0].c_str()),
                               grant[2].as<bool>() ? QStringLiteral(" WITH GRANT OPTION") : QString());
    return statements;
}

} // namespace

void wipeSchemas(Connection &connection, const QStringList &schemas)
{
    pqxx::work tx(connection.raw());
    const QStringList publicAgain = schemas.contains(QStringLiteral("public")) ? publicSchemaAsItIs(tx) : QStringList();
    for (const QString &schema : schemas)
        tx.exec(("DROP SCHEMA IF EXISTS " + quoteIdentifier(schema) + " CASCADE").toStdString());
    tx.exec("DROP TABLE IF EXISTS alembic_version");  // wherever the search path finds it
    for (const QString &statement : publicAgain)
        tx.exec(statement.toStdString());
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
