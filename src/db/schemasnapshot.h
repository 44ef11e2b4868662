#pragma once
// Every object of a schema on one line each (tables, columns with types,
// indexes, sequences, functions, triggers), sorted: two snapshots compare
// like text, so "downgrade restores the schema" is a plain comparison.

#include "connection.h"

#include <QStringList>

namespace sw::db {

QStringList schemaSnapshot(Connection &connection, const QString &schema = QStringLiteral("public"));

// "leaves behind: …; takes away: …", or empty when both are the same.
QString describeSnapshotDifference(const QStringList &before, const QStringList &after);

} // namespace sw::db
