#pragma once
// The SQL that brings one database back to what its migration chain builds,
// for that database only: run on it or saved as a .sql file, never a file in
// versions/ (every other database built from the chain is right already).

#include "drift/liveschema.h"
#include "drift/schemacomparison.h"
#include "migration/migrationplan.h"

namespace sw {

// `built`: what the chain builds; `actual` and `live`: the database;
// `liveAgainstChain`: their comparison, the database's consistency items
// included. First the history machinery of each inconsistent table is put in
// step with the table as it is; then every table is brought to what the chain
// builds, its history with it.
MigrationPlan planDatabaseRepair(const Project &built, const Project &actual, const LiveSchema &live, const QList<DriftItem> &liveAgainstChain);

} // namespace sw
