#pragma once
// A table becoming a partition (ATTACH PARTITION) or stopping being one
// (DETACH PARTITION) in place, rows kept. Between the two statements the
// table is planned like any other, from or to what PostgreSQL 15 leaves
// behind a DETACH: the parent's columns and defaults, its keys, checks and
// foreign keys, and one index per parent index under the name PostgreSQL
// chose for it when the partition was made.

#include "diff/tablediff.h"

namespace sw {

// The standalone table PostgreSQL leaves when `partition` (of `parent`) is detached.
Table detachedPartition(const Table &partition, const Table &parent);

// The name PostgreSQL gives an index it makes for `table` on these index
// columns (ChooseIndexName): "orders_2025_customer_id_idx", "…_pkey", "…_key".
QString serverIndexName(const QString &table, const QStringList &columnNames, const QString &label);

// `parentBefore` / `parentAfter`: the partitioned tables of `before` / `after`
// when they are partitions, else null. Plans an ordinary change when the table
// stays a partition of the same parent, or stays no partition.
TableChangePlan planTableOrMembershipChange(const Table &before, const Table &after, const Table *parentBefore,
                                            const Table *parentAfter, const RenameMap &renames);

} // namespace sw
