#pragma once
// A forked migration folder made one chain again: the chain of `onto` is
// kept, and the other head's own migrations (those after the fork) are the
// ones a rebase regenerates after it.

#include "migration/migrationfolder.h"

namespace sw {

struct RebasePlan {
    QString onto;                        // the head kept
    QString other;                       // the head whose branch moves
    QList<MigrationScriptInfo> moved;    // that branch's own migrations, oldest first
    QString message() const;             // theirs, joined: what the regenerated migration is named
};

// Throws SchemaError unless the folder has exactly two heads and `onto` is one.
RebasePlan planRebase(const QList<MigrationScriptInfo> &scripts, const QString &onto);

} // namespace sw
