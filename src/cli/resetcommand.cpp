// schemawright-cli reset --yes-wipe DBNAME [--force] [--db CONNINFO] [--migrations DIR]
// Drops everything in the schemas the folder manages, then upgrades to head.

#include "command.h"

#include "databasereset.h"
#include "migration/migrationfolder.h"
#include "problem.h"

#include <QTextStream>

namespace sw::cli {

int runReset(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions({databaseOption(), migrationsOption()});
    parser.addOptions(wipeOptions());
    int exitCode = kExitOk;
    if (!parseCommandLine(parser, QStringLiteral("reset"), arguments, {QStringLiteral("yes-wipe")}, &exitCode))
        return exitCode;
    try {
        const MigrationsFolder migrations = migrationsFolder(parser);
        const QList<MigrationScript> scripts = readMigrationScripts(migrations.versions);
        db::ResetOptions options;
        options.confirmedName = parser.value(QStringLiteral("yes-wipe"));
        options.force = parser.isSet(QStringLiteral("force"));
        options.alembicEnvironment = migrations.environment;
        options.progress = [](const QString &message) { QTextStream(stderr) << message << Qt::endl; };
        QTextStream(stdout) << db::resetDatabase(databaseConninfo(parser), scripts, options).value_or(QStringLiteral("None")) << Qt::endl;
        return kExitOk;
    } catch (const SchemaError &e) {
        const QString hint = e.problem().code == QLatin1String("not-local") ? QStringLiteral(" (--force to wipe it anyway)") : QString();
        return reportError(QStringLiteral("reset: ") + e.problem().text() + hint);
    } catch (const std::exception &e) {
        return reportError(QStringLiteral("reset: ") + db::describeSqlError(e));
    }
}

} // namespace sw::cli
