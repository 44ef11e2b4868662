#pragma once
// Where a database stands on a migration chain, from the revisions its
// alembic_version records: each migration applied, current or pending, and
// the recorded revisions the folder does not have.

#include "migration/migrationscript.h"

#include <optional>

namespace sw {

struct RevisionState {
    enum class State { Applied, Current, Pending };
    const MigrationScript *script = nullptr;
    State state = State::Pending;
};

struct MigrationStatus {
    std::optional<QString> current;   // the revision recorded, when there is one the folder has
    QString head;                     // the folder's head; empty for an empty folder
    QList<RevisionState> revisions;   // the chain, oldest first
    QStringList unknown;              // recorded, but not in the folder (database ahead, another branch)

    bool atHead() const { return unknown.isEmpty() && current.value_or(QString()) == head; }
};

MigrationStatus migrationStatus(const QList<const MigrationScript *> &chain, const QStringList &recorded);

QString stateName(RevisionState::State state);   // "applied", "current", "pending"

// The message a file is named with: 1764000000_create_orders_table.py -> create_orders_table.
QString messageOf(const MigrationScriptInfo &info);

} // namespace sw
