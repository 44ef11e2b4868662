// schemawright-cli verify [--migrations DIR] [--since REV] [--db CONNINFO --yes-wipe DBNAME [--force]] [--format text|json]

#include "command.h"
#include "findingsoutput.h"

#include "connection.h"
#include "databasereset.h"
#include "migration/migrationfolder.h"
#include "problem.h"
#include "throwawayserver.h"
#include "verifyworkflow.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <optional>

namespace sw::cli {

namespace {

QString outcomeName(db::VerifyStep::Outcome outcome)
{
    switch (outcome) {
    case db::VerifyStep::Outcome::Passed: return QStringLiteral("passed");
    case db::VerifyStep::Outcome::Failed: return QStringLiteral("failed");
    case db::VerifyStep::Outcome::Skipped: return QStringLiteral("skipped");
    }
    return {};
}

} // namespace

int runVerify(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions({
        migrationsOption(),
        databaseOption(QStringLiteral("A database to run on instead of a throwaway local server: the schemas the folder manages are WIPED "
                                      "(needs --yes-wipe with its name).")),
        {QStringLiteral("since"), QStringLiteral("Check only the migrations after REV (the new ones on a branch); the database is brought to REV unchecked first."),
         QStringLiteral("REV")},
        formatOption(),
    });
    parser.addOptions(wipeOptions());  // with --db
    int exitCode = kExitOk;
    OutputFormat format;
    if (!parseCommandLine(parser, QStringLiteral("verify"), arguments, {}, &exitCode))
        return exitCode;
    if (!readFormat(parser, QStringLiteral("verify"), &format))
        return kExitBadInput;
    // Never DATABASE_URL or libpq's environment: only a database named here, and confirmed, is wiped.
    const bool onNamedDatabase = parser.isSet(QStringLiteral("db"));
    if (onNamedDatabase && !parser.isSet(QStringLiteral("yes-wipe")))
        return reportError(QStringLiteral("verify: --db WIPES the schemas the migration folder manages; confirm with --yes-wipe DBNAME "
                                          "(or leave --db out for a throwaway server); nothing was touched"));
    if (!onNamedDatabase && (parser.isSet(QStringLiteral("yes-wipe")) || parser.isSet(QStringLiteral("force"))))
        return reportError(QStringLiteral("verify: --yes-wipe and --force go with --db"));
    db::VerifyOptions options;
    options.since = parser.value(QStringLiteral("since"));
    QTextStream out(stdout);
    if (format == OutputFormat::Text)
        options.stepFinished = [&out](const db::VerifyStep &s) {
            out << outcomeName(s.outcome).toUpper() << "  " << s.name;
            if (!s.detail.isEmpty())
                out << ": " << (s.file.isEmpty() ? QString() : QFileInfo(s.file).fileName() + QStringLiteral(": ")) << s.detail;
            out << Qt::endl;
        };
    try {
        const MigrationsFolder migrations = migrationsFolder(parser);
        options.alembicEnvironment = migrations.environment;
        const QList<MigrationScript> scripts = readMigrationScripts(migrations.versions);
        db::firstVerifiedMigration(scripts, options.since);   // a wrong --since is refused before any server starts
        std::optional<db::ThrowawayServer> server;
        QString conninfo = parser.value(QStringLiteral("db"));
        if (onNamedDatabase) {
            db::Connection connection(conninfo);
            db::confirmWipe(connection, parser.value(QStringLiteral("yes-wipe")), parser.isSet(QStringLiteral("force")));
            options.schemas = db::managedSchemas(connection, scripts, options.alembicEnvironment);
        } else {
            server.emplace();
            conninfo = server->conninfo();
        }
        const QList<db::VerifyStep> steps = db::verifyMigrations(conninfo, scripts, options);
        const bool passed = std::all_of(steps.begin(), steps.end(), [](const db::VerifyStep &s) { return s.outcome == db::VerifyStep::Outcome::Passed; });
        if (format == OutputFormat::Json) {
            QJsonArray array;
            for (const db::VerifyStep &s : steps)
                array << QJsonObject{{"step", s.name}, {"outcome", outcomeName(s.outcome)}, {"detail", s.detail},
                                     {"file", s.file.isEmpty() ? QJsonValue() : QJsonValue(s.file)}};
            out << QJsonDocument(QJsonObject{{"steps", array}, {"passed", passed}}).toJson(QJsonDocument::Indented);
        }
        return passed ? kExitOk : kExitFindings;
    } catch (const SchemaError &e) {
        const QString hint = e.problem().code == QLatin1String("not-local") ? QStringLiteral(" (--force to wipe it anyway)") : QString();
        return reportError(QStringLiteral("verify: ") + e.problem().text() + hint);
    } catch (const std::exception &e) {
        return reportError(QStringLiteral("verify: ") + db::describeSqlError(e));
    }
}

} // namespace sw::cli
