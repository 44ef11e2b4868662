#pragma once
// ALTER statements for changing an existing table, its history table and
// their derived objects. Pure functions; each returns complete statements.

#include "columntype.h"
#include "model/schema.h"

#include <QString>

namespace sw::sql {

QString addColumn(const Table &table, const Column &column, bool withNotNull);
QString dropColumn(const Table &table, const QString &column);
QString renameColumn(const Table &table, const QString &from, const QString &to);
QString alterColumnType(const Table &table, const Column &column, const TypeChange &change);
QString setNotNull(const Table &table, const QString &column, bool notNull);
QString setDefault(const Table &table, const QString &column, const std::optional<QString> &defaultExpr);
// Makes `column` an identity column as it says, its sequence starting past the values the table holds.
QString addIdentity(const Table &table, const Column &column);
QString dropIdentity(const Table &table, const QString &column);
// A serial column's sequence made (owned, its default, past the values held) or dropped with its default.
QString serialOn(const Table &table, const Column &column);
QString serialOff(const Table &table, const QString &column);
QString setIdentityMode(const Table &table, const QString &column, const QString &identity);  // "always" or "by default"
// Gives existing rows `fillExpr` where `column` is NULL, with `pausedTriggers`
// (the table's history and updated_at triggers) disabled meanwhile: a backfill
// by a migration is no change a user made, and must not stamp rows as updated.
QString fillNulls(const Table &table, const QString &column, const QString &fillExpr, const QStringList &pausedTriggers);

// The history table's copy of a column: its type without serial, nothing else.
QString addHistoryColumn(const Table &table, const Column &column);
QString dropHistoryColumn(const Table &table, const QString &column);
QString renameHistoryColumn(const Table &table, const QString &from, const QString &to);
QString alterHistoryColumnType(const Table &table, const Column &column, const TypeChange &change);

// Renames the table and the objects named after it that carry data or keys:
// primary key, serial sequences, and the same for its history table.
QString renameTable(const Table &from, const Table &to);
QString renameHistoryTable(const Table &from, const Table &to);
QString renameSequence(const QString &schema, const QString &from, const QString &to);

QString addPrimaryKey(const Table &table);
QString dropPrimaryKey(const Table &table);
QString addCheck(const Table &table, int checkPosition);
QString addExclusion(const Table &table, const Exclusion &exclusion);
QString dropConstraint(const Table &table, const QString &constraint);
QString validateConstraint(const Table &table, const QString &constraint);
QString renameConstraint(const Table &table, const QString &from, const QString &to);
QString renameIndex(const Table &table, const QString &from, const QString &to);

QString commentOnTable(const Table &table);     // IS NULL when the table has none
QString commentOnColumn(const Table &table, const Column &column);

} // namespace sw::sql
