#pragma once
// PostgreSQL identifiers: the 63-byte limit and quoting as quote_ident() does it.

#include <QString>

namespace sw {

// PostgreSQL's NAMEDATALEN - 1: longer names are silently truncated by the server.
constexpr int kMaxIdentifierBytes = 63;

// Quotes `name` unless it is a lower-case identifier that is no reserved word,
// exactly as PostgreSQL's quote_ident() and pg_dump decide.
QString quoteIdentifier(const QString &name);

// `schema.name`, leaving out `public`, each part quoted where needed.
QString qualifiedIdentifier(const QString &schema, const QString &name);
// `schema.name` always, public too: what search_path must not decide.
QString schemaQualifiedIdentifier(const QString &schema, const QString &name);

// Why `name` cannot be an identifier, or an empty string when it can.
QString identifierProblem(const QString &name);

bool isReservedKeyword(const QString &lowerCaseWord);

// A single-quoted SQL string literal.
QString quoteLiteral(const QString &text);

} // namespace sw
