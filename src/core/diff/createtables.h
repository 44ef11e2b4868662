#pragma once
// The plan that creates a set of tables with everything the conventions give
// them, in foreign key order; its reverse drops them.

#include "migration/migrationplan.h"
#include "model/schema.h"

namespace sw {

// `tables` are created in an order where every referenced table exists first;
// keys in a cycle are added by ALTER TABLE once all tables exist.
MigrationPlan planCreateTables(const QList<const Table *> &tables);
MigrationPlan planDropTables(const QList<const Table *> &tables);

// The steps that create one table (main table, indexes, history table,
// function, triggers, updated_at, comments) and their reverse.
MigrationPlan planCreateTable(const Table &table, const QStringList &deferredForeignKeys = {});

} // namespace sw
