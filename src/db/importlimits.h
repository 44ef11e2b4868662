#pragma once
// What a design cannot hold yet is left out of an import, each piece named,
// never imported changed: the file import writes is always one the product
// loads.

#include "model/schema.h"

#include <QStringList>

namespace sw::db {

// Columns of a type neither built in, nor the design's, nor an extension's
// (a type of a schema not imported), with the keys, indexes, foreign keys and
// checks that use them; and types built on such a type.
void leaveOutUnknownTypes(Project &project, QStringList &warnings);

} // namespace sw::db
