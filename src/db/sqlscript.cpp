#include "sqlscript.h"

#include "connection.h"

#include <pqxx/pqxx>

namespace sw::db {

void runSqlScript(const QString &conninfo, const QString &sql)
{
    Connection connection(conninfo);
    pqxx::nontransaction tx(connection.raw());
    try {
        tx.exec(sql.toStdString());
    } catch (...) {
        tx.exec("ROLLBACK");
        throw;
    }
}

} // namespace sw::db
