// schemawright-cli check [--db CONNINFO] [--format text|json]
// schemawright-cli drift [--db CONNINFO] (--project FILE.json | --migrations DIR) [--format text|json]

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
    return {{QStringLiteral("db"), QStringLiteral("libpq connection string or URI (default: libpq's environment)."), QStringLiteral("CONNINFO")},
            {QStringLiteral("schema"), QStringLiteral("Schema to compare; repeat for several (default: those of the project, of the "
                                                      "migration chain, or for check every schema of the database)."), QStringLiteral("NAME")},
            formatOption()};
}

QStringList schemasOf(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("schema")) ? parser.values(QStringLiteral("schema")) : QStringList{};
}

} // namespace

int runCheck(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions(commonOptions());
    int exitCode = kExitOk;
    OutputFormat format;
    if (!parseCommandLine(parser, QStringLiteral("check"), arguments, {}, &exitCode) || !readFormat(parser, QStringLiteral("check"), &format))
        return exitCode == kExitOk ? kExitBadInput : exitCode;
    try {
        db::Connection connection(parser.value(QStringLiteral("db")));
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
                       {QStringLiteral("migrations"), QStringLiteral("The migration folder whose schema the database should have."), QStringLiteral("DIR")}});
    int exitCode = kExitOk;
    OutputFormat format;
    if (!parseCommandLine(parser, QStringLiteral("drift"), arguments, {}, &exitCode))
        return exitCode;
    if (!readFormat(parser, QStringLiteral("drift"), &format))
        return kExitBadInput;
    if (parser.isSet(QStringLiteral("project")) == parser.isSet(QStringLiteral("migrations")))
        return reportError(QStringLiteral("drift: give exactly one of --project FILE.json and --migrations DIR"));
    try {
        db::Connection connection(parser.value(QStringLiteral("db")));
        if (parser.isSet(QStringLiteral("project")))
            return reportFindings(findings(db::driftAgainstProject(connection, loadProject(parser.value(QStringLiteral("project"))), schemasOf(parser)).items),
                                  format);
        const QString migrations = parser.value(QStringLiteral("migrations"));
        return reportFindings(findings(db::driftAgainstMigrations(connection, readMigrationScripts(resolveVersionsFolder(migrations)),
                                                                  alembicEnvironmentFolder(migrations), schemasOf(parser)).items),
                              format);
    } catch (const SchemaError &e) {
        return reportError(QStringLiteral("drift: ") + e.problem().text());
    } catch (const std::exception &e) {
        return reportError(QStringLiteral("drift: ") + db::describeSqlError(e));
    }
}

} // namespace sw::cli
