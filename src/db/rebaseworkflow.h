#pragma once
// A forked migration folder made one chain again, for the CLI's rebase and
// the window's Rebase…: the chain of `onto` stays; the other branch's own
// migrations are regenerated after it from the design's baseline (the schema
// at `onto`) to its (merged) tables, so that history tables and trigger
// functions list every column of both branches. Proven with verify on a
// throwaway server; all or nothing.

#include "migration/rebaseplan.h"
#include "model/schema.h"

#include <QByteArray>

#include <functional>
#include <utility>

namespace sw::db {

// What a rebase will write, worked out without changing anything.
struct RebaseProposal {
    RebasePlan plan;
    QList<std::pair<QString, QByteArray>> files;  // the regenerated migrations (path, content), oldest first
    QString head;                                 // the last of them: the folder's one head afterwards
};

// The head whose file the branch being merged into already had, asked of git:
// HEAD's, or its first parent's once the merge is committed. Throws
// SchemaError naming the heads when git cannot tell (no git, no repository).
QString headOnThisBranch(const QString &versions, const QList<MigrationScriptInfo> &scripts);

// Throws SchemaError when the folder has not exactly two heads, `onto` is not
// one, the design's baseline is not at `onto`, or the design holds nothing
// beyond it.
RebaseProposal proposeRebase(const QString &versions, const QList<MigrationScriptInfo> &scripts, const Project &project, const QString &onto);

// Writes the proposal in place of the moved migrations, proves the chain
// after `onto` with verify on a throwaway server, then runs `commit` (the CLI
// saves the project there). When any of it fails the folder is put back as it
// was and the failure is returned, naming the step and file; empty: rebased.
QString rebaseFolder(const RebaseProposal &proposal, const QString &alembicEnvironment, const std::function<void()> &commit = {});

} // namespace sw::db
