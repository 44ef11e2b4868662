// schemawright-cli current   [--db CONNINFO]
// schemawright-cli upgrade   [--db CONNINFO] [--migrations DIR] [TARGET | --to TARGET] [--sql [--from REV]]   (TARGET: head, REV, +N)
// schemawright-cli downgrade [--db CONNINFO] [--migrations DIR] (TARGET | --to TARGET) [--sql --from REV]      (TARGET: -N, REV, base)
// As alembic: the target positional, --migrations from ./alembic.ini, --db from DATABASE_URL.

#include "command.h"

#include "alembicversion.h"
#include "connection.h"
#include "migration/migrationfolder.h"
#include "migrationrunner.h"
#include "problem.h"

#include <QDir>
#include <QFileInfo>
#include <QTextStream>


namespace sw::cli {

namespace {

// The target, given as alembic takes it (positional) or as --to; both must agree.
std::optional<QString> targetOf(const QCommandLineParser &parser, const QString &command)
{
    const QStringList positional = parser.positionalArguments();
    const QString option = parser.value(QStringLiteral("to"));
    if (!positional.isEmpty() && parser.isSet(QStringLiteral("to")) && positional.first() != option)
        throw SchemaError(QStringLiteral("bad-target"), QStringLiteral("%1: two targets, %2 and --to %3; give one").arg(command, positional.first(), option));
    if (!positional.isEmpty())
        return positional.first();
    return parser.isSet(QStringLiteral("to")) ? std::optional<QString>(option) : std::nullopt;
}

int runMigrations(const QString &command, Direction direction, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("TARGET"), direction == Direction::Upgrade
                                                               ? QStringLiteral("head (default), heads, a revision or a unique prefix of one, +N.")
                                                               : QStringLiteral("-N, a revision or a unique prefix of one, base."));
    parser.addOptions({
        databaseOption(),
        migrationsOption(),
        {QStringLiteral("to"), QStringLiteral("The target, as TARGET."), QStringLiteral("TARGET")},
        {QStringLiteral("sql"), QStringLiteral("Print the SQL instead of running it, without connecting (as alembic --sql).")},
        {QStringLiteral("dry-run"), QStringLiteral("Change nothing: list the migrations that would run and each table and column they drop, "
                                                   "with the rows that hold data there now.")},
        {QStringLiteral("from"), QStringLiteral("With --sql: the revision the database is at (default base; needed for a downgrade)."),
         QStringLiteral("REV")},
        {QStringLiteral("lock-timeout"), QStringLiteral("Seconds a statement may wait for a table lock (default 10)."), QStringLiteral("S"), QStringLiteral("10")},
        {QStringLiteral("statement-timeout"), QStringLiteral("Seconds a statement may run, 0 for no limit (default 0)."), QStringLiteral("S"), QStringLiteral("0")},
        {QStringLiteral("wait"), QStringLiteral("Seconds to wait for another Schemawright runner on the same database (default 30)."), QStringLiteral("S"), QStringLiteral("30")},
        {QStringLiteral("alembic-timeout"), QStringLiteral("Seconds one migration run through alembic may take before it is stopped (default 600)."),
         QStringLiteral("S"), QStringLiteral("600")},
    });
    int exitCode = kExitOk;
    if (!parseCommandLine(parser, command, arguments, {}, &exitCode, 1))
        return exitCode;

    db::RunOptions options;
    options.direction = direction;
    bool ok1 = false, ok2 = false, ok3 = false, ok4 = false;
    options.lockTimeoutMs = int(parser.value(QStringLiteral("lock-timeout")).toDouble(&ok1) * 1000);
    options.statementTimeoutMs = int(parser.value(QStringLiteral("statement-timeout")).toDouble(&ok2) * 1000);
    options.runnerWaitMs = int(parser.value(QStringLiteral("wait")).toDouble(&ok3) * 1000);
    options.alembicTimeoutMs = int(parser.value(QStringLiteral("alembic-timeout")).toDouble(&ok4) * 1000);
    if (!ok1 || !ok2 || !ok3 || !ok4 || options.lockTimeoutMs < 0 || options.statementTimeoutMs < 0 || options.runnerWaitMs < 0
        || options.alembicTimeoutMs <= 0)
        return reportError(QStringLiteral("%1: --lock-timeout, --statement-timeout, --wait and --alembic-timeout take seconds").arg(command));
    options.progress = [](const QString &message) { QTextStream(stderr) << message << Qt::endl; };

    try {
        const std::optional<QString> target = targetOf(parser, command);
        if (!target && direction == Direction::Downgrade)
            return reportError(QStringLiteral("downgrade: give a target: -1 rolls back one migration, base all of them (see schemawright-cli downgrade --help)"));
        options.target = target.value_or(QStringLiteral("head"));
        const MigrationsFolder migrations = migrationsFolder(parser);
        options.alembicEnvironment = migrations.environment;
        db::MigrationRunner runner(databaseConninfo(parser), readMigrationScripts(migrations.versions));
        if (parser.isSet(QStringLiteral("sql"))) {
            const QString from = parser.value(QStringLiteral("from"));
            if (direction == Direction::Downgrade && from.isEmpty())
                return reportError(QStringLiteral("downgrade: --sql needs --from REV: offline, the revision the database is at is unknown"));
            const std::optional<QString> start = from.isEmpty() || from == QLatin1String("base") ? std::nullopt : std::optional<QString>(from);
            QTextStream(stdout) << runner.sql(options, start);
            return kExitOk;
        }
        if (parser.isSet(QStringLiteral("dry-run"))) {
            const db::DryRun dry = runner.dryRun(options);
            QTextStream out(stdout);
            out << (dry.steps.isEmpty() ? "Nothing would run" : "Would run") << " (the database is at " << dry.current.value_or(QStringLiteral("base"))
                << "; nothing was changed)" << Qt::endl;
            for (const db::DryRunStep &step : dry.steps) {
                out << "  " << step.label << Qt::endl;
                for (const QString &drop : step.drops)
                    out << "    drops " << drop << Qt::endl;
                if (!step.readable)
                    out << "    runs through alembic: what it drops cannot be read from the file" << Qt::endl;
            }
            return kExitOk;
        }
        if (parser.isSet(QStringLiteral("from")))
            return reportError(QStringLiteral("%1: --from goes with --sql; a run starts where the database is").arg(command));
        const db::RunResult result = runner.run(options);
        QTextStream(stdout) << result.endRevision.value_or(QStringLiteral("None")) << Qt::endl;
        if (result.applied.isEmpty())
            QTextStream(stderr) << "Nothing to do: the database is at " << result.endRevision.value_or(QStringLiteral("base")) << Qt::endl;
        return kExitOk;
    } catch (const SchemaError &e) {
        return reportError(command + QStringLiteral(": ") + e.problem().text());
    } catch (const std::exception &e) {
        return reportError(command + QStringLiteral(": ") + db::describeSqlError(e));
    }
}

} // namespace

int runCurrent(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(databaseOption());
    int exitCode = kExitOk;
    if (!parseCommandLine(parser, QStringLiteral("current"), arguments, {}, &exitCode))
        return exitCode;
    try {
        db::Connection connection(databaseConninfo(parser));
        const QStringList revisions = db::recordedRevisions(connection);
        QTextStream(stdout) << (revisions.isEmpty() ? QStringLiteral("None") : revisions.join(QLatin1Char('\n'))) << Qt::endl;
        return kExitOk;
    } catch (const SchemaError &e) {
        return reportError(QStringLiteral("current: ") + e.problem().text());
    } catch (const std::exception &e) {
        return reportError(QStringLiteral("current: ") + db::describeSqlError(e));
    }
}

int runPing(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(databaseOption());
    int exitCode = kExitOk;
    if (!parseCommandLine(parser, QStringLiteral("ping"), arguments, {}, &exitCode))
        return exitCode;
    try {
        db::Connection connection(databaseConninfo(parser));
        const QStringList revisions = db::recordedRevisions(connection);
        QTextStream(stdout) << "PostgreSQL " << connection.serverVersion() << ", database " << connection.databaseName() << ", alembic_version "
                            << (revisions.isEmpty() ? QStringLiteral("None") : revisions.join(QStringLiteral(", "))) << Qt::endl;
        return kExitOk;
    } catch (const SchemaError &e) {
        return reportError(QStringLiteral("ping: ") + e.problem().text());
    } catch (const std::exception &e) {
        return reportError(QStringLiteral("ping: ") + db::describeSqlError(e));
    }
}

int runUpgrade(const QStringList &arguments) { return runMigrations(QStringLiteral("upgrade"), Direction::Upgrade, arguments); }
int runDowngrade(const QStringList &arguments) { return runMigrations(QStringLiteral("downgrade"), Direction::Downgrade, arguments); }

} // namespace sw::cli
