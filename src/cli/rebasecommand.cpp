// schemawright-cli rebase --migrations DIR --project PROJECT [--onto REV] [--dry-run]
//
// A folder with two heads after a merge made one chain again
// (db/rebaseworkflow.h); the project's baseline moves to the new head.

#include "command.h"

#include "problem.h"
#include "project/projectfile.h"
#include "rebaseworkflow.h"

#include <QFileInfo>
#include <QTextStream>

namespace sw::cli {

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
    const QString projectPath = parser.value(QStringLiteral("project"));
    try {
        const MigrationsFolder migrations = migrationsFolder(parser);
        const QList<MigrationScriptInfo> scripts = readMigrationFolder(migrations.versions);
        const QString onto = parser.isSet(QStringLiteral("onto")) ? parser.value(QStringLiteral("onto")) : db::headOnThisBranch(migrations.versions, scripts);
        Project project = loadProject(projectPath);
        const db::RebaseProposal proposal = db::proposeRebase(migrations.versions, scripts, project, onto);
        for (const MigrationScriptInfo &s : proposal.plan.moved)
            out << "moves " << s.fileName << Qt::endl;
        for (const auto &[path, bytes] : proposal.files)
            out << (parser.isSet(QStringLiteral("dry-run")) ? "would write " : "writes ") << QFileInfo(path).fileName() << " after " << onto << Qt::endl;
        if (parser.isSet(QStringLiteral("dry-run")))
            return kExitOk;
        project.baseline = project.asBaseline(proposal.head);
        const QString failure = db::rebaseFolder(proposal, migrations.environment, [&] { saveProject(project, projectPath); });
        if (!failure.isEmpty())
            return reportError(QStringLiteral("rebase: verify failed, everything put back: %1").arg(failure), kExitFindings);
        out << "verified: one chain, head " << proposal.head << Qt::endl;
        return kExitOk;
    } catch (const SchemaError &e) {
        const bool aboutTheDesign = e.problem().code == QLatin1String("baseline-not-onto") || e.problem().code == QLatin1String("nothing-to-move");
        return reportError(QStringLiteral("rebase: ") + (aboutTheDesign ? projectPath + QStringLiteral(": ") : QString()) + e.problem().text());
    }
}

} // namespace sw::cli
