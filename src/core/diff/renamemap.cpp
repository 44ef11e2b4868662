#include "diff/renamemap.h"

namespace sw {

namespace {

bool sameColumn(const Column &a, const Column &b)
{
    if (!a.id.isEmpty() && !b.id.isEmpty())
        return a.id == b.id;
    return a.name == b.name;
}

QString key(const QString &schema, const QString &table) { return schema + QLatin1Char('.') + table; }

} // namespace

ColumnMatch matchColumns(const Table &before, const Table &after)
{
    ColumnMatch match;
    QList<const Column *> unmatched;
    for (const Column &c : before.columns)
        unmatched << &c;
    for (const Column &c : after.columns) {
        const auto it = std::find_if(unmatched.begin(), unmatched.end(), [&](const Column *old) { return sameColumn(*old, c); });
        if (it == unmatched.end()) {
            match.added << &c;
        } else {
            match.kept.append(ColumnPair{*it, &c});
            unmatched.erase(it);
        }
    }
    match.dropped = unmatched;
    return match;
}

// Only what changes its name: a name not in the map stays as it is.
void RenameMap::addTable(const Table &before, const Table &after)
{
    if (before.name != after.name)
        m_tables.insert(key(before.schema, before.name), after.name);
    for (const ColumnPair &pair : matchColumns(before, after).kept)
        if (pair.before->name != pair.after->name)
            m_columns.insert(key(before.schema, before.name) + QLatin1Char('.') + pair.before->name, pair.after->name);
}

QString RenameMap::tableName(const QString &schema, const QString &table) const
{
    return m_tables.value(key(schema, table), table);
}

QString RenameMap::columnName(const QString &schema, const QString &table, const QString &column) const
{
    return m_columns.value(key(schema, table) + QLatin1Char('.') + column, column);
}

QStringList RenameMap::columnNames(const QString &schema, const QString &table, const QStringList &columns) const
{
    QStringList names;
    for (const QString &c : columns)
        names << columnName(schema, table, c);
    return names;
}

} // namespace sw
