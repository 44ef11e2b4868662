#pragma once
// The rules a design must follow before any SQL is generated from it.

#include "model/schema.h"
#include "problem.h"

namespace sw {

// Every problem of the design, each naming its table and column. Problems carry
// no file; the caller that read a file fills it in.
QList<Problem> validateProject(const Project &project);

} // namespace sw
