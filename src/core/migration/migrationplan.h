#pragma once
// A migration as data: the steps of upgrade() and downgrade(), each one
// op.execute() call introduced by a comment saying which step it is.

#include <QList>
#include <QString>
#include <QStringList>

namespace sw {

struct MigrationStep {
    QString comment;   // "Main table orders"
    QString sql;       // complete statements
    // Written into the file exactly as it is, not indented: SQL that restores
    // a function body as the database had it, whose spaces are part of it.
    bool verbatim = false;
    // Runs outside the migration's transaction, in Alembic's
    // op.get_context().autocommit_block(): CREATE INDEX CONCURRENTLY, a fill
    // that commits batch by batch. One statement per such step.
    bool autocommit = false;

    bool operator==(const MigrationStep &) const = default;
};

struct MigrationPlan {
    QList<MigrationStep> upgrade;
    QList<MigrationStep> downgrade;
    QStringList warnings;  // written into the file as comments, e.g. data loss

    bool isEmpty() const { return upgrade.isEmpty(); }
    // Appends `other`'s upgrade after ours and its downgrade before ours, so
    // the downgrade stays the exact reverse of the upgrade.
    void append(const MigrationPlan &other);
    MigrationPlan reversed() const;
};

} // namespace sw
