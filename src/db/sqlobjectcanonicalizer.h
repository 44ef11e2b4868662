#pragma once
// The design's views, functions and triggers in the server's words. A design
// may say `SELECT * FROM t` where pg_get_viewdef prints every column; what is
// compared is what PostgreSQL makes of each, never our text.

#include "connection.h"
#include "model/schema.h"

namespace sw::db {

// `design` with each SQL object whose definition differs as text from the one
// the database holds (`live`, an import of it) replaced by what the server
// prints once it is made from the design's text. Each is made inside a
// savepoint after dropping the live one, and everything is rolled back:
// nothing of the database changes (its locks are held for that moment). An
// object the server refuses keeps the design's text.
Project canonicalizeSqlObjects(Connection &connection, const Project &design, const Project &live);

} // namespace sw::db
