// A table's settings in a change: comments on it and its parts, physical
// storage, and the options of its columns' sequences.

#include "diff/tablechangeplanner.h"

#include "columntype.h"
#include "identifiers.h"
#include "sql/expressionform.h"
#include "sql/altersql.h"
#include "sql/sequencesql.h"
#include "sql/tablesql.h"

namespace sw::tablediff {

void TableChangePlanner::changeComments()
{
    QStringList up, down;
    if (m_before.comment != m_after.comment) {
        Table old = m_after;
        old.comment = m_before.comment;
        up << sql::commentOnTable(m_after);
        down << sql::commentOnTable(old);
    }
    for (const ColumnPair &pair : m_columns.kept)
        if (pair.before->comment != pair.after->comment) {
            Column old = *pair.after;
            old.comment = pair.before->comment;
            up << sql::commentOnColumn(m_after, *pair.after);
            down << sql::commentOnColumn(m_after, old);
        }
    for (const Column *c : m_columns.added)
        if (!c->comment.isEmpty())
            up << sql::commentOnColumn(m_after, *c);  // goes with the column on the way down
    if (!m_constraints.primaryKeyChanged && !m_after.primaryKey.isEmpty() && m_before.primaryKeyComment != m_after.primaryKeyComment) {
        const QString key = conventions::primaryKeyName(m_after);
        up << sql::commentOnConstraint(m_after, key, m_after.primaryKeyComment);
        down << sql::commentOnConstraint(m_after, key, m_before.primaryKeyComment);
    }
    // New keys, indexes and checks are commented here, last; dropped ones take their comment along.
    if (m_constraints.primaryKeyChanged && !m_after.primaryKey.isEmpty() && !m_after.primaryKeyComment.isEmpty())
        up << sql::commentOnConstraint(m_after, conventions::primaryKeyName(m_after), m_after.primaryKeyComment);
    for (const sql::IndexDefinition &index : m_constraints.indexes.added)
        if (!index.comment.isEmpty())
            up << sql::commentOnIndex(m_after, index);
    for (const NamedCheck &check : m_constraints.checks.added)
        if (!check.comment.isEmpty())
            up << sql::commentOnConstraint(m_after, check.name, check.comment);
    for (const Exclusion &exclusion : m_constraints.exclusions.added)
        if (!exclusion.comment.isEmpty())
            up << sql::commentOnConstraint(m_after, exclusion.name, exclusion.comment);
    // Those that stay, when their comment changes.
    const auto changed = [&](const auto &changes, auto comment, auto statement) {
        for (const auto &pairs : {changes.kept, changes.renamed})
            for (const auto &[old, now] : pairs)
                if (comment(old) != comment(now))
                    up << statement(now, comment(now)), down << statement(now, comment(old));
    };
    changed(m_constraints.indexes, [](const sql::IndexDefinition &i) { return i.comment; }, [&](sql::IndexDefinition index, const QString &comment) {
        index.comment = comment;
        return sql::commentOnIndex(m_after, index);
    });
    changed(m_constraints.checks, [](const NamedCheck &c) { return c.comment; },
            [&](const NamedCheck &c, const QString &comment) { return sql::commentOnConstraint(m_after, c.name, comment); });
    changed(m_constraints.foreignKeys, [](const NamedForeignKey &k) { return k.key.comment; },
            [&](const NamedForeignKey &k, const QString &comment) { return sql::commentOnConstraint(m_after, k.name, comment); });
    changed(m_constraints.exclusions, [](const Exclusion &e) { return e.comment; },
            [&](const Exclusion &e, const QString &comment) { return sql::commentOnConstraint(m_after, e.name, comment); });
    step(QStringLiteral("Comments on %1").arg(m_after.name), joined(up), joined(down));
}

namespace {

// The storage a type has when a column does not set one (pg_type.typstorage).
QString defaultStorage(const Column &column)
{
    const ColumnType type = parseColumnType(column.type).value_or(ColumnType{});
    static const QStringList plain = {"smallint", "integer", "bigint", "smallserial", "serial", "bigserial", "real", "double precision",
                                      "boolean", "date", "time", "timetz", "timestamp", "timestamptz", "interval", "uuid", "money",
                                      "macaddr", "macaddr8", "point", "line", "lseg", "box", "circle", "pg_lsn"};
    static const QStringList main = {"numeric", "inet", "cidr"};
    if (type.arrayDepth == 0 && plain.contains(type.base))
        return QStringLiteral("plain");
    if (type.arrayDepth == 0 && main.contains(type.base))
        return QStringLiteral("main");
    return QStringLiteral("extended");
}

} // namespace

// A serial column's sequence, or an identity's, taking other options.
void TableChangePlanner::changeSequenceOptions(const Column &b, const Column &a)
{
    const auto from = parseColumnType(b.type), to = parseColumnType(a.type);
    if (b.sequence == a.sequence || !from || !to)
        return;
    const QString type = to->withoutSerial().base;
    const QString comment = QStringLiteral("Sequence of %1.%2").arg(m_after.name, a.name);
    if (!b.identity.isEmpty() && !a.identity.isEmpty()) {
        const auto alter = [&](const SequenceOptions &x, const SequenceOptions &y) {
            return QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 %3;").arg(sql::tableRef(m_after), quoteIdentifier(a.name), sql::sequenceChanges(x, y, type, QStringLiteral("SET ")));
        };
        step(comment, alter(b.sequence, a.sequence), alter(a.sequence, b.sequence));
    } else if (from->isSerial() && to->isSerial()) {
        const QString sequence = sql::serialSequenceRef(m_after, a.name);
        const auto alter = [&](const SequenceOptions &x, const SequenceOptions &y) {
            return QStringLiteral("ALTER SEQUENCE %1 %2;").arg(sequence, sql::sequenceChanges(x, y, type));
        };
        step(comment, alter(b.sequence, a.sequence), alter(a.sequence, b.sequence));
    }
}

// Physical settings: logged or not, storage parameters, column storage and compression.
void TableChangePlanner::changeStorage()
{
    // A partition's new bound: detached and attached again, rows kept (ATTACH checks they fit).
    if (m_after.isPartition() && !sameExpression(m_before.partitionBound, m_after.partitionBound)) {
        const auto attachWith = [&](const QString &bound) {
            return QStringLiteral("ALTER TABLE %1 DETACH PARTITION %2;\nALTER TABLE %1 ATTACH PARTITION %2 %3;")
                .arg(sql::partitionParentRef(m_after), sql::tableRef(m_after), bound);
        };
        step(QStringLiteral("Bound of partition %1").arg(m_after.name), attachWith(m_after.partitionBound), attachWith(m_before.partitionBound));
    }
    QStringList up, down;
    const auto change = [&](const QString &forward, const QString &back) {
        if (!forward.isEmpty())
            up << forward, down.prepend(back);
    };
    const auto logged = [&](bool unlogged) { return QStringLiteral("ALTER TABLE %1 SET %2;").arg(sql::tableRef(m_after), unlogged ? QStringLiteral("UNLOGGED") : QStringLiteral("LOGGED")); };
    if (m_before.unlogged != m_after.unlogged)
        change(logged(m_after.unlogged), logged(m_before.unlogged));
    // name=value lists: what one side sets and the other does not have (or has otherwise).
    const auto parameters = [&](const QStringList &from, const QStringList &to) {
        QStringList set, reset;
        for (const QString &p : to)
            if (!from.contains(p))
                set << sql::storageParameter(p);
        for (const QString &p : from) {
            const QString name = sql::storageParameterName(p);
            if (std::none_of(to.begin(), to.end(), [&](const QString &t) { return t.section(QLatin1Char('='), 0, 0) == name; }))
                reset << name;
        }
        QStringList statements;
        if (!set.isEmpty())
            statements << QStringLiteral("ALTER TABLE %1 SET (%2);").arg(sql::tableRef(m_after), set.join(QStringLiteral(", ")));
        if (!reset.isEmpty())
            statements << QStringLiteral("ALTER TABLE %1 RESET (%2);").arg(sql::tableRef(m_after), reset.join(QStringLiteral(", ")));
        return joined(statements);
    };
    change(parameters(m_before.storageParameters, m_after.storageParameters), parameters(m_after.storageParameters, m_before.storageParameters));
    for (const ColumnPair &pair : m_columns.kept) {
        const Column &b = *pair.before, &a = *pair.after;
        if (b.storage != a.storage)
            change(sql::setStorage(m_after, a, a.storage.isEmpty() ? defaultStorage(a) : a.storage),
                   sql::setStorage(m_after, a, b.storage.isEmpty() ? defaultStorage(a) : b.storage));
        const auto compression = [&](const QString &method) {
            return QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 SET COMPRESSION %3;")
                .arg(sql::tableRef(m_after), quoteIdentifier(a.name), method.isEmpty() ? QStringLiteral("DEFAULT") : method);
        };
        if (b.compression != a.compression)
            change(compression(a.compression), compression(b.compression));
    }
    step(QStringLiteral("Storage of %1").arg(m_after.name), joined(up), joined(down));
}

} // namespace sw::tablediff
