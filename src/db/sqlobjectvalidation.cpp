#include "sqlobjectvalidation.h"

#include "sql/sqlobjectsql.h"

#include <QRegularExpression>

#include <pqxx/pqxx>

namespace sw::db {

SqlObjectCheck validateSqlObject(Connection &connection, const SqlObject &object)
{
    SqlObjectCheck check;
    SqlObject tried = object;
    tried.comment.clear();
    pqxx::work tx(connection.raw());
    try {
        pqxx::subtransaction drop(tx, "drop_existing");
        try {
            drop.exec((sql::dropSqlObject(tried).chopped(1) + QStringLiteral(" CASCADE")).toStdString());
            drop.commit();
        } catch (const pqxx::sql_error &) {
            drop.abort();  // none there yet
        }
        tx.exec(sql::createSqlObject(tried).toStdString());
        check.accepted = true;
    } catch (const pqxx::sql_error &e) {
        check.error = QString::fromUtf8(e.what()).trimmed();
        // libpq says "LINE n:" of the statement sent; a view's query comes after "CREATE VIEW … AS".
        static const QRegularExpression lineMark(QStringLiteral("^LINE (\\d+):"), QRegularExpression::MultilineOption);
        if (const QRegularExpressionMatch m = lineMark.match(check.error); m.hasMatch())
            check.line = std::max(1, m.captured(1).toInt() - (object.isRelation() ? 1 : 0));
    }
    tx.abort();
    return check;
}

} // namespace sw::db
