#pragma once
// Which of the situations a database is in against its migration folder and
// its design, so that the drift window offers the one fix that is right:
// a database that is merely behind gets Apply, never a migration; a database
// changed by hand gets a repair of that database, never a file in versions/;
// only a chain that itself builds the wrong thing gets a migration in it.

#include "drift/schemacomparison.h"

namespace sw {

enum class DriftSituation {
    InStep,         // at the folder's head, as the chain builds it, as designed
    OutOfStep,      // behind, ahead, or on a revision the folder does not have
    ChainFault,     // the chain itself builds inconsistent history machinery
    LocalDrift,     // at head, but changed by hand since
    DesignDiffers,  // in step with the chain, not with the design
    Undetermined,   // at head with problems, but the chain could not be built to tell whose they are
};

// `liveAgainstChain`: the database against what the chain builds (with the
// database's own consistency items); `chainConsistency`: the consistency items
// of a database the chain built; `designAgainstLive`: the design against the
// database. Only errors decide; warnings and information are shown, not acted on.
DriftSituation classifyDrift(bool atHead, const QList<DriftItem> &liveAgainstChain, const QList<DriftItem> &chainConsistency,
                             const QList<DriftItem> &designAgainstLive);

// True when `items` holds an error.
bool hasDriftError(const QList<DriftItem> &items);

// The tables named by the errors of `items`, as schema.table, each once, in order.
QStringList tablesWithDriftErrors(const QList<DriftItem> &items);

} // namespace sw
