#include "sqlobjectvalidation.h"

#include "diff/schemadiff.h"
#include "diff/sqlobjectdiff.h"
#include "problem.h"
#include "sql/sqlobjectsql.h"
#include "throwawayserver.h"

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

SqlObjectCheck validateSqlObjectOnThrowawayServer(const Project &design, const SqlObject &object)
{
    // What it reads, and what those read: the rest of the design's objects are not needed.
    Project needed = design;
    needed.sqlObjects.clear();
    QSet<QString> wanted = sqlObjectDependencies(object, design);
    for (bool grew = true; grew;) {
        grew = false;
        for (const SqlObject &o : design.sqlObjects)
            if (wanted.contains(o.key()) && !needed.sqlObjects.contains(o) && o.identity() != object.identity()) {
                needed.sqlObjects << o;
                wanted.unite(sqlObjectDependencies(o, design));
                grew = true;
            }
    }
    ThrowawayServer server;
    Connection connection(server.conninfo());
    QStringList statements;
    for (const MigrationStep &step : planMigration({}, needed).upgrade)
        statements << step.sql;
    try {
        pqxx::work tx(connection.raw());
        tx.exec(statements.join(QLatin1Char('\n')).toStdString());
        tx.commit();
    } catch (const pqxx::sql_error &e) {
        throw SchemaError(Problem{Problem::Severity::Error, QStringLiteral("design-does-not-build"),
                                  QStringLiteral("the design does not build on a throwaway server: %1").arg(QString::fromUtf8(e.what()).trimmed()),
                                  {}, {}, {}, {}, 0});
    }
    return validateSqlObject(connection, object);
}

} // namespace sw::db
