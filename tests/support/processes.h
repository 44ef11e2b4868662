#pragma once
// Running the real programs a user runs: schemawright-cli and alembic.

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace sw::test {

struct ProcessResult {
    int exitCode = -1;
    QString out;
    QString err;
};

// exitCode is -1 for a crash, and for a child still running after timeoutMs (then killed).
ProcessResult runProcess(const QString &program, const QStringList &arguments, const QString &workingDir = {},
                         const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(), int timeoutMs = 300000);

// The built schemawright-cli (SW_CLI, set by CTest).
ProcessResult runCli(const QStringList &arguments, const QString &workingDir = {});

// Debian's alembic in `environmentDir` with DATABASE_URL set to `databaseUrl`.
ProcessResult runAlembic(const QString &environmentDir, const QString &databaseUrl, const QStringList &arguments);

QString sourceDir();           // the checkout (SW_SOURCE_DIR)
QString readFile(const QString &path);

} // namespace sw::test
