#include "alembicstep.h"

#include "connectionprofile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryFile>

#include <pqxx/pqxx>

namespace sw::db {

namespace {

constexpr int kWrongDatabaseExit = 3;  // alembicguard.py's WRONG_DATABASE_EXIT

// The interpreter alembic's own script names (#!/usr/bin/python3), which has
// alembic and psycopg2.
QString pythonOf(const QString &alembic)
{
    QFile script(alembic);
    if (script.open(QIODevice::ReadOnly)) {
        const QByteArray first = script.readLine().trimmed();
        if (first.startsWith("#!/") && !first.contains(' '))
            return QString::fromUtf8(first.mid(2));
    }
    return QStringLiteral("/usr/bin/python3");
}

// The line of alembic's stderr that says what went wrong: the exception of a
// traceback ("sqlalchemy.exc.OperationalError: ... lock timeout") or alembic's
// "FAILED: ...", not SQLAlchemy's trailing "Background on this error" link.
QString errorLine(const QByteArray &output)
{
    static const QRegularExpression exceptionLine(QStringLiteral("^(FAILED: |[A-Za-z_][\\w.]*: )"));
    const QStringList lines = QString::fromUtf8(output).trimmed().split(QLatin1Char('\n'));
    for (auto line = lines.crbegin(); line != lines.crend(); ++line)
        if (exceptionLine.match(*line).hasMatch())
            return line->trimmed();
    return lines.last().trimmed();
}

// Ends what a stopped alembic left running on the server, so that its open
// transaction is rolled back before the runner says where the database is.
void endBackendsOf(pqxx::connection_base &runner, const QString &application)
{
    pqxx::nontransaction tx(runner);
    tx.exec_params("SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity WHERE application_name = $1",
                   application.toStdString());
}

} // namespace

QString alembicExecutable()
{
    const QString debian = QStringLiteral("/usr/bin/alembic");
    return QFileInfo::exists(debian) ? debian : QStandardPaths::findExecutable(QStringLiteral("alembic"));
}

AlembicOutcome runGuardedAlembic(pqxx::connection_base &runner, const QString &conninfo, const QString &environmentDir,
                                 const QStringList &arguments, const AlembicLimits &limits)
{
    QTemporaryFile guard(QDir::tempPath() + QStringLiteral("/schemawright-alembic-XXXXXX.py"));
    QFile source(QStringLiteral(":/db/alembicguard.py"));
    if (!guard.open() || !source.open(QIODevice::ReadOnly) || guard.write(source.readAll()) < 0 || !guard.flush())
        return {AlembicOutcome::Kind::Failed, QStringLiteral("cannot write a temporary file: %1").arg(guard.errorString())};

    const QString application = QStringLiteral("schemawright-alembic-%1").arg(runner.backendpid());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SCHEMAWRIGHT_DATABASE_URL"), sqlalchemyUrl(conninfo));
    environment.insert(QStringLiteral("SCHEMAWRIGHT_RUNNER_PID"), QString::number(runner.backendpid()));
    environment.insert(QStringLiteral("SCHEMAWRIGHT_APPLICATION"), application);
    environment.insert(QStringLiteral("SCHEMAWRIGHT_LOCK_TIMEOUT"), QString::number(limits.lockTimeoutMs));
    environment.insert(QStringLiteral("SCHEMAWRIGHT_STATEMENT_TIMEOUT"), QString::number(limits.statementTimeoutMs));

    QProcess alembic;
    alembic.setProcessEnvironment(environment);
    alembic.setWorkingDirectory(environmentDir);
    alembic.setStandardInputFile(QProcess::nullDevice());
    alembic.start(pythonOf(alembicExecutable()), QStringList{guard.fileName()} + arguments);
    if (!alembic.waitForStarted(30000))
        return {AlembicOutcome::Kind::Failed, QStringLiteral("cannot start alembic: %1").arg(alembic.errorString())};
    if (!alembic.waitForFinished(limits.runTimeoutMs)) {
        alembic.kill();
        alembic.waitForFinished(5000);
        endBackendsOf(runner, application);
        return {AlembicOutcome::Kind::TimedOut,
                QStringLiteral("alembic did not finish within %1 s and was stopped").arg(limits.runTimeoutMs / 1000.0)};
    }
    const QString said = errorLine(alembic.readAllStandardError());
    if (alembic.exitStatus() != QProcess::NormalExit)
        return {AlembicOutcome::Kind::Failed, QStringLiteral("alembic crashed (%1)").arg(said.isEmpty() ? alembic.errorString() : said)};
    if (alembic.exitCode() == kWrongDatabaseExit)
        return {AlembicOutcome::Kind::WrongDatabase, said};
    if (alembic.exitCode() != 0)
        return {AlembicOutcome::Kind::Failed, said.isEmpty() ? QStringLiteral("exit status %1").arg(alembic.exitCode()) : said};
    return {};
}

} // namespace sw::db
