#include "schemasnapshot.h"

#include <QSet>

#include <pqxx/pqxx>

namespace sw::db {

QStringList schemaSnapshot(Connection &connection, const QString &schema)
{
    static const char *query = R"(
SELECT line FROM (
  SELECT CASE c.relkind WHEN 'r' THEN 'table ' WHEN 'p' THEN 'table ' WHEN 'i' THEN 'index ' WHEN 'S' THEN 'sequence '
                        WHEN 'v' THEN 'view ' ELSE 'relation ' END || c.relname AS line
  FROM pg_class c WHERE c.relnamespace = $1::regnamespace AND c.relname NOT LIKE 'alembic_version%'
  UNION ALL
  SELECT 'column ' || c.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod) ||
         CASE WHEN a.attnotnull THEN ' not null' ELSE '' END
  FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
  WHERE c.relnamespace = $1::regnamespace AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped
    AND c.relname <> 'alembic_version'
  UNION ALL
  SELECT 'function ' || p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')'
  FROM pg_proc p WHERE p.pronamespace = $1::regnamespace
  UNION ALL
  SELECT 'trigger ' || t.tgname || ' on ' || c.relname
  FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE c.relnamespace = $1::regnamespace AND NOT t.tgisinternal
  UNION ALL
  SELECT 'constraint ' || con.conname || ' on ' || c.relname
  FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid WHERE c.relnamespace = $1::regnamespace AND c.relname <> 'alembic_version'
  UNION ALL
  SELECT 'type ' || t.typname FROM pg_type t WHERE t.typnamespace = $1::regnamespace AND t.typtype IN ('e', 'd')
) objects ORDER BY line)";
    pqxx::read_transaction tx(connection.raw());
    QStringList lines;
    for (const auto &row : tx.exec_params(query, schema.toStdString()))
        lines << QString::fromStdString(row[0].as<std::string>());
    return lines;
}

QString describeSnapshotDifference(const QStringList &before, const QStringList &after)
{
    const QSet<QString> a(before.begin(), before.end()), b(after.begin(), after.end());
    QStringList left, lost;
    for (const QString &line : after)
        if (!a.contains(line))
            left << line;
    for (const QString &line : before)
        if (!b.contains(line))
            lost << line;
    QStringList parts;
    if (!left.isEmpty())
        parts << QStringLiteral("leaves behind %1").arg(left.join(QStringLiteral(", ")));
    if (!lost.isEmpty())
        parts << QStringLiteral("does not bring back %1").arg(lost.join(QStringLiteral(", ")));
    return parts.join(QStringLiteral("; "));
}

} // namespace sw::db
