#pragma once
// The types a column can take in a database beyond the built-in ones: its
// enums, domains, composite types, ranges and the types its extensions
// added, as a column definition names them there.

#include "connection.h"

#include <QStringList>

namespace sw::db {

// "mood", "app.money_amount", "citext": schema-qualified outside public, sorted.
QStringList columnTypesIn(Connection &connection);

} // namespace sw::db
