// schemawright-cli status [--db CONNINFO] [--migrations DIR] [--format text|json]
// Exit 0 when the database is at the folder's head, 1 when not, 2 on error.

#include "command.h"

#include "alembicversion.h"
#include "connection.h"
#include "findingsoutput.h"
#include "migration/migrationfolder.h"
#include "migration/migrationpath.h"
#include "migration/migrationstatus.h"
#include "problem.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>


namespace sw::cli {

namespace {

QJsonValue orNull(const std::optional<QString> &text) { return text ? QJsonValue(*text) : QJsonValue(); }

void printText(const MigrationStatus &status)
{
    QTextStream out(stdout);
    for (const QString &revision : status.unknown)
        out << "?  " << revision << "  (in the database, not in the folder: migrated from another checkout or branch, or its migration "
            << "removed by a rebase or merge; downgrade from the checkout that has it, or on a development database `schemawright-cli reset`, "
            << "or `schemawright-cli stamp --detect` to find the revision whose schema it has)" << Qt::endl;
    for (auto it = status.revisions.crbegin(); it != status.revisions.crend(); ++it) {
        const char *mark = it->state == RevisionState::State::Current ? "@" : it->state == RevisionState::State::Applied ? " " : "+";
        out << mark << "  " << it->script->info.revision << "  " << stateName(it->state) << "  " << messageOf(it->script->info) << "  "
            << it->script->info.fileName << Qt::endl;
    }
    QTextStream err(stderr);
    if (status.atHead())
        err << "At head " << status.head << Qt::endl;
    else if (status.unknown.isEmpty())
        err << "At " << status.current.value_or(QStringLiteral("base")) << "; head is " << status.head << ": `schemawright-cli upgrade` applies "
            << std::count_if(status.revisions.begin(), status.revisions.end(), [](const RevisionState &r) { return r.state == RevisionState::State::Pending; })
            << " migration(s)" << Qt::endl;
}

void printJson(const MigrationStatus &status)
{
    QJsonArray revisions;
    for (const RevisionState &r : status.revisions)
        revisions << QJsonObject{{"revision", r.script->info.revision},
                                 {"down_revision", r.script->info.downRevisions.isEmpty() ? QJsonValue() : QJsonValue(r.script->info.downRevisions.join(QLatin1Char(',')))},
                                 {"message", messageOf(r.script->info)},
                                 {"file", r.script->info.path},
                                 {"state", stateName(r.state)}};
    QTextStream(stdout) << QJsonDocument(QJsonObject{{"current", orNull(status.current)},
                                                     {"head", status.head.isEmpty() ? QJsonValue() : QJsonValue(status.head)},
                                                     {"revisions", revisions},
                                                     {"unknown", QJsonArray::fromStringList(status.unknown)}})
                               .toJson(QJsonDocument::Indented);
}

} // namespace

int runStatus(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions({databaseOption(), migrationsOption(), formatOption()});
    int exitCode = kExitOk;
    OutputFormat format;
    if (!parseCommandLine(parser, QStringLiteral("status"), arguments, {}, &exitCode))
        return exitCode;
    if (!readFormat(parser, QStringLiteral("status"), &format))
        return kExitBadInput;
    try {
        const QList<MigrationScript> scripts = readMigrationScripts(migrationsFolder(parser).versions);
        const QList<const MigrationScript *> chain = linearChain(scripts);
        db::Connection connection(databaseConninfo(parser));
        const MigrationStatus status = migrationStatus(chain, db::recordedRevisions(connection));
        if (format == OutputFormat::Json)
            printJson(status);
        else
            printText(status);
        return status.atHead() ? kExitOk : kExitFindings;
    } catch (const SchemaError &e) {
        return reportError(QStringLiteral("status: ") + e.problem().text());
    } catch (const std::exception &e) {
        return reportError(QStringLiteral("status: ") + db::describeSqlError(e));
    }
}

} // namespace sw::cli
