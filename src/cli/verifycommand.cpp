// schemawright-cli verify --migrations DIR [--db CONNINFO] [--format text|json]

#include "command.h"
#include "findingsoutput.h"

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
        {QStringLiteral("migrations"), QStringLiteral("Migration folder (Alembic's versions/, or the folder holding it)."), QStringLiteral("DIR")},
        {QStringLiteral("db"), QStringLiteral("A database this may WIPE (its public schema is dropped); default: a throwaway local server."),
         QStringLiteral("CONNINFO")},
        formatOption(),
    });
    int exitCode = kExitOk;
    OutputFormat format;
    if (!parseCommandLine(parser, QStringLiteral("verify"), arguments, {QStringLiteral("migrations")}, &exitCode))
        return exitCode;
    if (!readFormat(parser, QStringLiteral("verify"), &format))
        return kExitBadInput;
    const QString migrations = parser.value(QStringLiteral("migrations"));
    const QString versions = resolveVersionsFolder(migrations);
    db::VerifyOptions options;
    options.alembicEnvironment = alembicEnvironmentFolder(migrations);
    QTextStream out(stdout);
    if (format == OutputFormat::Text)
        options.stepFinished = [&out](const db::VerifyStep &s) {
            out << outcomeName(s.outcome).toUpper() << "  " << s.name;
            if (!s.detail.isEmpty())
                out << ": " << (s.file.isEmpty() ? QString() : QFileInfo(s.file).fileName() + QStringLiteral(": ")) << s.detail;
            out << Qt::endl;
        };
    try {
        const QList<MigrationScript> scripts = readMigrationScripts(versions);
        std::optional<db::ThrowawayServer> server;
        QString conninfo = parser.value(QStringLiteral("db"));
        if (!parser.isSet(QStringLiteral("db"))) {
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
        return reportError(QStringLiteral("verify: ") + e.problem().text());
    }
}

} // namespace sw::cli
