#pragma once
// What every CLI command shares: exit codes, option parsing, error output.

#include <QCommandLineParser>
#include <QStringList>

namespace sw::cli {

enum ExitCode {
    kExitOk = 0,        // done, nothing found
    kExitFindings = 1,  // lint, drift, check or verify found a problem; generate found no change
    kExitBadInput = 2,  // the input or the environment is wrong
};

struct CommandSpec {
    QString name;
    QString summary;
    int (*run)(const QStringList &arguments);
};

const QList<CommandSpec> &commands();

// Parses `arguments` (the command's own, after its name) with `parser`.
// On --help prints the help and returns kExitOk through `exitCode`; on a bad
// option, a missing required one or more than `maxPositional` positional
// arguments prints one line and returns kExitBadInput. Returns true to go on.
// Alembic's relative targets (-1, -2) are positional arguments, as for alembic.
bool parseCommandLine(QCommandLineParser &parser, const QString &command, const QStringList &arguments,
                      const QStringList &requiredOptions, int *exitCode, int maxPositional = 0);

// The options several commands take, each defined once. An empty
// description takes the common one.
QCommandLineOption databaseOption(const QString &description = {});
QCommandLineOption migrationsOption(const QString &description = {});
// --yes-wipe DBNAME and --force: what a command that wipes a database asks first.
QList<QCommandLineOption> wipeOptions();
// --schema NAME, repeatable; schemasOf() gives the names (none: not given).
QCommandLineOption schemaOption(const QString &description);
QStringList schemasOf(const QCommandLineParser &parser);

// The database --db names; without it DATABASE_URL (what the house env.py
// reads; a SQLAlchemy URL is read as libpq's), then libpq's own environment.
QString databaseConninfo(const QCommandLineParser &parser);

struct MigrationsFolder {
    QString versions;     // the migration files
    QString environment;  // the folder holding alembic.ini (empty: none)
};
// The folder --migrations names; without it, the script_location of the
// config Alembic itself would read here (ALEMBIC_CONFIG, else ./alembic.ini).
// Throws SchemaError when there is neither.
MigrationsFolder migrationsFolder(const QCommandLineParser &parser);

// One line on stderr: "schemawright-cli: <message>".
int reportError(const QString &message, int exitCode = kExitBadInput);

int runInit(const QStringList &arguments);
int runMergeDesign(const QStringList &arguments);
int runRebase(const QStringList &arguments);
int runGenerate(const QStringList &arguments);
int runLint(const QStringList &arguments);
int runHistory(const QStringList &arguments);
int runHeads(const QStringList &arguments);
int runStatus(const QStringList &arguments);
int runStamp(const QStringList &arguments);
int runReset(const QStringList &arguments);
int runCurrent(const QStringList &arguments);
int runUpgrade(const QStringList &arguments);
int runDowngrade(const QStringList &arguments);
int runImport(const QStringList &arguments);
int runPing(const QStringList &arguments);
int runCheck(const QStringList &arguments);
int runDrift(const QStringList &arguments);
int runVerify(const QStringList &arguments);

} // namespace sw::cli
