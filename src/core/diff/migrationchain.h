#pragma once
// The migrations one change is written as. Usually one; a production-safe
// project (docs/generated-sql.md, "Production-safe migrations") gets the online
// forms that need more than one transaction, each a migration of its own with
// its exact downgrade:
//   drop_<index>      DROP INDEX CONCURRENTLY, one index each
//   (the change)      keys and checks NOT VALID, a new NOT NULL column nullable, no new index
//   backfill          the fill values, batch by batch, each batch committed
//   check_not_null    CHECK (col IS NOT NULL) NOT VALID: from now on no new NULL
//   validate          VALIDATE CONSTRAINT (reads and writes go on)
//   set_not_null      SET NOT NULL (the validated check spares the scan), the check dropped
//   index_<index>     CREATE INDEX CONCURRENTLY, one index each

#include "diff/schemadiff.h"

namespace sw {

struct ChainedMigration {
    QString message;     // snake_case: the change's own, or it with what this one does
    MigrationPlan plan;
};

struct MigrationChain {
    QList<ChainedMigration> migrations;   // in the order they run; empty when nothing changes
    QStringList notes;                    // as SchemaChange::notes
};

// Throws SchemaError as diffSchemas does.
MigrationChain planMigrationChain(const Project &from, const Project &to, const QString &message);

} // namespace sw
