// schemawright-cli rebase --migrations DIR --project PROJECT [--onto REV] [--dry-run]
//
// A folder with two heads after a merge: the chain of REV stays, the other
// branch's migrations are regenerated after it from the project's (merged)
// design, so that history tables and trigger functions list every column of
// both branches. Proven with verify on a throwaway server; all or nothing.

#include "command.h"

#include "connection.h"
#include "diff/migrationchain.h"
#include "migration/alembicfile.h"
#include "migration/migrationscript.h"
#include "migration/rebaseplan.h"
#include "newfile.h"
#include "problem.h"
#include "project/projectfile.h"
#include "throwawayserver.h"
#include "verifyworkflow.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTextStream>

namespace sw::cli {

namespace {

bool git(const QString &dir, const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(dir);
    process.start(QStringLiteral("git"), arguments);
    return process.waitForFinished(30000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

// The head whose file the branch being merged into already had: HEAD's, or
// its first parent's once the merge is committed.
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

struct Written {
    QList<std::pair<QString, QByteArray>> files;   // the regenerated migrations
    QString head;
};

Written regenerate(const RebasePlan &plan, const Project &project, const QString &versions, const QList<MigrationScriptInfo> &scripts)
{
    const MigrationChain chain = planMigrationChain(project.baselineProject(), project, plan.message());
    if (chain.migrations.isEmpty())
        throw SchemaError(QStringLiteral("nothing-to-move"), QStringLiteral("the design has nothing beyond %1 that %2 made; nothing written").arg(plan.onto, plan.other));
    QStringList messages;
    for (const ChainedMigration &m : chain.migrations)
        messages << m.message;
    const QString revision = nextRevision(QDateTime::currentSecsSinceEpoch(), scripts);
    const QList<MigrationHeader> headers = chainedHeaders(
        MigrationHeader{revision, plan.onto, plan.message(), QDateTime::fromSecsSinceEpoch(revision.toLongLong(), Qt::UTC)}, messages);
    Written written;
    for (qsizetype i = 0; i < headers.size(); ++i)
        written.files.append({QDir(versions).filePath(migrationFileName(headers.at(i).revision, headers.at(i).message)),
                              renderMigrationFile(headers.at(i), chain.migrations.at(i).plan).toUtf8()});
    written.head = headers.last().revision;
    return written;
}

// The new chain from `onto` on, in a throwaway server; empty when it passed, else the first failure.
QString verifyAfter(const QString &onto, const MigrationsFolder &migrations)
{
    db::VerifyOptions options;
    options.alembicEnvironment = migrations.environment;
    options.since = onto;
    db::ThrowawayServer server;
    for (const db::VerifyStep &step : db::verifyMigrations(server.conninfo(), readMigrationScripts(migrations.versions), options))
        if (step.outcome == db::VerifyStep::Outcome::Failed)
            return QStringLiteral("%1: %2%3").arg(step.name, step.file.isEmpty() ? QString() : QFileInfo(step.file).fileName() + QStringLiteral(": "), step.detail);
    return {};
}

} // namespace

int runRebase(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("migrations"), QStringLiteral("Migration folder (Alembic's versions/, or the environment holding it)."), QStringLiteral("DIR")},
        {QStringLiteral("project"), QStringLiteral("The merged design; its baseline must be at REV (merge-design keeps ours)."), QStringLiteral("PROJECT")},
        {QStringLiteral("onto"), QStringLiteral("The head whose chain stays (default: the one this branch already had, found with git)."), QStringLiteral("REV")},
        {QStringLiteral("dry-run"), QStringLiteral("Say what would move and be written; change nothing.")},
    });
    int exitCode = kExitOk;
    if (!parseCommandLine(parser, QStringLiteral("rebase"), arguments, {QStringLiteral("project")}, &exitCode))
        return exitCode;
    QTextStream out(stdout);
    try {
        const MigrationsFolder migrations = migrationsFolder(parser);
        const QList<MigrationScriptInfo> scripts = readMigrationFolder(migrations.versions);
        const QString onto = parser.isSet(QStringLiteral("onto")) ? parser.value(QStringLiteral("onto")) : headOnThisBranch(migrations.versions, scripts);
        const RebasePlan plan = planRebase(scripts, onto);
        const QString projectPath = parser.value(QStringLiteral("project"));
        Project project = loadProject(projectPath);
        if (!project.baseline || project.baseline->revision != onto)
            return reportError(QStringLiteral("rebase: the baseline of %1 is at %2, not at %3, whose schema the moved migrations follow; merge the "
                                              "project with merge-design (it keeps ours), or take the baseline at %3; nothing written")
                                   .arg(projectPath, project.baseline ? project.baseline->revision : QStringLiteral("none"), onto));
        const Written written = regenerate(plan, project, migrations.versions, scripts);
        for (const MigrationScriptInfo &s : plan.moved)
            out << "moves " << s.fileName << Qt::endl;
        for (const auto &[path, bytes] : written.files)
            out << (parser.isSet(QStringLiteral("dry-run")) ? "would write " : "writes ") << QFileInfo(path).fileName() << " after " << onto << Qt::endl;
        if (parser.isSet(QStringLiteral("dry-run")))
            return kExitOk;

        // All or nothing: what is replaced is kept until verify has passed.
        QStringList replaced{projectPath};
        for (const MigrationScriptInfo &s : plan.moved)
            replaced << s.path;
        QList<std::pair<QString, QByteArray>> old;
        for (const QString &path : replaced) {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                return reportError(QStringLiteral("rebase: cannot read %1: %2; nothing written").arg(path, f.errorString()));
            old.append({path, f.readAll()});
        }
        const QByteArray projectBefore = old.takeFirst().second;
        writeNewFiles(written.files);  // never over a file there; nothing written when one fails
        QString failure;
        try {
            for (const auto &[path, bytes] : old)
                QFile::remove(path);
            project.baseline = project.asBaseline(written.head);
            saveProject(project, projectPath);
            failure = verifyAfter(onto, migrations);
        } catch (const SchemaError &e) {
            failure = e.problem().text();
        } catch (const std::exception &e) {
            failure = db::describeSqlError(e);
        }
        if (!failure.isEmpty()) {
            for (const auto &[path, bytes] : written.files)
                QFile::remove(path);
            writeNewFiles(old);
            saveSerializedProject(projectBefore, projectPath);
            return reportError(QStringLiteral("rebase: verify failed, everything put back: %1").arg(failure), kExitFindings);
        }
        out << "verified: one chain, head " << written.head << Qt::endl;
        return kExitOk;
    } catch (const SchemaError &e) {
        return reportError(QStringLiteral("rebase: ") + e.problem().text());
    }
}

} // namespace sw::cli
