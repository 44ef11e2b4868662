#pragma once
// The checks that need no design: every history table mirrors its table,
// every history trigger function lists exactly the history columns in one
// order with OLD/NEW used right, and the history and updated_at triggers
// exist, are enabled, and fire when they should.

#include "drift/liveschema.h"
#include "problem.h"

namespace sw {

QList<Problem> checkConsistency(const LiveSchema &live);

} // namespace sw
