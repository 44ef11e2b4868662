#include "catalogcensus.h"

#include "catalogvalues.h"

namespace sw::db {

std::string readsItself(const char *view)
{
    return QStringLiteral("EXISTS (SELECT 1 FROM pg_rewrite r JOIN pg_depend d ON d.classid = 'pg_rewrite'::regclass AND d.objid = r.oid "
                          "WHERE r.ev_class = %1 AND r.rulename = '_RETURN' AND d.refclassid = 'pg_class'::regclass AND d.refobjid = %1 "
                          "AND d.refobjsubid > 0 AND d.deptype = 'n')")
        .arg(QLatin1String(view))
        .toStdString();
}

QString notHeldYet(const QString &what)
{
    return QStringLiteral("%1 is more than a design can hold yet: left out").arg(what);
}

namespace {

// The relations found are named (and those an extension made kept out) last: thousands of them, few found.
const std::string kCensus = R"(
WITH read AS (SELECT oid FROM pg_namespace WHERE nspname = ANY($1::text[])),
     rel AS MATERIALIZED (SELECT c.oid, c.relkind, c.relrowsecurity, c.relpersistence FROM pg_class c WHERE c.relnamespace IN (SELECT oid FROM read)),
     found (oid, before, after) AS (
       SELECT oid, 'foreign table ', '' FROM rel WHERE relkind = 'f'
       UNION ALL
       -- The sequence of an unlogged table's column is unlogged with it (PostgreSQL 15); any other is the design's to say.
       SELECT oid, 'unlogged sequence ', '' FROM rel WHERE relkind = 'S' AND relpersistence = 'u'
         AND NOT EXISTS (SELECT 1 FROM pg_depend d JOIN pg_class t ON t.oid = d.refobjid
                         WHERE d.classid = 'pg_class'::regclass AND d.objid = rel.oid AND d.deptype IN ('a', 'i') AND t.relpersistence = 'u')
       UNION ALL
       SELECT oid, 'view ', ', which reads itself' FROM rel WHERE relkind = 'v' AND )" + readsItself("rel.oid") + R"(
       UNION ALL
       SELECT rel.oid, 'the default of view column ', '.' || quote_ident(a.attname)
       FROM rel JOIN pg_attrdef d ON d.adrelid = rel.oid JOIN pg_attribute a ON a.attrelid = rel.oid AND a.attnum = d.adnum WHERE relkind IN ('v', 'm')
       UNION ALL
       SELECT rel.oid, 'the comment on view column ', '.' || quote_ident(a.attname)
       FROM rel JOIN pg_description ds ON ds.objoid = rel.oid AND ds.classoid = 'pg_class'::regclass AND ds.objsubid > 0
       JOIN pg_attribute a ON a.attrelid = rel.oid AND a.attnum = ds.objsubid WHERE relkind IN ('v', 'm')
       UNION ALL
       SELECT oid, 'row level security of table ', '' FROM rel WHERE relrowsecurity
       UNION ALL
       SELECT rel.oid, 'policy ' || quote_ident(p.polname) || ' on ', '' FROM rel JOIN pg_policy p ON p.polrelid = rel.oid
       -- A table column's statistics target comes with the columns (catalogreaders.h).
       )
SELECT found.before || quote_ident(n.nspname) || '.' || quote_ident(c.relname) || found.after
FROM found JOIN pg_class c ON c.oid = found.oid JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE )" + notAnExtensions("'pg_class'", "c.oid") + R"(
UNION ALL
SELECT 'foreign server ' || quote_ident(s.srvname) FROM pg_foreign_server s
WHERE )" + notAnExtensions("'pg_foreign_server'", "s.oid") + R"(
UNION ALL
SELECT 'statistics object ' || quote_ident(n.nspname) || '.' || quote_ident(s.stxname)
FROM pg_statistic_ext s JOIN pg_namespace n ON n.oid = s.stxnamespace WHERE s.stxnamespace IN (SELECT oid FROM read)
UNION ALL
SELECT 'collation ' || quote_ident(n.nspname) || '.' || quote_ident(c.collname)
FROM pg_collation c JOIN pg_namespace n ON n.oid = c.collnamespace WHERE c.collnamespace IN (SELECT oid FROM read)
  AND )" + notAnExtensions("'pg_collation'", "c.oid") + R"(
UNION ALL
SELECT 'text search configuration ' || quote_ident(n.nspname) || '.' || quote_ident(c.cfgname)
FROM pg_ts_config c JOIN pg_namespace n ON n.oid = c.cfgnamespace WHERE c.cfgnamespace IN (SELECT oid FROM read)
  AND )" + notAnExtensions("'pg_ts_config'", "c.oid") + R"(
UNION ALL
SELECT 'publication ' || quote_ident(pubname) FROM pg_publication
UNION ALL
SELECT 'event trigger ' || quote_ident(t.evtname) FROM pg_event_trigger t
WHERE )" + notAnExtensions("'pg_event_trigger'", "t.oid") + R"(
ORDER BY 1)";

} // namespace

QStringList objectsADesignCannotHold(pqxx::transaction_base &tx, const std::string &schemaArray)
{
    QStringList named;
    for (const auto &row : tx.exec_params(kCensus, schemaArray))
        named << notHeldYet(text(row[0]));
    return named;
}

} // namespace sw::db
