// schemawright-cli lint [--migrations DIR] [--locks] [--db CONNINFO] [--format text|json]
// schemawright-cli history [--migrations DIR] [--format text|json]
// schemawright-cli heads [--migrations DIR] [--format text|json]

#include "command.h"

#include "migration/migrationstatus.h"
#include "findingsoutput.h"

#include "lint/chainrules.h"
#include "connection.h"
#include "lint/migrationlinter.h"
#include "tablesizes.h"
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

// Each statement's lock, as a table for people or as JSON objects.
QJsonObject printStatementLocks(const QList<StatementLockReport> &statements, OutputFormat format)
{
    QJsonArray array;
    QTextStream out(stdout);
    for (const StatementLockReport &s : statements) {
        if (format == OutputFormat::Json) {
            array << QJsonObject{{"file", s.file}, {"revision", s.revision}, {"line", s.line}, {"lock", s.lock}, {"work", s.work},
                                 {"blocks", s.blocks}, {"table", s.table}, {"new_table", s.newTable}, {"statement", s.statement}};
            continue;
        }
        out << QFileInfo(s.file).fileName() << ':' << s.line << "  " << s.lock.leftJustified(22) << ' '
            << (s.newTable ? QStringLiteral("new table") : s.work).leftJustified(18) << ' ' << s.table.leftJustified(20) << ' ' << s.statement.left(70)
            << Qt::endl;
    }
    return format == OutputFormat::Json ? QJsonObject{{"statements", array}} : QJsonObject{};
}

} // namespace

int runLint(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption locks(QStringLiteral("locks"), QStringLiteral("Also list the lock each statement of each upgrade() takes and what it does to its table."));
    const QCommandLineOption database = databaseOption(QStringLiteral("Weigh lock findings by the size of the tables in this database (libpq connection string)."));
    parser.addOptions({migrationsOption(), formatOption(), locks, database});
    int exitCode = kExitOk;
    OutputFormat format;
    if (!parseCommandLine(parser, QStringLiteral("lint"), arguments, {}, &exitCode))
        return exitCode;
    if (!readFormat(parser, QStringLiteral("lint"), &format))
        return kExitBadInput;
    try {
        QList<StatementLockReport> statements;
        QHash<QString, TableSize> sizes;
        if (parser.isSet(database)) {
            db::Connection connection(parser.value(database));
            sizes = db::readTableSizes(connection);
        }
        const QList<Problem> findings = lintMigrationFolder(migrationsFolder(parser).versions,
                                                            {parser.isSet(locks) ? &statements : nullptr, parser.isSet(database) ? &sizes : nullptr});
        return reportFindings(findings, format, parser.isSet(locks) ? printStatementLocks(statements, format) : QJsonObject{});
    } catch (const SchemaError &e) {
        return reportError(QStringLiteral("lint: ") + e.problem().text());
    } catch (const std::exception &e) {
        return reportError(QStringLiteral("lint: ") + db::describeSqlError(e));
    }
}

int runHistory(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions({migrationsOption(), formatOption()});
    int exitCode = kExitOk;
    OutputFormat format;
    if (!parseCommandLine(parser, QStringLiteral("history"), arguments, {}, &exitCode))
        return exitCode;
    if (!readFormat(parser, QStringLiteral("history"), &format))
        return kExitBadInput;
    try {
        const QList<MigrationScript> chain = chainOrder(readMigrationScripts(migrationsFolder(parser).versions));
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

int runHeads(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions({migrationsOption(), formatOption()});
    int exitCode = kExitOk;
    OutputFormat format;
    if (!parseCommandLine(parser, QStringLiteral("heads"), arguments, {}, &exitCode))
        return exitCode;
    if (!readFormat(parser, QStringLiteral("heads"), &format))
        return kExitBadInput;
    try {
        const QStringList heads = headRevisions(readMigrationFolder(migrationsFolder(parser).versions));
        QTextStream out(stdout);
        if (format == OutputFormat::Json)
            out << QJsonDocument(QJsonObject{{"heads", QJsonArray::fromStringList(heads)}}).toJson(QJsonDocument::Indented);
        else
            for (const QString &head : heads)
                out << head << " (head)" << Qt::endl;  // as `alembic heads` prints it
        return kExitOk;
    } catch (const SchemaError &e) {
        return reportError(QStringLiteral("heads: ") + e.problem().text());
    }
}

} // namespace sw::cli
