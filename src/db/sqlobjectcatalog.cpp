#include "sqlobjectcatalog.h"

#include "catalogcensus.h"
#include "catalogvalues.h"
#include "identifiers.h"

#include <QHash>

namespace sw::db {

namespace {

const std::string kViews = R"(
SELECT CASE c.relkind WHEN 'v' THEN 'view' ELSE 'materialized_view' END, n.nspname, c.relname, pg_get_viewdef(c.oid),
       obj_description(c.oid, 'pg_class'), array_to_string(c.reloptions, ', ')
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('v', 'm') AND n.nspname = ANY($1::text[]) AND )" + notAnExtensions("'pg_class'", "c.oid") + R"(
  -- A view that reads itself cannot be made from its definition (catalogcensus names it).
  AND NOT )" + readsItself("c.oid") + R"(
ORDER BY n.nspname, c.relname)";

// An aggregate has no pg_get_functiondef: its parts are read to write one.
const std::string kRoutines = R"(
SELECT CASE p.prokind WHEN 'p' THEN 'procedure' WHEN 'a' THEN 'aggregate' ELSE 'function' END, n.nspname, p.proname,
       pg_get_function_identity_arguments(p.oid), CASE WHEN p.prokind <> 'a' THEN pg_get_functiondef(p.oid) END,
       obj_description(p.oid, 'pg_proc'),
       a.aggkind, a.aggtransfn::regproc::text, format_type(a.aggtranstype, NULL), NULLIF(a.aggfinalfn, 0)::regproc::text,
       NULLIF(a.aggcombinefn, 0)::regproc::text, a.agginitval,
       a.aggmtransfn <> 0 OR a.aggsortop <> 0 OR a.aggserialfn <> 0 OR a.aggfinalextra OR a.aggtransspace <> 0
         OR a.aggfinalmodify <> 'r', p.proparallel
FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace LEFT JOIN pg_aggregate a ON a.aggfnoid = p.oid
WHERE n.nspname = ANY($1::text[]) AND )" + notAnExtensions("'pg_proc'", "p.oid") + R"(
  AND NOT EXISTS (SELECT 1 FROM pg_depend i WHERE i.classid = 'pg_proc'::regclass AND i.objid = p.oid AND i.deptype = 'i')
  AND NOT EXISTS (SELECT 1 FROM unnest($2::text[]) aside(id) WHERE aside.id = 'function ' || n.nspname || '.' || p.proname || '()' AND p.pronargs = 0)
ORDER BY n.nspname, p.proname, 4)";

// Cloned triggers of partitions and the internal ones of foreign keys are the server's. `$2`: those to read, or NULL: all.
const std::string kTriggers = R"(
SELECT n.nspname, c.relname, t.tgname, pg_get_triggerdef(t.oid), obj_description(t.oid, 'pg_trigger'), t.tgenabled
FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE NOT t.tgisinternal AND t.tgparentid = 0 AND n.nspname = ANY($1::text[]) AND ($2::oid[] IS NULL OR t.oid = ANY($2::oid[]))
  AND )" + notAnExtensions("'pg_class'", "c.oid") + R"(
ORDER BY n.nspname, c.relname, t.tgname)";

// An operator has no pg_get_operatordef: its definition is written from its parts, as pg_dump does.
const std::string kOperators = R"(
SELECT n.nspname, o.oprname,
       CASE WHEN o.oprleft = 0 THEN 'NONE' ELSE format_type(o.oprleft, NULL) END || ', ' || format_type(o.oprright, NULL),
       'CREATE OPERATOR ' || quote_ident(n.nspname) || '.' || o.oprname || ' (' || chr(10) || '    ' || concat_ws(',' || chr(10) || '    ',
         (SELECT 'FUNCTION = ' || quote_ident(pn.nspname) || '.' || quote_ident(p.proname)
          FROM pg_proc p JOIN pg_namespace pn ON pn.oid = p.pronamespace WHERE p.oid = o.oprcode),
         'LEFTARG = ' || NULLIF(format_type(NULLIF(o.oprleft, 0), NULL), ''),
         'RIGHTARG = ' || format_type(o.oprright, NULL),
         (SELECT 'COMMUTATOR = OPERATOR(' || quote_ident(cn.nspname) || '.' || c.oprname || ')'
          FROM pg_operator c JOIN pg_namespace cn ON cn.oid = c.oprnamespace WHERE c.oid = o.oprcom),
         (SELECT 'NEGATOR = OPERATOR(' || quote_ident(cn.nspname) || '.' || c.oprname || ')'
          FROM pg_operator c JOIN pg_namespace cn ON cn.oid = c.oprnamespace WHERE c.oid = o.oprnegate),
         'RESTRICT = ' || NULLIF(o.oprrest, 0)::regproc::text, 'JOIN = ' || NULLIF(o.oprjoin, 0)::regproc::text,
         CASE WHEN o.oprcanmerge THEN 'MERGES' END, CASE WHEN o.oprcanhash THEN 'HASHES' END) || chr(10) || ')',
       obj_description(o.oid, 'pg_operator')
FROM pg_operator o JOIN pg_namespace n ON n.oid = o.oprnamespace
WHERE n.nspname = ANY($1::text[]) AND )" + notAnExtensions("'pg_operator'", "o.oid") + R"(
ORDER BY n.nspname, o.oprname, 3)";

// An operator family is held while it has no members of its own (those would need ALTER OPERATOR FAMILY … ADD).
const std::string kOperatorFamilies = R"(
SELECT n.nspname, f.opfname, am.amname, obj_description(f.oid, 'pg_opfamily'),
       EXISTS (SELECT 1 FROM pg_amop WHERE amopfamily = f.oid) OR EXISTS (SELECT 1 FROM pg_amproc WHERE amprocfamily = f.oid)
         OR EXISTS (SELECT 1 FROM pg_opclass WHERE opcfamily = f.oid)
FROM pg_opfamily f JOIN pg_namespace n ON n.oid = f.opfnamespace JOIN pg_am am ON am.oid = f.opfmethod
WHERE n.nspname = ANY($1::text[]) AND )" + notAnExtensions("'pg_opfamily'", "f.oid") + R"(
ORDER BY n.nspname, f.opfname, am.amname)";

// The casts made after initdb (oid past FirstNormalObjectId) that touch a schema read, as pg_dump
// writes them; not those a range type made for its multirange (the type's, as its constructors).
const std::string kCasts = R"(
SELECT s.nspname, format_type(c.castsource, NULL) || ' AS ' || format_type(c.casttarget, NULL),
       'CREATE CAST (' || format_type(c.castsource, NULL) || ' AS ' || format_type(c.casttarget, NULL) || ') '
       || CASE c.castmethod WHEN 'f' THEN 'WITH FUNCTION ' || c.castfunc::regprocedure::text WHEN 'i' THEN 'WITH INOUT' ELSE 'WITHOUT FUNCTION' END
       || CASE c.castcontext WHEN 'i' THEN ' AS IMPLICIT' WHEN 'a' THEN ' AS ASSIGNMENT' ELSE '' END,
       obj_description(c.oid, 'pg_cast')
FROM pg_cast c JOIN pg_type st ON st.oid = c.castsource JOIN pg_type tt ON tt.oid = c.casttarget
LEFT JOIN pg_proc p ON p.oid = c.castfunc
JOIN pg_namespace s ON s.oid = COALESCE(p.pronamespace, tt.typnamespace)
WHERE c.oid >= 16384 AND )" + notAnExtensions("'pg_cast'", "c.oid") + R"(
  AND NOT EXISTS (SELECT 1 FROM pg_depend i WHERE i.classid = 'pg_cast'::regclass AND i.objid = c.oid AND i.deptype = 'i')
  AND (st.typnamespace IN (SELECT oid FROM pg_namespace WHERE nspname = ANY($1::text[]))
       OR tt.typnamespace IN (SELECT oid FROM pg_namespace WHERE nspname = ANY($1::text[]))
       OR p.pronamespace IN (SELECT oid FROM pg_namespace WHERE nspname = ANY($1::text[])))
ORDER BY 2)";

// A view's own _RETURN rule is the view; the rules of an extension's views are the extension's.
const std::string kRules = R"(
SELECT n.nspname, c.relname, r.rulename, pg_get_ruledef(r.oid), obj_description(r.oid, 'pg_rewrite'), r.ev_enabled
FROM pg_rewrite r JOIN pg_class c ON c.oid = r.ev_class JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE r.rulename <> '_RETURN' AND n.nspname = ANY($1::text[]) AND )" + notAnExtensions("'pg_class'", "c.oid") + R"(
ORDER BY n.nspname, c.relname, r.rulename)";

const std::string kMaterializedViewIndexes = R"(
SELECT n.nspname, i.relname, c.relname, pg_get_indexdef(i.oid), obj_description(i.oid, 'pg_class')
FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class c ON c.oid = x.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind = 'm' AND n.nspname = ANY($1::text[])
ORDER BY n.nspname, c.relname, i.relname)";

// What each view (through its rewrite rule) and routine reads: relations, by
// their row type too, and routines. Keys as SqlObject::key() writes them.
const char *kDependencies = R"(
WITH objects AS (
  SELECT 'pg_class'::regclass AS classid, c.oid AS objid, n.nspname || '.' || c.relname AS key
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE c.relkind IN ('r', 'p', 'v', 'm') AND n.nspname = ANY($1::text[])
  UNION ALL
  SELECT 'pg_type'::regclass, c.reltype, n.nspname || '.' || c.relname
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE c.relkind IN ('r', 'p', 'v', 'm') AND n.nspname = ANY($1::text[])
  UNION ALL
  SELECT 'pg_proc'::regclass, p.oid, n.nspname || '.' || p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')'
  FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = ANY($1::text[])
)
SELECT DISTINCT dependent.key, referenced.key
FROM pg_depend d
LEFT JOIN pg_rewrite r ON d.classid = 'pg_rewrite'::regclass AND r.oid = d.objid
JOIN objects dependent ON dependent.classid = CASE WHEN r.oid IS NULL THEN d.classid ELSE 'pg_class'::regclass END
                      AND dependent.objid = COALESCE(r.ev_class, d.objid)
JOIN objects referenced ON referenced.classid = d.refclassid AND referenced.objid = d.refobjid
WHERE d.deptype = 'n' AND dependent.key <> referenced.key
ORDER BY 1, 2)";

QString aggregateDefinition(const pqxx::row &row, const QString &schema, const QString &name, const QString &arguments)
{
    QStringList parts{QStringLiteral("SFUNC = ") + text(row[7]), QStringLiteral("STYPE = ") + text(row[8])};
    if (!row[9].is_null())
        parts << QStringLiteral("FINALFUNC = ") + text(row[9]);
    if (!row[10].is_null())
        parts << QStringLiteral("COMBINEFUNC = ") + text(row[10]);
    if (!row[11].is_null())
        parts << QStringLiteral("INITCOND = '%1'").arg(text(row[11]).replace(QLatin1Char('\''), QLatin1String("''")));
    static const QHash<QString, QString> parallel = {{"s", "SAFE"}, {"r", "RESTRICTED"}};
    if (parallel.contains(text(row[13])))
        parts << QStringLiteral("PARALLEL = ") + parallel.value(text(row[13]));
    return QStringLiteral("CREATE AGGREGATE %1(%2) (\n    %3\n)")
        .arg(schemaQualifiedIdentifier(schema, name), arguments.isEmpty() ? QStringLiteral("*") : arguments, parts.join(QStringLiteral(",\n    ")));
}

} // namespace

std::string routinesAside(const QSet<QString> &identities)
{
    const QString function = sqlObjectKindName(SqlObject::Kind::Function) + QLatin1Char(' ');
    QStringList routines;
    for (const QString &identity : identities)
        if (identity.startsWith(function))
            routines << identity;
    return textArray(routines);
}

SqlObjectsRead readSqlObjects(pqxx::transaction_base &tx, const std::string &schemaArray, const SqlObjectSelection &only)
{
    SqlObjectsRead read;
    const auto add = [&](SqlObject::Kind kind, const QString &schema, const QString &name, const QString &table, const QString &definition,
                         const QString &comment, const QString &arguments = {}) {
        SqlObject o;
        o.kind = kind;
        o.schema = schema;
        o.name = name;
        o.arguments = arguments;
        o.table = table;
        o.definition = definition.trimmed();
        if (o.definition.endsWith(QLatin1Char(';')))
            o.definition = o.definition.chopped(1).trimmed();
        o.comment = comment;
        read.objects << o;
    };
    for (const auto &row : tx.exec_params(kRoutines, schemaArray, only.routinesAside)) {
        const QString kind = text(row[0]), schema = text(row[1]), name = text(row[2]), arguments = text(row[3]);
        if (kind != QLatin1String("aggregate")) {
            add(*sqlObjectKind(kind), schema, name, {}, text(row[4]), text(row[5]), arguments);
            continue;
        }
        if (text(row[6]) != QLatin1String("n") || row[12].as<bool>()) {
            read.leftOut << QStringLiteral("aggregate %1.%2(%3) is ordered-set, moving or serialised, which a design cannot say yet: left out")
                                .arg(schema, name, arguments);
            continue;
        }
        add(SqlObject::Kind::Aggregate, schema, name, {}, aggregateDefinition(row, schema, name, arguments), text(row[5]), arguments);
    }
    for (const auto &row : tx.exec_params(kViews, schemaArray)) {
        if (!text(row[5]).isEmpty()) {
            read.leftOut << QStringLiteral("%1 %2.%3 has options (%4), which a design cannot say yet: left out")
                                .arg(sqlObjectKindTitle(*sqlObjectKind(text(row[0]))), text(row[1]), text(row[2]), text(row[5]));
            continue;
        }
        add(*sqlObjectKind(text(row[0])), text(row[1]), text(row[2]), {}, text(row[3]), text(row[4]));
    }
    for (const auto &row : tx.exec_params(kOperators, schemaArray))
        add(SqlObject::Kind::Operator, text(row[0]), text(row[1]), {}, text(row[3]), text(row[4]), text(row[2]));
    for (const auto &row : tx.exec_params(kOperatorFamilies, schemaArray)) {
        if (row[4].as<bool>()) {
            read.leftOut << QStringLiteral("operator family %1.%2 using %3 has operators or functions of its own, which a design cannot say yet: left out")
                                .arg(text(row[0]), text(row[1]), text(row[2]));
            continue;
        }
        add(SqlObject::Kind::OperatorFamily, text(row[0]), text(row[1]), {},
            QStringLiteral("CREATE OPERATOR FAMILY %1 USING %2").arg(schemaQualifiedIdentifier(text(row[0]), text(row[1])), text(row[2])), text(row[3]), text(row[2]));
    }
    for (const auto &row : tx.exec_params(kCasts, schemaArray))
        add(SqlObject::Kind::Cast, text(row[0]), text(row[1]), {}, text(row[2]), text(row[3]));
    for (const auto &row : tx.exec_params(kRules, schemaArray)) {
        if (text(row[5]) != QLatin1String("O")) {
            read.leftOut << QStringLiteral("rule %1 on %2.%3 is disabled or fires on replicas only, which a design cannot say yet: left out")
                                .arg(text(row[2]), text(row[0]), text(row[1]));
            continue;
        }
        add(SqlObject::Kind::Rule, text(row[0]), text(row[2]), text(row[1]), text(row[3]), text(row[4]));
    }
    for (const auto &row : tx.exec_params(kMaterializedViewIndexes, schemaArray))
        add(SqlObject::Kind::Index, text(row[0]), text(row[1]), text(row[2]), text(row[3]), text(row[4]));
    for (const auto &row : tx.exec_params(kTriggers, schemaArray, only.triggerOids)) {
        if (text(row[5]) != QLatin1String("O")) {
            read.leftOut << QStringLiteral("trigger %1 on %2.%3 is disabled or fires on replicas only, which a design cannot say yet: left out")
                                .arg(text(row[2]), text(row[0]), text(row[1]));
            continue;
        }
        add(SqlObject::Kind::Trigger, text(row[0]), text(row[2]), text(row[1]), text(row[3]), text(row[4]));
    }
    // Only views and routines (not what is on a table) name what they read.
    if (std::all_of(read.objects.begin(), read.objects.end(), [](const SqlObject &o) { return o.isOnTable(); }))
        return read;
    QHash<QString, QStringList> dependsOn;
    for (const auto &row : tx.exec_params(kDependencies, schemaArray))
        dependsOn[text(row[0])] << text(row[1]);
    for (SqlObject &o : read.objects)
        if (!o.isOnTable())
            o.dependsOn = dependsOn.value(o.key());
    return read;
}

} // namespace sw::db
