#pragma once
// Lint rules about files and the revision chain: names, ids, one unbroken line.

#include "migration/migrationscript.h"
#include "problem.h"

namespace sw {

QList<Problem> lintChain(const QList<MigrationScript> &scripts);

// The scripts in chain order, base first; scripts the chain does not reach
// come last, by file name.
QList<MigrationScript> chainOrder(const QList<MigrationScript> &scripts);

} // namespace sw
