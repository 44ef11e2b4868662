// schemawright-cli reset --yes-wipe DBNAME [--force] [--db CONNINFO] --migrations DIR
// Drops everything in the schemas the folder manages, then upgrades to head.

#include "command.h"

#include "connection.h"
#include "databasereset.h"
#include "migration/migrationfolder.h"
#include "migrationrunner.h"
#include "problem.h"

#include <QTextStream>

#include <pqxx/pqxx>

namespace sw::cli {

int runReset(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("db"), QStringLiteral("libpq connection string or URI (default: libpq's environment)."), QStringLiteral("CONNINFO")},
                       {QStringLiteral("migrations"), QStringLiteral("Migration folder (Alembic's versions/, or the folder holding it)."), QStringLiteral("DIR")},
                       {QStringLiteral("yes-wipe"), QStringLiteral("The name of the database to wipe, typed out as confirmation."), QStringLiteral("DBNAME")},
                       {QStringLiteral("force"), QStringLiteral("Also on a server that is not on this machine.")}});
    int exitCode = kExitOk;
    if (!parseCommandLine(parser, QStringLiteral("reset"), arguments, {QStringLiteral("migrations"), QStringLiteral("yes-wipe")}, &exitCode))
        return exitCode;
    try {
        const QString migrations = parser.value(QStringLiteral("migrations"));
        const QList<MigrationScript> scripts = readMigrationScripts(resolveVersionsFolder(migrations));
        db::Connection connection(parser.value(QStringLiteral("db")));
        const QString database = QString::fromUtf8(connection.raw().dbname());
        if (database != parser.value(QStringLiteral("yes-wipe")))
            return reportError(QStringLiteral("reset: the connection reaches database %1, not %2: nothing was dropped")
                                   .arg(database, parser.value(QStringLiteral("yes-wipe"))));
        if (!db::isLocalServer(connection) && !parser.isSet(QStringLiteral("force")))
            return reportError(QStringLiteral("reset: %1 is on %2, not on this machine: nothing was dropped (--force to wipe it anyway)")
                                   .arg(database, QString::fromUtf8(connection.raw().hostname())));
        const QStringList schemas = db::managedSchemas(connection, scripts, alembicEnvironmentFolder(migrations));
        db::wipeSchemas(connection, schemas);
        QTextStream(stderr) << "Dropped schema(s) " << schemas.join(QStringLiteral(", ")) << " of " << database << "; upgrading to head" << Qt::endl;
        db::MigrationRunner runner(parser.value(QStringLiteral("db")), scripts);
        db::RunOptions options;
        options.alembicEnvironment = alembicEnvironmentFolder(migrations);
        options.progress = [](const QString &message) { QTextStream(stderr) << message << Qt::endl; };
        QTextStream(stdout) << runner.run(options).endRevision.value_or(QStringLiteral("None")) << Qt::endl;
        return kExitOk;
    } catch (const SchemaError &e) {
        return reportError(QStringLiteral("reset: ") + e.problem().text());
    } catch (const std::exception &e) {
        return reportError(QStringLiteral("reset: ") + db::describeSqlError(e));
    }
}

} // namespace sw::cli
