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

} // namespace sw::db
