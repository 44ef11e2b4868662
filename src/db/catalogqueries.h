#pragma once
// The catalog queries an import sends, one per catalog. Each takes the
// schemas read as `$1` (text[]); those that skip the tables read in part (a
// design-only import's history tables) take their oids as `$2`. Why each is
// written as it is (what the planner and a new backend make of it) is said
// beside its text.

#include <string>

namespace sw::db::catalog {

extern const std::string kTables;
extern const std::string kColumns;        // $1: the tables' oids (not schemas), $2: read in part ("{}": none)
extern const std::string kColumnsPartly;  // $3: the only columns read of those in part
extern const std::string kConstraints;
extern const char *const kIndexes;
extern const char *const kTriggers;       // $2: every trigger's function (true), or the per-statement ones'
extern const char *const kFunctions;
extern const char *const kExtensions;     // no parameter
extern const char *const kTypes;
extern const std::string kSequences;

} // namespace sw::db::catalog
