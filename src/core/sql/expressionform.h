#pragma once
// Two spellings of one SQL expression: what a person writes (`quantity > 0`,
// `'USD'`) and what PostgreSQL prints back from its catalog
// (`(quantity > (0)::numeric)`, `'USD'::bpchar`). The server adds only casts
// it would apply anyway and parentheses that change nothing, so an expression
// without them means the same. Comparing the forms below instead of the text
// keeps the diff and drift free of changes that are none, without a database.

#include <QString>
#include <optional>

namespace sw {

// The expression without `::type` casts, without parentheses around a single
// operand or around a comparison between AND/OR, in lower case outside
// quotes, with one space between tokens. Only for comparing, never for SQL.
QString comparableExpression(const QString &sql);

// The same without casts and needless parentheses, spaced as a person
// writes it: a candidate for the plainest spelling, which only the server can
// prove equal (import tries it in a TEMP table).
QString plainExpression(const QString &sql);

// A constant written out: a quoted string, a number, true, false or NULL,
// with or without a `::type` cast. PostgreSQL keeps such a default for the
// rows already there in the catalog, without touching them.
bool isLiteral(const QString &sql);

bool sameExpression(const QString &a, const QString &b);
bool sameExpression(const std::optional<QString> &a, const std::optional<QString> &b);

} // namespace sw
