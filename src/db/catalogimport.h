#pragma once
// Reading a live schema into a design: tables, columns (types as PostgreSQL
// formats them), defaults, nullability, keys, unique constraints, foreign
// keys, checks, indexes and comments; views, routines and triggers that are
// not the conventions' (sqlobjectcatalog.h). History tables are recognised as
// the history of their main table ("history": true), not imported as tables.
// A fixed number of catalog queries, whatever the number of tables.

#include "connection.h"
#include "drift/liveschema.h"
#include "model/schema.h"

#include <functional>

namespace sw::db {

// How much of the live schema an import reads.
enum class ImportDepth {
    Everything,  // for drift and check, which compare all of it
    // What a design is made of: of a history table only the two columns that
    // make it one, no trigger function's source, only the triggers fired per
    // statement (a table's history mode). `live` holds no more than that.
    DesignOnly,
};

struct ImportOptions {
    QStringList schemas = {QStringLiteral("public")};
    // When given, tables and columns keep this design's ids, fill values and
    // unknown keys, and its spelling of defaults and checks wherever
    // PostgreSQL reads both the same.
    const Project *existing = nullptr;
    ImportDepth depth = ImportDepth::Everything;
};

struct ImportResult {
    Project project;
    QStringList warnings;  // parts of tables and types a design cannot hold yet, left out
    // Views, routines and triggers a design cannot hold yet (a disabled
    // trigger, a view's options…): named, but no table loses anything by their absence.
    QStringList besideTables;
    LiveSchema live;       // everything read, history tables, triggers and functions included
};

// `onTablesRead`, when given, is called on the importing thread with the
// design's tables, sequences, types and extensions once they are read, while
// the server still reads views, routines and triggers: a caller may start on
// the tables what it redoes for those that change after (an existing design's
// ids kept, expressions in their plainest spelling). It must not wait for that work.
ImportResult importSchema(Connection &connection, const ImportOptions &options, const std::function<void(const Project &)> &onTablesRead = {});

} // namespace sw::db
