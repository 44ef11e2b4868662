#pragma once
// What a database holds that a design cannot hold yet, by name: import says
// each on stderr (and the corpus test lists them), so that a file that loads
// never silently builds something else. One query, whatever the size.

#include <QStringList>

#include <pqxx/pqxx>

#include <string>

namespace sw::db {

// "foreign table test.projects_dump", "policy own_rows on public.notes", … in the
// schemas `schemaArray` names (a text[] literal); none an extension owns.
QStringList objectsADesignCannotHold(pqxx::transaction_base &tx, const std::string &schemaArray);

// "… is more than a design can hold yet: left out", the words import says it in.
QString notHeldYet(const QString &what);

// A condition that the view `view` (an SQL expression of its oid) reads a column of
// itself (CREATE OR REPLACE made it so): no definition of its own can make it.
std::string readsItself(const char *view);

} // namespace sw::db
