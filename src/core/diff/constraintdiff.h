#pragma once
// Indexes, checks, primary key and foreign keys of a kept table: which are
// dropped, added, changed (dropped and added again) or only renamed.

#include "diff/renamemap.h"
#include "model/schema.h"
#include "sql/tablesql.h"

namespace sw {

template <typename T>
struct NamedChanges {
    QList<T> dropped;                 // old design's items
    QList<T> added;                   // new design's items
    QList<QPair<T, T>> renamed;       // (old, new): same definition, new name
    QList<QPair<T, T>> kept;          // (old, new): same definition and name
};

struct NamedCheck {
    QString name;
    QString expression;
    int position = 0;  // in its own table's checks
    bool notValid = false;
    QString comment = {};
};

struct NamedForeignKey {
    QString name;
    ForeignKey key;
};

struct ConstraintChanges {
    bool primaryKeyChanged = false;
    NamedChanges<sql::IndexDefinition> indexes;
    NamedChanges<NamedCheck> checks;
    NamedChanges<NamedForeignKey> foreignKeys;
    NamedChanges<Exclusion> exclusions;
    // NOT VALID before, validated now, the same otherwise: VALIDATE CONSTRAINT
    // (no drop and add, which would check the rows under a lock that blocks writes).
    QList<QPair<NamedCheck, NamedCheck>> validatedChecks;
    QList<QPair<NamedForeignKey, NamedForeignKey>> validatedForeignKeys;
};

ConstraintChanges diffConstraints(const Table &before, const Table &after, const RenameMap &renames);

} // namespace sw
