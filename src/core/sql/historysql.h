#pragma once
// DDL for the house history mechanism of a table: the history table, the
// history trigger function and its three AFTER triggers, and the updated_at
// trigger. The rules are those of docs/generated-sql.md.

#include "model/schema.h"

#include <QString>

namespace sw::sql {

QString createHistoryTable(const Table &table);
QString dropHistoryTable(const Table &table);

// CREATE OR REPLACE FUNCTION …_history_trigger(): the whole function, listing
// every column of `table` in its order, in all three branches.
QString historyFunction(const Table &table);
QString dropHistoryFunction(const Table &table);

QString createHistoryTriggers(const Table &table);
QString dropHistoryTriggers(const Table &table);

QString createUpdatedAtTrigger(const Table &table);   // function and trigger
QString dropUpdatedAtTrigger(const Table &table);

} // namespace sw::sql
