#include "catalogcensus.h"

#include "catalogvalues.h"

namespace sw::db {

namespace {

// The relations found are named (and those an extension made kept out) last: thousands of them, few found.
const char *const kCensus = R"(
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
       SELECT oid, 'view ', ', which reads itself' FROM rel
       WHERE relkind = 'v' AND EXISTS (SELECT 1 FROM pg_rewrite r JOIN pg_depend d ON d.classid = 'pg_rewrite'::regclass AND d.objid = r.oid
                                       WHERE r.ev_class = rel.oid AND r.rulename = '_RETURN' AND d.refclassid = 'pg_class'::regclass
                                         AND d.refobjid = rel.oid AND d.refobjsubid > 0 AND d.deptype = 'n')
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
WHERE NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = 'pg_class'::regclass AND e.objid = c.oid AND e.deptype = 'e')
UNION ALL
SELECT 'foreign server ' || quote_ident(s.srvname) FROM pg_foreign_server s
WHERE NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = 'pg_foreign_server'::regclass AND e.objid = s.oid AND e.deptype = 'e')
UNION ALL
SELECT 'statistics object ' || quote_ident(n.nspname) || '.' || quote_ident(s.stxname)
FROM pg_statistic_ext s JOIN pg_namespace n ON n.oid = s.stxnamespace WHERE s.stxnamespace IN (SELECT oid FROM read)
UNION ALL
SELECT 'collation ' || quote_ident(n.nspname) || '.' || quote_ident(c.collname)
FROM pg_collation c JOIN pg_namespace n ON n.oid = c.collnamespace WHERE c.collnamespace IN (SELECT oid FROM read)
  AND NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = 'pg_collation'::regclass AND e.objid = c.oid AND e.deptype = 'e')
UNION ALL
SELECT 'text search configuration ' || quote_ident(n.nspname) || '.' || quote_ident(c.cfgname)
FROM pg_ts_config c JOIN pg_namespace n ON n.oid = c.cfgnamespace WHERE c.cfgnamespace IN (SELECT oid FROM read)
  AND NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = 'pg_ts_config'::regclass AND e.objid = c.oid AND e.deptype = 'e')
UNION ALL
SELECT 'publication ' || quote_ident(pubname) FROM pg_publication
UNION ALL
SELECT 'event trigger ' || quote_ident(t.evtname) FROM pg_event_trigger t
WHERE NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = 'pg_event_trigger'::regclass AND e.objid = t.oid AND e.deptype = 'e')
ORDER BY 1)";

} // namespace

QStringList objectsADesignCannotHold(pqxx::transaction_base &tx, const std::string &schemaArray)
{
    QStringList named;
    for (const auto &row : tx.exec_params(kCensus, schemaArray))
        named << QStringLiteral("%1 is more than a design can hold yet: left out").arg(text(row[0]));
    return named;
}

} // namespace sw::db
