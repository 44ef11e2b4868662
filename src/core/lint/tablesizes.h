#pragma once
// How big the tables a migration locks are in a live database, and what that
// makes of a lock finding: a rewrite of an empty table is nothing, of twelve
// million rows it holds every query for minutes.

#include "lint/statementlocks.h"
#include "problem.h"

#include <QHash>

namespace sw {

struct TableSize {
    double rows = -1;   // pg_class.reltuples: an estimate; -1 when never analysed
    qint64 bytes = 0;   // pg_total_relation_size: with its indexes and TOAST
};

// "about 12 million rows (4.1 GB)"
QString describeTableSize(const TableSize &size);

// The finding weighed by its table's size: its severity (info for an empty or
// small table, error for a large one) and a message that starts with the size
// and how long the lock may be held. `code` is the finding's code.
void weighByTableSize(SafetyFinding &finding, Problem::Severity &severity, const TableSize &size);

} // namespace sw
