#pragma once
// A schema snapshot kept current after each migration by reading again only
// what the server changed, so that verify compares every step without reading
// the whole catalog each time.
//
// What changed is the server's word, not our reading of the SQL: a catalog
// row inserted or updated carries the id of the transaction that wrote it
// (xmin), newer than any before; a row deleted leaves its object's listing
// (every table, constraint, function, comment, ... by oid), which is compared
// by digest. Objects so found are read again, with the objects that depend on
// them (pg_depend: a renamed table changes the text of its indexes, foreign
// keys and views).
// Catalogs it does not follow (collations, operators, ...) change entries
// only by name; verify compares the whole schema at the start and at head,
// and runs every step again with whole snapshots when the two disagree.
// `exhaustive` reads everything every time, for a check that trusts nothing.

#include "schemasnapshot.h"

#include <QHash>
#include <QSet>

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
    // The owners of catalog rows written since the last call; updates the digests.
    QSet<QString> written();
    // The owners that came or went in one kind's listing since it was last read.
    QSet<QString> relist(const QString &kind);
    QStringList withDependents(const QStringList &owners);
    void replace(const QStringList &owners, SnapshotChange &change);

    Connection &m_connection;
    bool m_exhaustive;
    SchemaSnapshot m_current;
    QHash<QString, QStringList> m_keysByOwner;
    QString m_since = QStringLiteral("3");                // a transaction id: before every user row at first
    QHash<QString, QString> m_digests;                   // kind -> digest of its listing
    QHash<QString, QHash<qint64, QString>> m_listings;   // kind -> item -> owner
};

// How the schema after `second` differs from the schema before `first`
// (empty when the same): `second` is meant to undo `first`, as a downgrade
// its upgrade.
QString describeUndoDifference(const SnapshotChange &first, const SnapshotChange &second);

} // namespace sw::db
