#include "alembicversion.h"

#include "connection.h"
#include "identifiers.h"
#include "problem.h"

#include <pqxx/pqxx>

namespace sw::db {

bool versionTableExists(pqxx::transaction_base &tx)
{
    return tx.exec1("SELECT to_regclass('alembic_version') IS NOT NULL")[0].as<bool>();
}

QStringList recordedRevisions(pqxx::transaction_base &tx)
{
    QStringList revisions;
    if (!versionTableExists(tx))
        return revisions;
    for (const auto &row : tx.exec("SELECT version_num FROM alembic_version ORDER BY version_num"))
        revisions << QString::fromStdString(row[0].as<std::string>());
    return revisions;
}

QStringList recordedRevisions(Connection &connection)
{
    pqxx::read_transaction tx(connection.raw());
    return recordedRevisions(tx);
}

std::optional<QString> currentRevision(pqxx::transaction_base &tx)
{
    const QStringList revisions = recordedRevisions(tx);
    if (revisions.size() > 1)
        throw SchemaError(QStringLiteral("several-heads"),
                          QStringLiteral("the database records several heads (%1); merge them with alembic first").arg(revisions.join(QStringLiteral(", "))));
    return revisions.isEmpty() ? std::nullopt : std::optional<QString>(revisions.first());
}

QString createVersionTableSql()
{
    return QStringLiteral("CREATE TABLE alembic_version (\n    version_num VARCHAR(32) NOT NULL, \n"
                          "    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)\n)");
}

QString versionUpdateSql(const std::optional<QString> &from, const std::optional<QString> &to)
{
    if (!from && to)
        return QStringLiteral("INSERT INTO alembic_version (version_num) VALUES (%1)").arg(quoteLiteral(*to));
    if (from && !to)
        return QStringLiteral("DELETE FROM alembic_version WHERE alembic_version.version_num = %1").arg(quoteLiteral(*from));
    if (from && to)
        return QStringLiteral("UPDATE alembic_version SET version_num=%1 WHERE alembic_version.version_num = %2")
            .arg(quoteLiteral(*to), quoteLiteral(*from));
    return {};
}

} // namespace sw::db
