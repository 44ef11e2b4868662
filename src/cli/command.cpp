#include "command.h"

#include "connectionprofile.h"
#include "migration/alembicconfig.h"
#include "migration/migrationfolder.h"
#include "problem.h"

#include <QDir>
#include <QRegularExpression>
#include <QTextStream>

namespace sw::cli {

namespace {

bool isRelativeTarget(const QString &argument)
{
    static const QRegularExpression relative(QStringLiteral("^-\\d+$"));
    return relative.match(argument).hasMatch();
}

} // namespace

const QList<CommandSpec> &commands()
{
    static const QList<CommandSpec> list = {
        {QStringLiteral("init"), QStringLiteral("write an Alembic environment that follows the house rules"), runInit},
        {QStringLiteral("generate"), QStringLiteral("write the migration from one design to another"), runGenerate},
        {QStringLiteral("lint"), QStringLiteral("check migration files against the house conventions"), runLint},
        {QStringLiteral("history"), QStringLiteral("list the migration chain, oldest first"), runHistory},
        {QStringLiteral("heads"), QStringLiteral("the folder's head revisions (more than one: the chain forked)"), runHeads},
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
        {QStringLiteral("rebase"), QStringLiteral("join a forked migration folder: the other branch's migrations regenerated after REV, verified"), runRebase},
        {QStringLiteral("merge-design"), QStringLiteral("git merge driver: three-way merge of project files by id (init sets it up)"), runMergeDesign},
    };
    return list;
}

int reportError(const QString &message, int exitCode)
{
    QTextStream(stderr) << "schemawright-cli: " << message << Qt::endl;
    return exitCode;
}

bool parseCommandLine(QCommandLineParser &parser, const QString &command, const QStringList &arguments,
                      const QStringList &requiredOptions, int *exitCode, int maxPositional)
{
    parser.setApplicationDescription(QStringLiteral("schemawright-cli %1").arg(command));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    parser.addOption(help);
    const QStringList program{QStringLiteral("schemawright-cli %1").arg(command)};
    bool parsed = parser.parse(program + arguments);
    if (!parsed) {
        // `downgrade -1`: Qt reads -1 as an option named 1, but for Alembic it is a target, and so positional.
        QStringList options = arguments, relative = arguments;
        options.removeIf(isRelativeTarget);
        relative.removeIf([](const QString &a) { return !isRelativeTarget(a); });
        parsed = !relative.isEmpty() && parser.parse(program + options + QStringList{QStringLiteral("--")} + relative);
    }
    if (!parsed) {
        parser.parse(program + arguments);  // the error of the arguments as given
        *exitCode = reportError(QStringLiteral("%1: %2 (see schemawright-cli %1 --help)").arg(command, parser.errorText()));
        return false;
    }
    if (parser.isSet(help)) {
        // Qt writes "Usage: <argv[0]> [options]" and the description under it.
        QString text = parser.helpText().section(QLatin1Char('\n'), 2);
        QTextStream(stdout) << QStringLiteral("Usage: schemawright-cli %1 [options]%2\n")
                                   .arg(command, maxPositional > 0 ? QStringLiteral(" [arguments]") : QString())
                            << text;
        *exitCode = kExitOk;
        return false;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > maxPositional) {
        *exitCode = reportError(QStringLiteral("%1: unexpected argument \"%2\" (see schemawright-cli %1 --help)").arg(command, positional.at(maxPositional)));
        return false;
    }
    for (const QString &option : requiredOptions)
        if (!parser.isSet(option)) {
            *exitCode = reportError(QStringLiteral("%1: --%2 is required (see schemawright-cli %1 --help)").arg(command, option));
            return false;
        }
    return true;
}

QCommandLineOption databaseOption(const QString &description)
{
    return {QStringLiteral("db"),
            description.isEmpty() ? QStringLiteral("libpq connection string or URI (default: DATABASE_URL, then libpq's PGHOST, PGSERVICE, ~/.pgpass, ...).")
                                  : description,
            QStringLiteral("CONNINFO")};
}

QList<QCommandLineOption> wipeOptions()
{
    return {{QStringLiteral("yes-wipe"), QStringLiteral("The name of the database to wipe, typed out as confirmation."), QStringLiteral("DBNAME")},
            {QStringLiteral("force"), QStringLiteral("Also on a server that is not on this machine.")}};
}

QCommandLineOption schemaOption(const QString &description)
{
    return {QStringLiteral("schema"), description, QStringLiteral("NAME")};
}

QStringList schemasOf(const QCommandLineParser &parser)
{
    return parser.values(QStringLiteral("schema"));
}

QCommandLineOption migrationsOption(const QString &description)
{
    return {QStringLiteral("migrations"),
            description.isEmpty() ? QStringLiteral("Migration folder (Alembic's versions/, or the folder holding it; default: the script_location "
                                                   "of ./alembic.ini or ALEMBIC_CONFIG, as alembic finds it).")
                                  : description,
            QStringLiteral("DIR")};
}

QString databaseConninfo(const QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("db")))
        return parser.value(QStringLiteral("db"));
    return conninfoFromDatabaseUrl(qEnvironmentVariable("DATABASE_URL"));
}

MigrationsFolder migrationsFolder(const QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("migrations"))) {
        const QString dir = parser.value(QStringLiteral("migrations"));
        return {resolveVersionsFolder(dir), alembicEnvironmentFolder(dir)};
    }
    const QString named = qEnvironmentVariable("ALEMBIC_CONFIG");
    const std::optional<AlembicConfigLocation> config = findAlembicConfig(QDir::currentPath(), named);
    if (!config)
        throw SchemaError(QStringLiteral("no-migrations"),
                          named.isEmpty() ? QStringLiteral("--migrations DIR is required here: there is no alembic.ini in %1").arg(QDir::currentPath())
                                          : QStringLiteral("--migrations DIR is required: ALEMBIC_CONFIG names %1, which does not exist").arg(named));
    return {resolveVersionsFolder(config->scriptLocation), config->environment};
}

} // namespace sw::cli
