#pragma once
// Reading the views, materialized views (and their indexes), functions,
// procedures, aggregates and triggers of some schemas, an extension's left
// aside: definitions as the server prints them, dependencies from pg_depend.
// Five catalog queries, whatever the size of the schema.

#include "model/sqlobject.h"

#include <pqxx/pqxx>

#include <QSet>
#include <QStringList>

namespace sw::db {

struct SqlObjectsRead {
    QList<SqlObject> objects;
    QStringList leftOut;  // what a design cannot say yet (a disabled trigger, a view's options…), each with why
};

// Functions and triggers not to read, by identity (SqlObject::identity), as
// query parameters: each query is sent only the identities it compares.
struct LeftAside {
    std::string routines = "{}", triggers = "{}";
};
LeftAside leftAside(const QSet<QString> &identities);

SqlObjectsRead readSqlObjects(pqxx::transaction_base &tx, const std::string &schemaArray, const LeftAside &aside = {});

} // namespace sw::db
