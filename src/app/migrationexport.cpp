#include "migrationexport.h"

#include "diff/schemadiff.h"
#include "migration/migrationfolder.h"
#include "migration/migrationmessage.h"
#include "model/validation.h"
#include "newfile.h"

#include <QCoreApplication>
#include <QDir>

namespace sw::app {

MigrationHeader exportHeader(const Project &project, const QString &message, const QString &folder)
{
    const std::optional<QString> baselineRevision =
        project.baseline && !project.baseline->revision.isEmpty() ? std::optional<QString>(project.baseline->revision) : std::nullopt;
    return nextMigrationHeader(folder, message.isEmpty() ? QStringLiteral("describe_this_change") : message, baselineRevision);
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
            const SchemaChange change = diffSchemas(project.baselineProject(), project);
            draft.notes = change.notes;
            draft.hasChange = !change.plan.isEmpty();
            draft.text = draft.hasChange ? renderMigrationFile(header, change.plan)
                                         : QCoreApplication::translate("MigrationExport", "# No change since the last export: nothing to migrate.\n");
            if (draft.hasChange)
                draft.locks = upgradeLocks(draft.text, SimulatedSchema::of(project.baselineProject()));
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

QString exportMigration(DesignDocument &document, const QString &folder, const QString &message, const std::optional<MigrationHeader> &shown)
{
    const QString messageProblem = migrationMessageProblem(message);
    if (!messageProblem.isEmpty())
        throw SchemaError(QStringLiteral("bad-message"), messageProblem);
    const QString versions = resolveVersionsFolder(folder);
    if (!QDir(versions).exists())
        throw SchemaError(Problem{Problem::Severity::Error, QStringLiteral("no-such-folder"), QCoreApplication::translate("MigrationExport", "the migration folder does not exist"), folder, {}, {}, {}, 0});
    // One header: the file's name and its `revision` line must agree.
    const MigrationHeader header = shown ? *shown : exportHeader(document.project(), message, versions);
    const MigrationDraft draft = draftMigration(document.project(), header);
    if (!draft.problems.isEmpty())
        throw SchemaError(draft.problems.first());
    if (!draft.hasChange)
        throw SchemaError(QStringLiteral("no-change"), QCoreApplication::translate("MigrationExport", "no change since the last export"));
    const QString path = QDir(versions).filePath(migrationFileName(header.revision, message));
    writeNewFile(path, draft.text.toUtf8());
    document.markExported(header.revision);
    return path;
}

} // namespace sw::app
