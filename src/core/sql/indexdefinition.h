#pragma once
// Reading PostgreSQL's own text of an index (pg_get_indexdef) into the
// design's Index: method, elements (columns, expressions, orders, operator
// classes), INCLUDE and WHERE. What the design cannot hold (storage
// parameters, NULLS NOT DISTINCT, a tablespace) makes it refuse, never guess.

#include "model/schema.h"

#include <optional>

namespace sw::sql {

// `table` tells a column element from an expression, as sql::createIndex does.
// nullopt when the definition holds more than an Index can say.
std::optional<Index> indexFromDefinition(const QString &definition, const Table &table);

// "a, lower(b), coalesce(c, d)" -> the three elements: commas inside parentheses or quotes do not split.
QStringList splitElements(const QString &text);

} // namespace sw::sql
