#pragma once
// The rules a design must follow before any SQL is generated from it.

#include "model/schema.h"
#include "problem.h"

namespace sw {

// Every problem of the design, each naming its table and column. Problems carry
// no file; the caller that read a file fills it in.
// Tables unchanged since an earlier run, with the tables they read, keep the
// verdict they had (the designer validates the whole design on every edit).
QList<Problem> validateProject(const Project &project);
// The same, remembering nothing from earlier runs: the two always agree.
QList<Problem> validateProjectAfresh(const Project &project);

// Why `table` cannot keep history as the conventions make it (empty: it can):
// a column of its own that every history table has (history_id, operation,
// changed_at), or another table of its schema already named as its history
// table. Putting every table under the house rules leaves such a table out.
QString whyNoHistory(const Project &project, const Table &table);

} // namespace sw
