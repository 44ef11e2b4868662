#pragma once
// Whether a database accepts a view, routine or trigger as the design writes
// it: made inside a transaction that is rolled back (after dropping the one
// the database has, so a changed view can be tried), nothing of the database
// changes.

#include "connection.h"
#include "model/schema.h"

namespace sw::db {

struct SqlObjectCheck {
    bool accepted = false;
    QString error;   // the server's message when not
    int line = 0;    // the line of the definition it points at (1-based); 0 when it does not say
};

SqlObjectCheck validateSqlObject(Connection &connection, const SqlObject &object);

// The same on a throwaway server (throwawayserver.h) where the design is built
// first: its tables, types and sequences, and the objects `object` reads.
// Throws SchemaError when the server cannot start or the design not be built.
SqlObjectCheck validateSqlObjectOnThrowawayServer(const Project &design, const SqlObject &object);

} // namespace sw::db
