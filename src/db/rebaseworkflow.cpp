#include "rebaseworkflow.h"

#include "connection.h"
#include "diff/migrationchain.h"
#include "migration/alembicfile.h"
#include "newfile.h"
#include "problem.h"
#include "throwawayserver.h"
#include "verifyworkflow.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

namespace sw::db {

namespace {

bool git(const QString &dir, const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(dir);
    process.start(QStringLiteral("git"), arguments);
    return process.waitForFinished(30000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

// The new chain from `onto` on, in a throwaway server; empty when it passed, else the first failure.
QString verifyAfter(const QString &onto, const QString &versions, const QString &alembicEnvironment)
{
    VerifyOptions options;
    options.alembicEnvironment = alembicEnvironment;
    options.since = onto;
    ThrowawayServer server;
    for (const VerifyStep &step : verifyMigrations(server.conninfo(), readMigrationScripts(versions), options))
        if (step.outcome == VerifyStep::Outcome::Failed)
            return QStringLiteral("%1: %2%3").arg(step.name, step.file.isEmpty() ? QString() : QFileInfo(step.file).fileName() + QStringLiteral(": "), step.detail);
    return {};
}

// The moved migrations' bytes, kept until the new chain has passed.
QList<std::pair<QString, QByteArray>> readMoved(const RebasePlan &plan)
{
    QList<std::pair<QString, QByteArray>> old;
    for (const MigrationScriptInfo &s : plan.moved) {
        QFile f(s.path);
        if (!f.open(QIODevice::ReadOnly))
            throw SchemaError(QStringLiteral("unreadable"), QStringLiteral("cannot read %1: %2; nothing written").arg(s.path, f.errorString()));
        old.append({s.path, f.readAll()});
    }
    return old;
}

} // namespace

QString headOnThisBranch(const QString &versions, const QList<MigrationScriptInfo> &scripts)
{
    const QString commit = git(versions, {QStringLiteral("rev-parse"), QStringLiteral("--verify"), QStringLiteral("-q"), QStringLiteral("HEAD^2")})
        ? QStringLiteral("HEAD^1") : QStringLiteral("HEAD");
    QStringList found;
    const QStringList heads = headRevisions(scripts);
    for (const MigrationScriptInfo &s : scripts)
        if (heads.contains(s.revision) && git(versions, {QStringLiteral("cat-file"), QStringLiteral("-e"), commit + QStringLiteral(":./") + s.fileName}))
            found << s.revision;
    if (found.size() != 1)
        throw SchemaError(QStringLiteral("which-head"), QStringLiteral("git cannot tell which head this branch already had (heads %1); choose it with --onto")
                                                            .arg(heads.join(QStringLiteral(", "))));
    return found.first();
}

RebaseProposal proposeRebase(const QString &versions, const QList<MigrationScriptInfo> &scripts, const Project &project, const QString &onto)
{
    RebaseProposal proposal{planRebase(scripts, onto), {}, {}};
    if (!project.baseline || project.baseline->revision != onto)
        throw SchemaError(QStringLiteral("baseline-not-onto"),
                          QStringLiteral("the design's baseline is at %1, not at %2, whose schema the moved migrations follow; merge the project with "
                                         "merge-design (it keeps ours), or take the baseline at %2; nothing written")
                              .arg(project.baseline ? project.baseline->revision : QStringLiteral("none"), onto));
    const MigrationChain chain = planMigrationChain(project.baselineProject(), project, proposal.plan.message());
    if (chain.migrations.isEmpty())
        throw SchemaError(QStringLiteral("nothing-to-move"), QStringLiteral("the design has nothing beyond %1 that %2 made; nothing written")
                                                                 .arg(onto, proposal.plan.other));
    QStringList messages;
    for (const ChainedMigration &m : chain.migrations)
        messages << m.message;
    const QString revision = nextRevision(QDateTime::currentSecsSinceEpoch(), scripts);
    const QList<MigrationHeader> headers = chainedHeaders(
        MigrationHeader{revision, onto, proposal.plan.message(), QDateTime::fromSecsSinceEpoch(revision.toLongLong(), Qt::UTC)}, messages);
    for (qsizetype i = 0; i < headers.size(); ++i)
        proposal.files.append({QDir(versions).filePath(migrationFileName(headers.at(i).revision, headers.at(i).message)),
                               renderMigrationFile(headers.at(i), chain.migrations.at(i).plan).toUtf8()});
    proposal.head = headers.last().revision;
    return proposal;
}

QString rebaseFolder(const RebaseProposal &proposal, const QString &alembicEnvironment, const std::function<void()> &commit)
{
    const QList<std::pair<QString, QByteArray>> old = readMoved(proposal.plan);
    writeNewFiles(proposal.files);  // never over a file there; nothing written when one fails
    QString failure;
    try {
        for (const auto &[path, bytes] : old)
            QFile::remove(path);
        failure = verifyAfter(proposal.plan.onto, QFileInfo(proposal.files.first().first).path(), alembicEnvironment);
        if (failure.isEmpty() && commit)
            commit();
    } catch (const SchemaError &e) {
        failure = e.problem().text();
    } catch (const std::exception &e) {
        failure = describeSqlError(e);
    }
    if (!failure.isEmpty()) {
        for (const auto &[path, bytes] : proposal.files)
            QFile::remove(path);
        writeNewFiles(old);
    }
    return failure;
}

} // namespace sw::db
