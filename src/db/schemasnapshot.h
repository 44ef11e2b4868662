#pragma once
// Every object of every user schema with its whole definition as the server
// prints it (pg_get_*def, format_type, pg_get_expr): columns with type,
// nullability, default, identity, generation and collation; constraints,
// indexes, sequences, functions, triggers, views, types, comments. Two
// snapshots compare as maps, so "downgrade restores the schema exactly" is a
// plain comparison that names the object that differs.
//
// Column order is left out: PostgreSQL cannot put a dropped column back in
// its place, so a downgrade that re-adds one is as exact as it can be.

#include "connection.h"

#include <QMap>
#include <QStringList>

#include <optional>
#include <QString>

namespace sw::db {

// `WITH ns AS (SELECT oid, nspname …)`: the user's schemas, the same for every
// query that reads or follows a snapshot.
extern const char *const kUserSchemasCte;

// "column public.orders.status" -> "character varying(16) not null default 'NEW'::character varying"
using SchemaSnapshot = QMap<QString, QString>;

SchemaSnapshot schemaSnapshot(Connection &connection);

// The same entries with the catalog row each is read from ("r16384": the
// pg_class row of a table, which owns its columns too), for the owners
// named, or every one (nullopt). snapshottracker.h keeps a snapshot current this way.
struct SnapshotEntry {
    QString key, owner, definition;
};
QList<SnapshotEntry> snapshotEntries(Connection &connection, const std::optional<QStringList> &owners);

// "leaves behind …; does not bring back …; changes … (was …, now …)", or empty when both are the same.
QString describeSnapshotDifference(const SchemaSnapshot &before, const SchemaSnapshot &after);

} // namespace sw::db
