#pragma once
// Reading the views, materialized views (and their indexes), functions,
// procedures, aggregates and triggers of some schemas, an extension's left
// aside: definitions as the server prints them, dependencies from pg_depend.
// Five catalog queries, whatever the size of the schema.

#include "model/sqlobject.h"

#include <pqxx/pqxx>

#include <QSet>
#include <optional>
#include <QStringList>

namespace sw::db {

struct SqlObjectsRead {
    QList<SqlObject> objects;
    QStringList leftOut;  // what a design cannot say yet (a disabled trigger, a view's options…), each with why
};

// What to read of the functions and triggers, as query parameters: the
// functions not to read by identity (SqlObject::identity), and the triggers
// to read by oid, where the caller knows which (all of them otherwise).
struct SqlObjectSelection {
    std::string routinesAside = "{}";
    std::optional<std::string> triggerOids;
};
// The functions among `identities`, as SqlObjectSelection::routinesAside.
std::string routinesAside(const QSet<QString> &identities);

SqlObjectsRead readSqlObjects(pqxx::transaction_base &tx, const std::string &schemaArray, const SqlObjectSelection &only = {});

} // namespace sw::db
