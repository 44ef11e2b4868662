#include "processes.h"

#include <QFile>
#include <QProcess>

#include <stdexcept>

namespace sw::test {

ProcessResult runProcess(const QString &program, const QStringList &arguments, const QString &workingDir,
                         const QProcessEnvironment &environment, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    if (!workingDir.isEmpty())
        process.setWorkingDirectory(workingDir);
    process.start(program, arguments);
    if (!process.waitForStarted(30000))
        throw std::runtime_error(("cannot start " + program + ": " + process.errorString()).toStdString());
    if (!process.waitForFinished(timeoutMs)) {  // a hung child is a failure, never exit 0
        process.kill();
        process.waitForFinished(5000);
        return {-1, QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError()) + QStringLiteral("\n%1 did not finish within %2 ms and was killed").arg(program).arg(timeoutMs)};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

ProcessResult runCli(const QStringList &arguments, const QString &workingDir)
{
    const QString cli = qEnvironmentVariable("SW_CLI");
    if (cli.isEmpty())
        throw std::runtime_error("SW_CLI is not set; run the tests through ctest");
    return runProcess(cli, arguments, workingDir);
}

ProcessResult runAlembic(const QString &environmentDir, const QString &databaseUrl, const QStringList &arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DATABASE_URL"), databaseUrl);
    // /usr/bin/alembic runs Debian's python3, whatever python3 comes first on PATH.
    return runProcess(QStringLiteral("/usr/bin/alembic"), arguments, environmentDir, environment);
}

QString sourceDir()
{
    return qEnvironmentVariable("SW_SOURCE_DIR");
}

QString readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace sw::test
