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
// option prints one line and returns kExitBadInput. Returns true to go on.
bool parseCommandLine(QCommandLineParser &parser, const QString &command, const QStringList &arguments,
                      const QStringList &requiredOptions, int *exitCode);

// One line on stderr: "schemawright-cli: <message>".
int reportError(const QString &message, int exitCode = kExitBadInput);

int runInit(const QStringList &arguments);
int runGenerate(const QStringList &arguments);
int runLint(const QStringList &arguments);
int runHistory(const QStringList &arguments);
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
