#include "migrationexport.h"

#include "diff/schemadiff.h"
#include "migration/migrationfolder.h"
#include "migration/migrationmessage.h"
#include "model/validation.h"
#include "newfile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>

namespace sw::app {

namespace {

MigrationHeader headerFor(const Project &project, const QString &message, const QString &folder)
{
    QList<MigrationScriptInfo> scripts;
    if (!folder.isEmpty() && QDir(folder).exists()) {
        try {
            scripts = readMigrationFolder(resolveVersionsFolder(folder));
        } catch (const SchemaError &) {
        }
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString revision = nextRevision(now.toSecsSinceEpoch(), scripts);
    std::optional<QString> down;
    const QStringList heads = headRevisions(scripts);
    if (!heads.isEmpty())
        down = heads.first();
    else if (project.baseline && !project.baseline->revision.isEmpty())
        down = project.baseline->revision;
    return MigrationHeader{revision, down, message.isEmpty() ? QStringLiteral("describe_this_change") : message, QDateTime::fromSecsSinceEpoch(revision.toLongLong(), Qt::UTC)};
}

} // namespace

MigrationDraft draftMigration(const Project &project, const QString &message, const QString &folder)
{
    MigrationDraft draft;
    for (const Problem &p : validateProject(project))
        if (p.isError())
            draft.problems << p;
    if (draft.problems.isEmpty()) {
        try {
            const SchemaChange change = diffSchemas(project.baselineProject(), project);
            draft.notes = change.notes;
            draft.hasChange = !change.plan.isEmpty();
            draft.text = draft.hasChange ? renderMigrationFile(headerFor(project, message, folder), change.plan)
                                         : QCoreApplication::translate("MigrationExport", "# No change since the last export: nothing to migrate.\n");
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

QString exportMigration(DesignDocument &document, const QString &folder, const QString &message)
{
    const QString messageProblem = migrationMessageProblem(message);
    if (!messageProblem.isEmpty())
        throw SchemaError(QStringLiteral("bad-message"), messageProblem);
    const QString versions = resolveVersionsFolder(folder);
    if (!QDir(versions).exists())
        throw SchemaError(Problem{Problem::Severity::Error, QStringLiteral("no-such-folder"), QCoreApplication::translate("MigrationExport", "the migration folder does not exist"), folder, {}, {}, {}, 0});
    const MigrationDraft draft = draftMigration(document.project(), message, versions);
    if (!draft.problems.isEmpty())
        throw SchemaError(draft.problems.first());
    if (!draft.hasChange)
        throw SchemaError(QStringLiteral("no-change"), QCoreApplication::translate("MigrationExport", "no change since the last export"));
    const MigrationHeader header = headerFor(document.project(), message, versions);
    const QString path = QDir(versions).filePath(migrationFileName(header.revision, message));
    writeNewFile(path, draft.text.toUtf8());
    document.markExported(header.revision);
    return path;
}

} // namespace sw::app
