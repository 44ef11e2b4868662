#include "export/migrationexport.h"

#include "diff/migrationchain.h"
#include "migration/migrationfolder.h"
#include "migration/migrationmessage.h"
#include "model/validation.h"
#include "newfile.h"

#include <QCoreApplication>
#include <QDir>

namespace sw::app {

namespace {

// What the first migration of an empty folder follows: the revision the baseline was taken at.
std::optional<QString> baselineRevisionOf(const Project &project)
{
    return project.baseline && !project.baseline->revision.isEmpty() ? std::optional<QString>(project.baseline->revision) : std::nullopt;
}

} // namespace

MigrationHeader exportHeader(const Project &project, const QString &message, const QString &folder, std::optional<Problem> *folderProblem)
{
    const std::optional<QString> baselineRevision = baselineRevisionOf(project);
    const QString named = message.isEmpty() ? QStringLiteral("describe_this_change") : message;
    try {
        return nextMigrationHeader(folder, named, baselineRevision);
    } catch (const SchemaError &e) {
        if (folderProblem)
            *folderProblem = e.problem();
        return nextMigrationHeader({}, named, baselineRevision);
    }
}

MigrationDraft draftMigration(const Project &project, const MigrationHeader &header)
{
    return draftMigration(project, header, validateProject(project));
}

MigrationDraft draftMigration(const Project &project, const MigrationHeader &header, const QList<Problem> &validation)
{
    MigrationDraft draft;
    for (const Problem &p : validation)
        if (p.isError())
            draft.problems << p;
    if (draft.problems.isEmpty()) {
        try {
            const Project baseline = project.baselineProject();
            const MigrationChain chain = planMigrationChain(baseline, project, header.message);
            draft.notes = chain.notes;
            draft.hasChange = !chain.migrations.isEmpty();
            if (!draft.hasChange) {
                draft.text = QCoreApplication::translate("MigrationExport", "# No change since the last export: nothing to migrate.\n");
                return draft;
            }
            QStringList messages;
            for (const ChainedMigration &m : chain.migrations)
                messages << m.message;
            const QList<MigrationHeader> headers = chainedHeaders(header, messages);
            for (qsizetype i = 0; i < headers.size(); ++i) {
                QList<int> sqlLines;
                const QString file = renderMigrationFile(headers.at(i), chain.migrations.at(i).plan, &sqlLines);
                draft.files << DraftFile{headers.at(i), file};
                // Several files: each under a line with its name, its lock marks on its own lines.
                if (headers.size() > 1)
                    draft.text += QStringLiteral("# ==== %1 ====\n").arg(migrationFileName(headers.at(i).revision, headers.at(i).message));
                const int offset = int(draft.text.count(QLatin1Char('\n')));
                for (StatementLockMark mark : planLocks(chain.migrations.at(i).plan.upgrade, sqlLines, baseline)) {
                    mark.line += offset;
                    draft.locks << mark;
                }
                draft.text += file + (i + 1 < headers.size() ? QStringLiteral("\n\n") : QString());
            }
            return draft;
        } catch (const SchemaError &e) {
            draft.problems << e.problem();
        }
    }
    draft.text = QCoreApplication::translate("MigrationExport", "# The design has problems to fix before a migration can be written:\n");
    for (const Problem &p : draft.problems)
        draft.text += QStringLiteral("#   - %1\n").arg(p.text());
    return draft;
}

QStringList exportMigration(DesignDocument &document, const QString &folder, const QString &message, const std::optional<MigrationHeader> &shown)
{
    const QString messageProblem = migrationMessageProblem(message);
    if (!messageProblem.isEmpty())
        throw SchemaError(QStringLiteral("bad-message"), messageProblem);
    const QString versions = resolveVersionsFolder(folder);
    if (!QDir(versions).exists())
        throw SchemaError(Problem{Problem::Severity::Error, QStringLiteral("no-such-folder"), QCoreApplication::translate("MigrationExport", "the migration folder does not exist"), folder, {}, {}, {}, 0});
    // One header: the file's name and its `revision` line must agree. It must still follow the folder's
    // head: a migration that came since, a second head or a file that is no migration would put it off the chain.
    const MigrationHeader header = shown ? *shown : exportHeader(document.project(), message, versions);
    checkStillFollowsHead(header, versions, baselineRevisionOf(document.project()));
    const MigrationDraft draft = draftMigration(document.project(), header);
    if (!draft.problems.isEmpty())
        throw SchemaError(draft.problems.first());
    if (!draft.hasChange)
        throw SchemaError(QStringLiteral("no-change"), QCoreApplication::translate("MigrationExport", "no change since the last export"));
    QList<std::pair<QString, QByteArray>> files;
    QStringList paths;
    for (const DraftFile &file : draft.files) {
        paths << QDir(versions).filePath(migrationFileName(file.header.revision, file.header.message));
        files.append({paths.last(), file.text.toUtf8()});
    }
    writeNewFiles(files);
    document.markExported(draft.files.last().header.revision);
    return paths;
}

} // namespace sw::app
