#include "snapshottracker.h"

#include <QSet>

#include <pqxx/pqxx>

namespace sw::db {

namespace {

// Per owner (as in schemasnapshot.cpp), the versions of every catalog row its
// snapshot entries are read from. Objects made by users have oids from 16384.
const char *const kFingerprintQuery = R"(
WITH ns AS (
  SELECT oid FROM pg_namespace
  WHERE nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast') AND nspname NOT LIKE 'pg_temp%' AND nspname NOT LIKE 'pg_toast_temp%'
), rel AS (
  SELECT c.oid FROM pg_class c JOIN ns ON ns.oid = c.relnamespace
), versions(owner, version) AS (
  SELECT 'n' || n.oid, n.xmin FROM pg_namespace n JOIN ns ON ns.oid = n.oid
  UNION ALL SELECT 'r' || c.oid, c.xmin FROM pg_class c JOIN rel ON rel.oid = c.oid
  UNION ALL SELECT 'r' || a.attrelid, a.xmin FROM pg_attribute a JOIN rel ON rel.oid = a.attrelid
  UNION ALL SELECT 'r' || d.adrelid, d.xmin FROM pg_attrdef d JOIN rel ON rel.oid = d.adrelid
  UNION ALL SELECT 'r' || i.indexrelid, i.xmin FROM pg_index i JOIN rel ON rel.oid = i.indexrelid
  UNION ALL SELECT 'r' || s.seqrelid, s.xmin FROM pg_sequence s JOIN rel ON rel.oid = s.seqrelid
  UNION ALL SELECT 'r' || w.ev_class, w.xmin FROM pg_rewrite w JOIN rel ON rel.oid = w.ev_class
  UNION ALL SELECT 'r' || p.partrelid, p.xmin FROM pg_partitioned_table p JOIN rel ON rel.oid = p.partrelid
  UNION ALL SELECT 'r' || d.objid, d.xmin FROM pg_depend d JOIN rel ON rel.oid = d.objid   -- a sequence's "owned by"
            WHERE d.classid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
  UNION ALL SELECT 'c' || con.oid, con.xmin FROM pg_constraint con JOIN ns ON ns.oid = con.connamespace
  UNION ALL SELECT 't' || t.oid, t.xmin FROM pg_trigger t JOIN rel ON rel.oid = t.tgrelid
  UNION ALL SELECT 'p' || p.oid, p.xmin FROM pg_proc p JOIN ns ON ns.oid = p.pronamespace
  UNION ALL SELECT 'p' || a.aggfnoid::oid, a.xmin FROM pg_aggregate a WHERE a.aggfnoid::oid >= 16384
  UNION ALL SELECT 'y' || t.oid, t.xmin FROM pg_type t JOIN ns ON ns.oid = t.typnamespace WHERE t.typtype IN ('e', 'd', 'r')
  UNION ALL SELECT 'y' || e.enumtypid, e.xmin FROM pg_enum e WHERE e.enumtypid >= 16384
  UNION ALL SELECT 'y' || r.rngtypid, r.xmin FROM pg_range r WHERE r.rngtypid >= 16384
  UNION ALL SELECT 'x' || x.oid, x.xmin FROM pg_extension x
  UNION ALL SELECT CASE d.classoid WHEN 'pg_class'::regclass THEN 'r' WHEN 'pg_constraint'::regclass THEN 'c' WHEN 'pg_proc'::regclass THEN 'p'
                                   WHEN 'pg_trigger'::regclass THEN 't' WHEN 'pg_type'::regclass THEN 'y' END || d.objoid, d.xmin
            FROM pg_description d WHERE d.objoid >= 16384
  UNION ALL SELECT 'n' || d.objoid, d.xmin FROM pg_description d WHERE d.classoid = 'pg_namespace'::regclass AND d.objoid >= 16384
)
SELECT owner, string_agg(version::text, ',' ORDER BY version::text) FROM versions WHERE owner IS NOT NULL GROUP BY owner
)";

// The owners whose entries name the objects in $1 (owners as above), these
// included: what depends on them in pg_depend, mapped to the row its entry is
// read from, and the indexes, constraints and triggers of every relation (and
// the checks of every domain) so found (their entries name it, though a primary key's index depends on its
// constraint, and nothing but the table on its schema).
const char *const kDependentsQuery = R"(
WITH changed AS (
  SELECT CASE left(o, 1) WHEN 'r' THEN 'pg_class' WHEN 'c' THEN 'pg_constraint' WHEN 'p' THEN 'pg_proc' WHEN 't' THEN 'pg_trigger'
                         WHEN 'y' THEN 'pg_type' WHEN 'n' THEN 'pg_namespace' ELSE 'pg_extension' END::regclass AS classid,
         substr(o, 2)::oid AS objid
  FROM unnest($1::text[]) o
), owners(owner) AS (
  SELECT unnest($1::text[])
  UNION
  SELECT CASE d.classid
           WHEN 'pg_class'::regclass THEN 'r' || d.objid
           WHEN 'pg_attrdef'::regclass THEN (SELECT 'r' || ad.adrelid FROM pg_attrdef ad WHERE ad.oid = d.objid)
           WHEN 'pg_rewrite'::regclass THEN (SELECT 'r' || w.ev_class FROM pg_rewrite w WHERE w.oid = d.objid)
           WHEN 'pg_constraint'::regclass THEN 'c' || d.objid
           WHEN 'pg_trigger'::regclass THEN 't' || d.objid
           WHEN 'pg_proc'::regclass THEN 'p' || d.objid
           WHEN 'pg_type'::regclass THEN 'y' || d.objid
         END
  FROM pg_depend d JOIN changed ON d.refclassid = changed.classid AND d.refobjid = changed.objid
), rels AS (
  SELECT substr(owner, 2)::oid AS oid FROM owners WHERE left(owner, 1) = 'r'
), types AS (
  SELECT substr(owner, 2)::oid AS oid FROM owners WHERE left(owner, 1) = 'y'
)
SELECT owner FROM owners WHERE owner IS NOT NULL
UNION SELECT 'r' || i.indexrelid FROM pg_index i JOIN rels ON rels.oid = i.indrelid
UNION SELECT 'c' || con.oid FROM pg_constraint con JOIN rels ON rels.oid IN (con.conrelid, con.confrelid)
UNION SELECT 't' || t.oid FROM pg_trigger t JOIN rels ON rels.oid = t.tgrelid
UNION SELECT 'c' || con.oid FROM pg_constraint con JOIN types ON types.oid = con.contypid
)";

QString arrayLiteral(const QStringList &owners) { return QStringLiteral("{%1}").arg(owners.join(QLatin1Char(','))); }

} // namespace

SnapshotTracker::SnapshotTracker(Connection &connection, bool exhaustive) : m_connection(connection), m_exhaustive(exhaustive)
{
    SnapshotChange ignored;
    if (!m_exhaustive)
        m_fingerprints = fingerprints();
    replace({}, ignored);
}

QHash<QString, QString> SnapshotTracker::fingerprints()
{
    pqxx::read_transaction tx(m_connection.raw());
    QHash<QString, QString> result;
    for (const auto &row : tx.exec(kFingerprintQuery))
        result.insert(QString::fromStdString(row[0].as<std::string>()), QString::fromStdString(row[1].as<std::string>()));
    return result;
}

QStringList SnapshotTracker::withDependents(const QStringList &owners)
{
    pqxx::read_transaction tx(m_connection.raw());
    QStringList result;
    for (const auto &row : tx.exec_params(kDependentsQuery, arrayLiteral(owners).toStdString()))
        result << QString::fromStdString(row[0].as<std::string>());
    return result;
}

// Drops the entries of `owners` (all when empty and exhaustive, or at the
// start) and reads them again, noting every entry that changed.
void SnapshotTracker::replace(const QStringList &owners, SnapshotChange &change)
{
    const bool everything = m_exhaustive || m_keysByOwner.isEmpty();
    QMap<QString, std::optional<QString>> before;
    const QStringList dropped = everything ? m_keysByOwner.keys() : owners;
    for (const QString &owner : dropped)
        for (const QString &key : m_keysByOwner.take(owner))
            before.insert(key, m_current.take(key));
    QMap<QString, std::optional<QString>> after;
    for (const SnapshotEntry &entry : snapshotEntries(m_connection, everything ? std::nullopt : std::optional(owners))) {
        m_keysByOwner[entry.owner] << entry.key;
        m_current.insert(entry.key, entry.definition);
        after.insert(entry.key, entry.definition);
    }
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        if (after.value(it.key()) != it.value()) {
            change.before.insert(it.key(), it.value());
            change.after.insert(it.key(), after.value(it.key()));
        }
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        if (!before.contains(it.key())) {
            change.before.insert(it.key(), std::nullopt);
            change.after.insert(it.key(), it.value());
        }
}

SnapshotChange SnapshotTracker::refresh()
{
    SnapshotChange change;
    if (m_exhaustive) {
        replace({}, change);
        return change;
    }
    const QHash<QString, QString> now = fingerprints();
    QSet<QString> owners;
    for (auto it = now.cbegin(); it != now.cend(); ++it)
        if (m_fingerprints.value(it.key()) != it.value())
            owners << it.key();
    QStringList changed(owners.begin(), owners.end());
    for (auto it = m_fingerprints.cbegin(); it != m_fingerprints.cend(); ++it)
        if (!now.contains(it.key()))
            owners << it.key();   // gone: its entries go, nothing depends on it any more
    m_fingerprints = now;
    if (owners.isEmpty())
        return change;
    if (!changed.isEmpty())
        for (const QString &owner : withDependents(changed))
            owners << owner;
    replace(QStringList(owners.begin(), owners.end()), change);
    return change;
}

QString describeUndoDifference(const SnapshotChange &first, const SnapshotChange &second)
{
    SchemaSnapshot before, after;
    const auto put = [](SchemaSnapshot &into, const QString &key, const std::optional<QString> &value) {
        if (value)
            into.insert(key, *value);
    };
    for (const QMap<QString, std::optional<QString>> *keys : {&first.before, &second.before})
        for (auto it = keys->cbegin(); it != keys->cend(); ++it) {
            const QString &key = it.key();
            put(before, key, first.before.contains(key) ? first.before.value(key) : second.before.value(key));
            put(after, key, second.after.contains(key) ? second.after.value(key) : first.after.value(key));
        }
    return describeSnapshotDifference(before, after);
}

} // namespace sw::db
