#pragma once
// The types a database offers a design beyond the built-in ones: its enums,
// domains and composite types, and its extensions with the types they add,
// each with what the design needs to hold it.

#include "connection.h"
#include "model/schema.h"

namespace sw::db {

struct DatabaseTypes {
    QList<TypeDefinition> types;
    QList<Extension> extensions;

    // As a column names them: "mood", "app.money_amount", "citext".
    QStringList names() const;
};

DatabaseTypes typesIn(Connection &connection);

} // namespace sw::db
