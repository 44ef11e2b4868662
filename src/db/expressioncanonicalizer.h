#pragma once
// Defaults and check expressions as PostgreSQL itself prints them. A design
// says `quantity > 0`; the catalog says `(quantity > (0)::numeric)`. Comparing
// the two as text would report a difference that is none (pgModeler's most
// reported bug), so the design's expressions are handed to the server, which
// answers in its own words.

#include "connection.h"
#include "model/schema.h"

namespace sw::db {

// The design with every column default and check expression replaced by the
// server's spelling. Works in TEMP tables inside a transaction that is rolled
// back: nothing of the database changes. Tables the server refuses stay as given.
Project canonicalizeExpressions(Connection &connection, const Project &design);

// The imported schema with each default and check in the plainest spelling
// the server proves equal: `quantity > 0` where the catalog prints
// `(quantity > (0)::numeric)`. The candidate (plainExpression) is deparsed in a
// rolled-back TEMP table and kept only when PostgreSQL prints it exactly as
// it prints the original.
Project withPlainestExpressions(Connection &connection, const Project &imported);

// "'PENDING'::character varying" on a varchar column is "'PENDING'".
QString withoutRedundantCast(const QString &defaultExpr, const QString &columnType);
// The expression inside pg_get_constraintdef's "CHECK (...)".
QString checkExpression(const QString &constraintDefinition);

} // namespace sw::db
