#include "catalogqueries.h"

#include "catalogvalues.h"

#include <QString>

// The schemas read are `$1` (text[]) in every query that takes parameters.
namespace sw::db::catalog {

const std::string kTables = R"(
SELECT c.oid, n.nspname, c.relname, coalesce(ds.description, ''),
       CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END, c.relpersistence = 'u', array_to_string(c.reloptions, chr(31)),
       pn.nspname, pc.relname, CASE WHEN c.relispartition THEN pg_get_expr(c.relpartbound, c.oid) END, c.relnatts
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_inherits i ON c.relispartition AND i.inhrelid = c.oid
LEFT JOIN pg_class pc ON pc.oid = i.inhparent LEFT JOIN pg_namespace pn ON pn.oid = pc.relnamespace
LEFT JOIN pg_description ds ON ds.objoid = c.oid AND ds.classoid = 'pg_class'::regclass AND ds.objsubid = 0
WHERE c.relkind IN ('r', 'p') AND n.nspname = ANY($1::text[]) AND c.relname <> 'alembic_version'
  AND )" + notAnExtensions("'pg_class'", "c.oid");

// The columns of the tables `$1` (those the tables query read, by oid: not
// found again by schema and kind). Comments come from one join of
// pg_description, not a col_description() call per row. A default is looked
// up only for a column that has one, and not for the tables read in part
// (`$2`): a history table's history_id is a nextval() whose deparsing looks up
// its sequence. It cannot name a column, so pg_get_expr() deparses it without
// its table (relid 0), which spares it opening the table per row; a generated
// column's expression names columns. The sequence a column owns comes with
// the sequences (kSequences).
const std::string kColumns = R"(
SELECT a.attrelid, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,
       CASE WHEN a.atthasdef AND a.attrelid <> ALL($2::oid[]) THEN
         (SELECT pg_get_expr(d.adbin, CASE WHEN a.attgenerated = 's' THEN d.adrelid ELSE 0 END) FROM pg_attrdef d WHERE d.adrelid = a.attrelid AND d.adnum = a.attnum) END,
       coalesce(ds.description, ''), a.attidentity::text,
       a.attnum, a.attgenerated = 's',
       CASE WHEN a.attcollation <> ty.typcollation THEN (SELECT co.collname FROM pg_collation co WHERE co.oid = a.attcollation) END,
       CASE WHEN a.attstorage <> ty.typstorage THEN a.attstorage::text END, a.attcompression::text, a.attstattarget <> -1
FROM pg_attribute a JOIN pg_type ty ON ty.oid = a.atttypid
LEFT JOIN pg_description ds ON ds.objoid = a.attrelid AND ds.classoid = 'pg_class'::regclass AND ds.objsubid = a.attnum
WHERE a.attnum > 0 AND NOT a.attisdropped AND a.attrelid = ANY($1::oid[]))";

// Of the tables read in part (`$2`, named as history tables) only the columns named in `$3`.
const std::string kColumnsPartly = kColumns + " AND (a.attrelid <> ALL($2::oid[]) OR a.attname = ANY($3::text[]))";

namespace {

// A key's columns come by number, named from the columns read; by name only
// where those of its table were not read whole: a partition's (its parent's
// are), or a referenced table outside the import or read in part (`$2`).
const std::string kKeyColumnNames = R"(array_to_string(ARRAY(SELECT a.attname FROM unnest(con.%1) WITH ORDINALITY k(num, ord)
                             JOIN pg_attribute a ON a.attrelid = con.%2 AND a.attnum = k.num ORDER BY k.ord), chr(31)))";

std::string keyColumnNames(const char *keys, const char *table)
{
    return QString::fromStdString(kKeyColumnNames).arg(QLatin1String(keys), QLatin1String(table)).toStdString();
}

} // namespace

const std::string kConstraints = R"(
SELECT con.conrelid, con.conname, con.contype,
       CASE WHEN c.relispartition THEN )" + keyColumnNames("conkey", "conrelid") + R"( END,
       fn.nspname, fc.relname,
       CASE WHEN fc.relispartition OR fc.relkind NOT IN ('r', 'p') OR fn.nspname <> ALL($1::text[]) OR fc.relname = 'alembic_version' OR fc.oid = ANY($2::oid[])
            THEN )" + keyColumnNames("confkey", "confrelid") + R"( END,
       con.confdeltype, con.confupdtype, CASE WHEN con.contype IN ('c', 'x', 'u') THEN pg_get_constraintdef(con.oid) END, ds.description,
       con.condeferrable, con.condeferred, con.confmatchtype = 'f', con.convalidated, array_to_string(con.conkey, ' '), array_to_string(con.confkey, ' '), con.confrelid, con.oid
FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_class fc ON fc.oid = con.confrelid LEFT JOIN pg_namespace fn ON fn.oid = fc.relnamespace
LEFT JOIN pg_description ds ON ds.objoid = con.oid AND ds.classoid = 'pg_constraint'::regclass AND ds.objsubid = 0
WHERE con.contype IN ('p', 'u', 'f', 'c', 'x') AND n.nspname = ANY($1::text[]) AND con.conislocal AND con.conparentid = 0
  AND con.conrelid <> ALL($2::oid[]))";

// The indexes no constraint made (those come with the constraints), read from the server's definition.
// NOT EXISTS: as an anti-join the planner sees how few are left, and probes pg_class for those only.
const char *const kIndexes = R"(
SELECT i.indrelid, ic.relname, pg_get_indexdef(i.indexrelid), ds.description
FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_class c ON c.oid = i.indrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_description ds ON ds.objoid = i.indexrelid AND ds.classoid = 'pg_class'::regclass AND ds.objsubid = 0
WHERE n.nspname = ANY($1::text[]) AND c.relkind IN ('r', 'p') AND NOT ic.relispartition AND i.indrelid <> ALL($2::oid[])
  AND NOT EXISTS (SELECT 1 FROM pg_constraint con WHERE con.conindid = i.indexrelid AND con.conrelid = i.indrelid AND con.contype IN ('p', 'u', 'x'))
ORDER BY i.indrelid, ic.oid)";

// Every trigger, by name: which are the conventions' is known from the tables,
// and only the others' definitions are read (readSqlObjects, by oid). Its
// function's name with all of them (`$2`) or only those fired per statement
// (tgtype's first bit: per row), which is what a design's history mode needs.
// Sorted here, not by the server: a new backend's sort of 8,000 rows costs
// more than the query. Of pg_class only the kinds a trigger can be on (not
// the indexes and sequences, twice the tables): a smaller hash to build.
const char *const kTriggers = R"(
SELECT n.nspname, c.relname, t.tgname, CASE WHEN $2 OR t.tgtype & 1 = 0 THEN (SELECT p.proname FROM pg_proc p WHERE p.oid = t.tgfoid) END,
       t.tgtype, t.tgenabled <> 'D', t.tgoldtable, t.tgnewtable, t.oid, t.tgrelid
FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE NOT t.tgisinternal AND t.tgparentid = 0 AND n.nspname = ANY($1::text[]) AND c.relkind IN ('r', 'p', 'v', 'f'))";

const char *const kFunctions = R"(
SELECT n.nspname, p.proname, p.prosrc
FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace JOIN pg_language l ON l.oid = p.prolang
WHERE l.lanname = 'plpgsql' AND n.nspname = ANY($1::text[]))";

// The extensions installed (plpgsql comes with every database), each with the
// types it made, as a column names them.
const char *const kExtensions = R"(
SELECT e.extname, n.nspname,
       array_to_string(ARRAY(SELECT format_type(t.oid, NULL) FROM pg_depend d JOIN pg_type t ON t.oid = d.objid
                             WHERE d.classid = 'pg_type'::regclass AND d.refclassid = 'pg_extension'::regclass AND d.refobjid = e.oid
                               AND d.deptype = 'e' AND t.typcategory <> 'A' AND t.typtype <> 'p' ORDER BY 1), chr(31)),
       coalesce(obj_description(e.oid, 'pg_extension'), '')
         IS DISTINCT FROM (SELECT coalesce(v.comment, '') FROM pg_available_extension_versions v WHERE v.name = e.extname AND v.version = e.extversion),
       coalesce(obj_description(e.oid, 'pg_extension'), '')
FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
WHERE e.extname <> 'plpgsql'
ORDER BY e.extname)";

// Enums, domains, ranges and free-standing composite types (not a table's row type:
// one set of those, not a probe of pg_class per table), not those an extension made.
const char *const kTypes = R"(
SELECT n.nspname, t.typname, t.typtype,
       array_to_string(ARRAY(SELECT enumlabel FROM pg_enum WHERE enumtypid = t.oid ORDER BY enumsortorder), chr(31)),
       CASE WHEN t.typtype = 'd' THEN format_type(t.typbasetype, t.typtypmod) END, t.typnotnull, t.typdefault,
       coalesce(obj_description(t.oid, 'pg_type'), ''),
       array_to_string(ARRAY(SELECT c.conname || chr(30) || pg_get_constraintdef(c.oid) FROM pg_constraint c
                             WHERE c.contypid = t.oid AND c.contype = 'c' ORDER BY c.conname), chr(31)),
       array_to_string(ARRAY(SELECT a.attname || chr(30) || format_type(a.atttypid, a.atttypmod) FROM pg_attribute a
                             WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum), chr(31)),
       format_type(r.rngsubtype, NULL),
       array_to_string(ARRAY[
         (SELECT 'SUBTYPE_OPCLASS = ' || quote_ident(oc.opcname) FROM pg_opclass oc WHERE oc.oid = r.rngsubopc AND NOT oc.opcdefault),
         (SELECT 'COLLATION = ' || quote_ident(co.collname) FROM pg_collation co JOIN pg_type st ON st.oid = r.rngsubtype
          WHERE co.oid = r.rngcollation AND r.rngcollation <> st.typcollation),
         'CANONICAL = ' || NULLIF(r.rngcanonical, 0)::regproc::text,
         'SUBTYPE_DIFF = ' || NULLIF(r.rngsubdiff, 0)::regproc::text,
         -- PostgreSQL's own name for the multirange: "multi" before the first "range", or "_multirange" after.
         (SELECT 'MULTIRANGE_TYPE_NAME = ' || quote_ident(mt.typname) FROM pg_type mt WHERE mt.oid = r.rngmultitypid
          AND mt.typname <> CASE WHEN strpos(t.typname, 'range') > 0 THEN overlay(t.typname PLACING 'multirange' FROM strpos(t.typname, 'range') FOR 5)
                                 ELSE t.typname || '_multirange' END)], chr(31))
FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace LEFT JOIN pg_range r ON r.rngtypid = t.oid
WHERE n.nspname = ANY($1::text[]) AND (t.typtype IN ('e', 'd', 'r') OR t.typtype = 'c' AND t.typrelid IN (SELECT oid FROM pg_class WHERE relkind = 'c'))
  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_type'::regclass AND d.objid = t.oid AND d.deptype = 'e')
ORDER BY t.oid)";

// Every sequence, with the column that owns it (serial: 'a', identity: 'i')
// by table and attribute number: the columns are read already.
const std::string kSequences = R"(
SELECT n.nspname, c.relname, format_type(s.seqtypid, NULL), s.seqstart, s.seqincrement, s.seqmin, s.seqmax, s.seqcache, s.seqcycle,
       d.deptype::text, d.refobjid, d.refobjsubid, coalesce(ds.description, ''), c.oid
FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_description ds ON ds.objoid = c.oid AND ds.classoid = 'pg_class'::regclass AND ds.objsubid = 0
LEFT JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
WHERE n.nspname = ANY($1::text[]) AND (d.refobjid IS NULL OR d.refobjid <> ALL($2::oid[]))
  AND )" + notAnExtensions("'pg_class'", "c.oid");

} // namespace sw::db::catalog
