// schemawright-cli lint --migrations DIR [--format text|json]
// schemawright-cli history --migrations DIR [--format text|json]

#include "command.h"

#include "migration/migrationstatus.h"
#include "findingsoutput.h"

#include "lint/chainrules.h"
#include "lint/migrationlinter.h"
#include "migration/migrationfolder.h"
#include "migration/migrationscript.h"
#include "migration/migrationstatus.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextStream>

namespace sw::cli {

namespace {

QCommandLineOption migrationsOption()
{
    return {QStringLiteral("migrations"), QStringLiteral("Migration folder (Alembic's versions/, or the folder holding it)."), QStringLiteral("DIR")};
}

} // namespace

int runLint(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions({migrationsOption(), formatOption()});
    int exitCode = kExitOk;
    OutputFormat format;
    if (!parseCommandLine(parser, QStringLiteral("lint"), arguments, {QStringLiteral("migrations")}, &exitCode))
        return exitCode;
    if (!readFormat(parser, QStringLiteral("lint"), &format))
        return kExitBadInput;
    try {
        return reportFindings(lintMigrationFolder(resolveVersionsFolder(parser.value(QStringLiteral("migrations")))), format);
    } catch (const SchemaError &e) {
        return reportError(QStringLiteral("lint: ") + e.problem().text());
    }
}

int runHistory(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions({migrationsOption(), formatOption()});
    int exitCode = kExitOk;
    OutputFormat format;
    if (!parseCommandLine(parser, QStringLiteral("history"), arguments, {QStringLiteral("migrations")}, &exitCode))
        return exitCode;
    if (!readFormat(parser, QStringLiteral("history"), &format))
        return kExitBadInput;
    try {
        const QList<MigrationScript> chain = chainOrder(readMigrationScripts(resolveVersionsFolder(parser.value(QStringLiteral("migrations")))));
        QTextStream out(stdout);
        QJsonArray array;
        for (const MigrationScript &s : chain) {
            const QString message = messageOf(s.info);
            const QString down = s.info.downRevisions.isEmpty() ? QStringLiteral("None") : s.info.downRevisions.join(QStringLiteral(", "));
            if (format == OutputFormat::Json)
                array << QJsonObject{{"revision", s.info.revision},
                                     {"down_revision", s.info.downRevisions.isEmpty() ? QJsonValue() : QJsonValue(s.info.downRevisions.join(QStringLiteral(",")))},
                                     {"message", message},
                                     {"file", s.info.path}};
            else
                out << s.info.revision << "  " << down << "  " << message << "  " << s.info.path << Qt::endl;
        }
        if (format == OutputFormat::Json)
            out << QJsonDocument(QJsonObject{{"migrations", array}}).toJson(QJsonDocument::Indented);
        return kExitOk;
    } catch (const SchemaError &e) {
        return reportError(QStringLiteral("history: ") + e.problem().text());
    }
}

} // namespace sw::cli
