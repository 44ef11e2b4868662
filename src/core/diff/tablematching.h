#pragma once
// Which table of the old design is which table of the new one: by `id` where
// both have one, by schema and name otherwise. A changed name with the same id
// is a rename, not a drop and a create.

#include "model/schema.h"

namespace sw {

struct TableMatch {
    QList<const Table *> created;                          // only in the new design
    QList<const Table *> dropped;                          // only in the old design
    QList<QPair<const Table *, const Table *>> kept;       // (old, new)
};

TableMatch matchTables(const Project &from, const Project &to);

} // namespace sw
