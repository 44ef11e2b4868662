#pragma once
// The newest rows of one table, as PostgreSQL prints them (numeric to the
// last digit, timestamps with their time zone), for the row browser: what the
// history triggers recorded, at a glance. Read-only.

#include "connection.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace sw::db {

struct RowSample {
    QStringList columns;
    QList<QList<std::optional<QString>>> rows;  // std::nullopt: NULL
};

// Up to `limit` rows of schema.table, newest first by `orderBy` (a column;
// empty: the first column). Throws SchemaError ("no-such-table") naming the
// table when the database has no such table.
RowSample newestRows(Connection &connection, const QString &schema, const QString &table, const QString &orderBy = {},
                     int limit = 1000);

} // namespace sw::db
