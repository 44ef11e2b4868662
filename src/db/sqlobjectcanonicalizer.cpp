#include "sqlobjectcanonicalizer.h"

#include "catalogvalues.h"
#include "sql/sqlobjectsql.h"
#include "sqlobjectcatalog.h"

#include <pqxx/pqxx>

namespace sw::db {

Project canonicalizeSqlObjects(Connection &connection, const Project &design, const Project &live)
{
    Project result = design;
    pqxx::work tx(connection.raw());
    for (SqlObject &o : result.sqlObjects) {
        const auto same = std::find_if(live.sqlObjects.begin(), live.sqlObjects.end(), [&](const SqlObject &l) { return l.identity() == o.identity(); });
        if (same == live.sqlObjects.end() || same->definition == o.definition)
            continue;
        pqxx::subtransaction attempt(tx, "canonical_sql_object");
        try {
            SqlObject made = o;
            made.comment.clear();
            attempt.exec((sql::dropSqlObject(*same).chopped(1) + QStringLiteral(" CASCADE")).toStdString());
            attempt.exec(sql::createSqlObject(made).toStdString());
            for (const SqlObject &read : readSqlObjects(attempt, textArray({o.schema})).objects)
                if (read.identity() == o.identity())
                    o.definition = read.definition;
        } catch (const pqxx::sql_error &) {
            // The server refuses it as written: the design's text stays, and differs.
        }
        attempt.abort();
    }
    tx.abort();
    return result;
}

} // namespace sw::db
