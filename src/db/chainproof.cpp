#include "chainproof.h"

#include "migration/migrationfolder.h"
#include "newfile.h"
#include "problem.h"
#include "querycanceller.h"
#include "throwawayserver.h"
#include "verifyworkflow.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QTemporaryDir>

namespace sw::db {

namespace {

// Copies `from` into `to`, leaving out Python's caches and hidden files.
void copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString relative = QDir(from).relativeFilePath(source);
        if (relative.contains(QLatin1String("__pycache__")))
            continue;
        const QString target = QDir(to).filePath(relative);
        QDir().mkpath(QFileInfo(target).path());
        if (!QFile::copy(source, target))
            throw SchemaError(QStringLiteral("copy-failed"), QStringLiteral("could not copy %1 to a temporary folder").arg(source));
    }
}

} // namespace

ChainProof proveNewMigration(const QString &folder, const QString &fileName, const QByteArray &content, QueryCanceller *canceller)
{
    QTemporaryDir copy;
    if (!copy.isValid())
        throw SchemaError(QStringLiteral("copy-failed"), QStringLiteral("no temporary folder: %1").arg(copy.errorString()));
    const QString versions = resolveVersionsFolder(folder);
    const QString environment = alembicEnvironmentFolder(folder);
    // Alembic finds versions/ from alembic.ini: the environment is copied whole when versions/ lies inside it.
    QString copiedVersions, copiedEnvironment;
    if (!environment.isEmpty() && !QDir(environment).relativeFilePath(versions).startsWith(QLatin1String(".."))) {
        copiedEnvironment = copy.filePath(QStringLiteral("env"));
        copyTree(environment, copiedEnvironment);
        copiedVersions = QDir(copiedEnvironment).filePath(QDir(environment).relativeFilePath(versions));
    } else {
        copiedVersions = copy.filePath(QStringLiteral("versions"));
        copyTree(versions, copiedVersions);
    }
    QDir().mkpath(copiedVersions);
    writeNewFile(QDir(copiedVersions).filePath(fileName), content);
    VerifyOptions options;
    options.alembicEnvironment = copiedEnvironment;
    return verifyOnThrowawayServer(readMigrationScripts(copiedVersions), options, canceller);
}

ChainProof verifyOnThrowawayServer(const QList<MigrationScript> &scripts, const VerifyOptions &options, QueryCanceller *canceller)
{
    ThrowawayServer server;
    if (canceller)
        canceller->onCancel([&server] { server.stopNow(); });
    const auto withdraw = qScopeGuard([canceller] {
        if (canceller)
            canceller->onCancel({});
    });
    ChainProof proof{true, {}};
    for (const VerifyStep &s : verifyMigrations(server.conninfo(), scripts, options)) {
        const char *outcome = s.outcome == VerifyStep::Outcome::Passed ? "passed" : s.outcome == VerifyStep::Outcome::Failed ? "FAILED" : "skipped";
        proof.passed = proof.passed && s.outcome == VerifyStep::Outcome::Passed;
        proof.lines << QStringLiteral("%1  %2  %3 %4").arg(QLatin1String(outcome), s.name, QFileInfo(s.file).fileName(), s.detail);
    }
    return proof;
}

} // namespace sw::db
