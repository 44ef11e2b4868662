#include "command.h"

#include <QTextStream>

namespace sw::cli {

const QList<CommandSpec> &commands()
{
    static const QList<CommandSpec> list = {
        {QStringLiteral("init"), QStringLiteral("write an Alembic environment that follows the house rules"), runInit},
        {QStringLiteral("generate"), QStringLiteral("write the migration from one design to another"), runGenerate},
        {QStringLiteral("lint"), QStringLiteral("check migration files against the house conventions"), runLint},
        {QStringLiteral("history"), QStringLiteral("list the migration chain, oldest first"), runHistory},
        {QStringLiteral("status"), QStringLiteral("each migration applied, current or pending on a database"), runStatus},
        {QStringLiteral("stamp"), QStringLiteral("find (and write) the revision whose schema the database has"), runStamp},
        {QStringLiteral("reset"), QStringLiteral("wipe the schemas the folder manages and upgrade to head"), runReset},
        {QStringLiteral("ping"), QStringLiteral("test a connection: server version and alembic_version"), runPing},
        {QStringLiteral("current"), QStringLiteral("the revision alembic_version records"), runCurrent},
        {QStringLiteral("upgrade"), QStringLiteral("apply migrations, each in its own transaction"), runUpgrade},
        {QStringLiteral("downgrade"), QStringLiteral("roll migrations back"), runDowngrade},
        {QStringLiteral("import"), QStringLiteral("read a live schema into a project file"), runImport},
        {QStringLiteral("check"), QStringLiteral("history tables, trigger functions and triggers in step (no design needed)"), runCheck},
        {QStringLiteral("drift"), QStringLiteral("where the database differs from the design or the migration chain"), runDrift},
        {QStringLiteral("verify"), QStringLiteral("the guide's testing workflow: up, check, down, up, rows, base, up"), runVerify},
    };
    return list;
}

int reportError(const QString &message, int exitCode)
{
    QTextStream(stderr) << "schemawright-cli: " << message << Qt::endl;
    return exitCode;
}

bool parseCommandLine(QCommandLineParser &parser, const QString &command, const QStringList &arguments,
                      const QStringList &requiredOptions, int *exitCode)
{
    parser.setApplicationDescription(QStringLiteral("schemawright-cli %1").arg(command));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    parser.addOption(help);
    if (!parser.parse(QStringList{QStringLiteral("schemawright-cli %1").arg(command)} + arguments)) {
        *exitCode = reportError(QStringLiteral("%1: %2 (see schemawright-cli %1 --help)").arg(command, parser.errorText()));
        return false;
    }
    if (parser.isSet(help)) {
        // Qt writes "Usage: <argv[0]> [options]" and the description under it.
        QString text = parser.helpText().section(QLatin1Char('\n'), 2);
        QTextStream(stdout) << QStringLiteral("Usage: schemawright-cli %1 [options]\n").arg(command) << text;
        *exitCode = kExitOk;
        return false;
    }
    for (const QString &option : requiredOptions)
        if (!parser.isSet(option)) {
            *exitCode = reportError(QStringLiteral("%1: --%2 is required (see schemawright-cli %1 --help)").arg(command, option));
            return false;
        }
    return true;
}

} // namespace sw::cli
