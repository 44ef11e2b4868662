#include "snapshottracker.h"

#include <QSet>

#include <pqxx/pqxx>

namespace sw::db {

namespace {

// Every object that owns snapshot entries, by kind, with the rows whose
// removal alone changes an owner: comments ('d') and the links of sequences
// to the columns that own them ('o'). A removed row leaves no version behind;
// a removed item of this list is how it shows. Items are numbers, unique
// within their kind, so that a kind's digest is cheap: the owner is the class
// letter and the oid (a comment's item holds its column in the low 16 bits).
// Objects are those made by users (oid from 16384), wherever they are: one
// outside the user's schemas (a TOAST table) owns no entries, and costs only
// a look.
const char *const kListing = R"(, comments AS (
  -- every comment on an object of the user's (public's oid is below 16384), with the class letter of what it is on
  SELECT CASE d.classoid WHEN 'pg_class'::regclass THEN 'r' WHEN 'pg_constraint'::regclass THEN 'c' WHEN 'pg_proc'::regclass THEN 'p'
                         WHEN 'pg_trigger'::regclass THEN 't' WHEN 'pg_type'::regclass THEN 'y' WHEN 'pg_namespace'::regclass THEN 'n' END AS class,
         d.objoid, d.objsubid, d.xmin AS version
  FROM pg_description d WHERE d.objoid >= 16384 OR d.objoid IN (SELECT oid FROM ns)
), listing(kind, class, item) AS (
  SELECT 'r', 'r', c.oid::int8 FROM pg_class c WHERE c.oid >= 16384
  UNION ALL SELECT 'c', 'c', con.oid::int8 FROM pg_constraint con WHERE con.oid >= 16384
  UNION ALL SELECT 't', 't', t.oid::int8 FROM pg_trigger t WHERE t.oid >= 16384
  UNION ALL SELECT 'p', 'p', p.oid::int8 FROM pg_proc p WHERE p.oid >= 16384
  UNION ALL SELECT 'y', 'y', t.oid::int8 FROM pg_type t WHERE t.oid >= 16384 AND t.typtype IN ('e', 'd', 'r')
  UNION ALL SELECT 'n', 'n', ns.oid::int8 FROM ns
  UNION ALL SELECT 'x', 'x', x.oid::int8 FROM pg_extension x WHERE x.oid >= 16384
  UNION ALL SELECT 'd', class, (objoid::int8 << 16) + objsubid FROM comments
  UNION ALL SELECT 'o', 'r', d.objid::int8
            FROM pg_depend d JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'
            WHERE d.classid = 'pg_class'::regclass AND d.deptype IN ('a', 'i') AND d.objid >= 16384
))";

// $1: the kind wanted.
const std::string kListingQuery = std::string(kUserSchemasCte) + kListing + R"(
SELECT class, item FROM listing WHERE class IS NOT NULL AND kind = $1::text
)";

// Since $1 (a transaction id: the oldest running at the last call), the
// owners of every catalog row written (inserted or updated: its xmin is
// newer), a digest of each kind's listing, and the id to pass next time.
// Written rows are those of any object made by users (oid from 16384): an
// owner outside the user's schemas (a TOAST table) has no entries to read.
const std::string kChangedQuery = std::string(kUserSchemasCte) + kListing + R"(, since AS (
  SELECT age(($1::bigint % 4294967296)::text::xid) AS age
), written(owner) AS (
  SELECT 'n' || n.oid FROM pg_namespace n JOIN ns ON ns.oid = n.oid WHERE age(n.xmin) <= (SELECT age FROM since)
  UNION ALL SELECT 'r' || c.oid FROM pg_class c WHERE c.oid >= 16384 AND age(c.xmin) <= (SELECT age FROM since)
  UNION ALL SELECT 'r' || a.attrelid FROM pg_attribute a WHERE a.attrelid >= 16384 AND age(a.xmin) <= (SELECT age FROM since)
  UNION ALL SELECT 'r' || d.adrelid FROM pg_attrdef d WHERE d.adrelid >= 16384 AND age(d.xmin) <= (SELECT age FROM since)
  UNION ALL SELECT 'r' || i.indexrelid FROM pg_index i WHERE i.indexrelid >= 16384 AND age(i.xmin) <= (SELECT age FROM since)
  UNION ALL SELECT 'r' || q.seqrelid FROM pg_sequence q WHERE q.seqrelid >= 16384 AND age(q.xmin) <= (SELECT age FROM since)
  UNION ALL SELECT 'r' || w.ev_class FROM pg_rewrite w WHERE w.ev_class >= 16384 AND age(w.xmin) <= (SELECT age FROM since)
  UNION ALL SELECT 'r' || p.partrelid FROM pg_partitioned_table p WHERE p.partrelid >= 16384 AND age(p.xmin) <= (SELECT age FROM since)
  UNION ALL SELECT 'r' || d.objid FROM pg_depend d
            WHERE d.classid = 'pg_class'::regclass AND d.deptype IN ('a', 'i') AND d.objid >= 16384 AND age(d.xmin) <= (SELECT age FROM since)
  UNION ALL SELECT 'c' || con.oid FROM pg_constraint con WHERE con.oid >= 16384 AND age(con.xmin) <= (SELECT age FROM since)
  UNION ALL SELECT 't' || t.oid FROM pg_trigger t WHERE t.tgrelid >= 16384 AND age(t.xmin) <= (SELECT age FROM since)
  UNION ALL SELECT 'p' || p.oid FROM pg_proc p WHERE p.oid >= 16384 AND age(p.xmin) <= (SELECT age FROM since)
  UNION ALL SELECT 'p' || a.aggfnoid::oid FROM pg_aggregate a WHERE a.aggfnoid::oid >= 16384 AND age(a.xmin) <= (SELECT age FROM since)
  UNION ALL SELECT 'y' || t.oid FROM pg_type t WHERE t.oid >= 16384 AND t.typtype IN ('e', 'd', 'r') AND age(t.xmin) <= (SELECT age FROM since)
  UNION ALL SELECT 'y' || e.enumtypid FROM pg_enum e WHERE e.enumtypid >= 16384 AND age(e.xmin) <= (SELECT age FROM since)
  UNION ALL SELECT 'y' || r.rngtypid FROM pg_range r WHERE r.rngtypid >= 16384 AND age(r.xmin) <= (SELECT age FROM since)
  UNION ALL SELECT 'x' || x.oid FROM pg_extension x WHERE x.oid >= 16384 AND age(x.xmin) <= (SELECT age FROM since)
  UNION ALL SELECT class || objoid FROM comments WHERE age(version) <= (SELECT age FROM since)
)
SELECT 'written', owner FROM written WHERE owner IS NOT NULL
UNION ALL SELECT 'digest', kind || ' ' || count(*) || ' ' || sum(item) || ' ' || sum(hashint8(item)) FROM listing GROUP BY kind
UNION ALL SELECT 'since', txid_snapshot_xmin(txid_current_snapshot())::text
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
    if (!m_exhaustive) {
        // Its queries run hundreds of times with other owners: planned once, not each time
        // (the first five custom plans of a prepared statement cost more than running it).
        pqxx::nontransaction(m_connection.raw()).exec("SET plan_cache_mode = force_generic_plan");
        written();
        for (const QString &kind : m_digests.keys())
            relist(kind);
    }
    replace({}, ignored);
}

QSet<QString> SnapshotTracker::written()
{
    m_connection.raw().prepare("schemawright_catalog_written", kChangedQuery);
    pqxx::nontransaction tx(m_connection.raw());   // one statement: consistent by itself, no BEGIN and COMMIT to wait for
    QSet<QString> owners;
    m_digests.clear();   // a kind whose last object went has no digest
    for (const auto &row : tx.exec_prepared("schemawright_catalog_written", m_since.toStdString())) {
        const QString what = QString::fromStdString(row[0].as<std::string>()), value = QString::fromStdString(row[1].as<std::string>());
        if (what == QLatin1String("written"))
            owners << value;
        else if (what == QLatin1String("since"))
            m_since = value;
        else
            m_digests.insert(value.section(QLatin1Char(' '), 0, 0), value.section(QLatin1Char(' '), 1));
    }
    return owners;
}

QSet<QString> SnapshotTracker::relist(const QString &kind)
{
    m_connection.raw().prepare("schemawright_catalog_listing", kListingQuery);
    pqxx::nontransaction tx(m_connection.raw());   // one statement: consistent by itself, no BEGIN and COMMIT to wait for
    QHash<qint64, QString> now;   // item -> owner
    const int shift = kind == QLatin1String("d") ? 16 : 0;
    for (const auto &row : tx.exec_prepared("schemawright_catalog_listing", kind.toStdString())) {
        const qint64 item = row[1].as<qint64>();
        now.insert(item, QString::fromStdString(row[0].as<std::string>()) + QString::number(item >> shift));
    }
    QSet<QString> owners;
    const QHash<qint64, QString> before = m_listings.value(kind);
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        if (!now.contains(it.key()))
            owners << it.value();
    for (auto it = now.cbegin(); it != now.cend(); ++it)
        if (!before.contains(it.key()))
            owners << it.value();
    m_listings.insert(kind, now);
    return owners;
}

QStringList SnapshotTracker::withDependents(const QStringList &owners)
{
    m_connection.raw().prepare("schemawright_dependents", kDependentsQuery);
    pqxx::nontransaction tx(m_connection.raw());   // one statement: consistent by itself, no BEGIN and COMMIT to wait for
    QStringList result;
    for (const auto &row : tx.exec_prepared("schemawright_dependents", arrayLiteral(owners).toStdString()))
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
    const QHash<QString, QString> digests = m_digests;
    QSet<QString> owners = written();
    for (auto it = m_digests.cbegin(); it != m_digests.cend(); ++it)
        if (digests.value(it.key()) != it.value())
            owners += relist(it.key());
    for (auto it = digests.cbegin(); it != digests.cend(); ++it)
        if (!m_digests.contains(it.key()))
            owners += relist(it.key());   // the last of its kind went
    if (!owners.isEmpty())
        replace(withDependents(QStringList(owners.begin(), owners.end())), change);
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
