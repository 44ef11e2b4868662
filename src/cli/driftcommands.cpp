// schemawright-cli check [--db CONNINFO] [--format text|json]
// schemawright-cli drift [--db CONNINFO] (--project FILE.json | --migrations DIR | inside an Alembic environment) [--format text|json]

#include "command.h"
#include "findingsoutput.h"

#include "driftanalysis.h"
#include "migration/migrationfolder.h"
#include "problem.h"
#include "project/projectfile.h"

#include <QDir>
#include <QFileInfo>

namespace sw::cli {

namespace {

QList<Problem> findings(const QList<DriftItem> &items)
{
    QList<Problem> result;
    for (const DriftItem &item : items)
        result << item.finding;
    return result;
}

QList<QCommandLineOption> commonOptions()
{
    return {databaseOption(),
            schemaOption(QStringLiteral("Schema to compare; repeat for several (default: those of the project, of the "
                                        "migration chain, or for check every schema of the database).")),
            formatOption()};
}

} // namespace

int runCheck(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions(commonOptions());
    int exitCode = kExitOk;
    OutputFormat format;
    if (!parseCommandLine(parser, QStringLiteral("check"), arguments, {}, &exitCode))
        return exitCode;
    if (!readFormat(parser, QStringLiteral("check"), &format))
        return kExitBadInput;
    try {
        db::Connection connection(databaseConninfo(parser));
        return reportFindings(findings(db::checkDatabase(connection, schemasOf(parser)).items), format);
    } catch (const SchemaError &e) {
        return reportError(QStringLiteral("check: ") + e.problem().text());
    } catch (const std::exception &e) {
        return reportError(QStringLiteral("check: ") + db::describeSqlError(e));
    }
}

int runDrift(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions(commonOptions());
    parser.addOptions({{QStringLiteral("project"), QStringLiteral("The design the database should match."), QStringLiteral("FILE.json")},
                       migrationsOption(QStringLiteral("The migration folder whose schema the database should have (Alembic's versions/, "
                                                       "or the folder holding it)."))});
    int exitCode = kExitOk;
    OutputFormat format;
    if (!parseCommandLine(parser, QStringLiteral("drift"), arguments, {}, &exitCode))
        return exitCode;
    if (!readFormat(parser, QStringLiteral("drift"), &format))
        return kExitBadInput;
    // Neither: the migration folder of ./alembic.ini, as alembic would find it.
    if (parser.isSet(QStringLiteral("project")) && parser.isSet(QStringLiteral("migrations")))
        return reportError(QStringLiteral("drift: give one of --project FILE.json and --migrations DIR, not both"));
    try {
        db::Connection connection(databaseConninfo(parser));
        if (parser.isSet(QStringLiteral("project")))
            return reportFindings(findings(db::driftAgainstProject(connection, loadProject(parser.value(QStringLiteral("project"))), schemasOf(parser)).items),
                                  format);
        const MigrationsFolder migrations = migrationsFolder(parser);
        return reportFindings(findings(db::driftAgainstMigrations(connection, readMigrationScripts(migrations.versions), migrations.environment,
                                                                  schemasOf(parser)).items),
                              format);
    } catch (const SchemaError &e) {
        return reportError(QStringLiteral("drift: ") + e.problem().text());
    } catch (const std::exception &e) {
        return reportError(QStringLiteral("drift: ") + db::describeSqlError(e));
    }
}

} // namespace sw::cli
