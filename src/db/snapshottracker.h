#pragma once
// A schema snapshot kept current after each migration by reading again only
// what the server changed, so that verify compares every step without reading
// the whole catalog each time.
//
// What changed is the server's word, not our reading of the SQL: every
// catalog row a migration inserts, updates or deletes changes the set of row
// versions (xmin) of the object it belongs to. Objects whose rows changed are
// read again, with the objects that depend on them (pg_depend: a renamed
// table changes the text of its indexes, foreign keys and views).
// `exhaustive` reads everything every time, for a check that trusts nothing.

#include "schemasnapshot.h"

#include <QHash>

#include <optional>

namespace sw::db {

// What one run changed: each entry it touched, before and after (nullopt: absent).
struct SnapshotChange {
    QMap<QString, std::optional<QString>> before, after;
};

class SnapshotTracker {
public:
    SnapshotTracker(Connection &connection, bool exhaustive);

    // After statements ran: brings current() up to date and says what changed.
    SnapshotChange refresh();
    const SchemaSnapshot &current() const { return m_current; }

private:
    QHash<QString, QString> fingerprints();
    QStringList withDependents(const QStringList &owners);
    void replace(const QStringList &owners, SnapshotChange &change);

    Connection &m_connection;
    bool m_exhaustive;
    SchemaSnapshot m_current;
    QHash<QString, QStringList> m_keysByOwner;
    QHash<QString, QString> m_fingerprints;   // owner -> its catalog rows' versions
};

// How the schema after `second` differs from the schema before `first`
// (empty when the same): `second` is meant to undo `first`, as a downgrade
// its upgrade.
QString describeUndoDifference(const SnapshotChange &first, const SnapshotChange &second);

} // namespace sw::db
