#include "conventions.h"

#include "columntype.h"
#include "identifiers.h"

#include <QCryptographicHash>

namespace sw::conventions {

namespace {

// The first `bytes` bytes of `text` in UTF-8, never half a character.
QString leftBytes(const QString &text, qsizetype bytes)
{
    const QByteArray utf8 = text.toUtf8();
    while (bytes > 0 && bytes < utf8.size() && (uchar(utf8.at(bytes)) & 0xC0) == 0x80)
        --bytes;
    return QString::fromUtf8(utf8.left(bytes));
}

} // namespace

QString fittedName(const QString &start, const QString &ending)
{
    const QString whole = start + ending;
    const QByteArray bytes = whole.toUtf8();
    if (bytes.size() <= kMaxIdentifierBytes)
        return whole;
    const QString tag = QLatin1Char('_') + QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Md5).toHex().left(8));
    return leftBytes(start, kMaxIdentifierBytes - tag.size() - ending.toUtf8().size()) + tag + ending;
}

QString serverDerivedName(const QString &name1, const QString &name2, const QString &label)
{
    const qsizetype overhead = (name2.isEmpty() ? 0 : 1) + label.toUtf8().size() + 1;
    qsizetype firstBytes = name1.toUtf8().size(), secondBytes = name2.toUtf8().size();
    while (firstBytes + secondBytes > kMaxIdentifierBytes - overhead)
        (firstBytes > secondBytes ? firstBytes : secondBytes)--;
    QString name = leftBytes(name1, firstBytes);
    if (!name2.isEmpty())
        name += QLatin1Char('_') + leftBytes(name2, secondBytes);
    return name + QLatin1Char('_') + label;
}

QString historyTableName(const QString &table) { return fittedName(table, QStringLiteral("_history")); }
QString unshortenedMainTable(const QString &history)
{
    const QString ending = QStringLiteral("_history");
    const QString main = history.endsWith(ending) ? history.chopped(ending.size()) : QString();
    return !main.isEmpty() && historyTableName(main) == history ? main : QString();
}

QString historyFunctionName(const QString &table) { return fittedName(table, QStringLiteral("_history_trigger")); }
QString historyTriggerName(const QString &table, const QString &operation)
{
    return fittedName(table, QStringLiteral("_history_") + operation);
}
QString historyPrimaryKeyName(const QString &table) { return serverDerivedName(historyTableName(table), {}, QStringLiteral("pkey")); }
QString historyIdSequenceName(const QString &table) { return sequenceName(historyTableName(table), kHistoryIdColumn); }
QString updatedAtFunctionName(const QString &table) { return fittedName(table, QStringLiteral("_set_updated_at")); }
QString updatedAtTriggerName(const QString &table) { return fittedName(table, QStringLiteral("_set_updated_at")); }
QString primaryKeyName(const QString &table) { return fittedName(table, QStringLiteral("_pkey")); }
QString primaryKeyName(const Table &table) { return table.primaryKeyName.isEmpty() ? primaryKeyName(table.name) : table.primaryKeyName; }
QString sequenceName(const QString &table, const QString &column) { return serverDerivedName(table, column, QStringLiteral("seq")); }

QString indexName(const Table &table, const Index &index)
{
    if (!index.name.isEmpty())
        return index.name;
    return fittedName((index.unique ? QStringLiteral("uq_") : QStringLiteral("ix_")) + table.name + QLatin1Char('_')
                      + index.columns.join(QLatin1Char('_')));
}

QString foreignKeyName(const Table &table, const ForeignKey &fk)
{
    if (!fk.name.isEmpty())
        return fk.name;
    return fittedName(QStringLiteral("fk_") + table.name + QLatin1Char('_') + fk.columns.join(QLatin1Char('_')));
}

QString checkName(const Table &table, int checkPosition)
{
    const Check &check = table.checks.at(checkPosition);
    if (!check.name.isEmpty())
        return check.name;
    return fittedName(QStringLiteral("ck_") + table.name + QLatin1Char('_') + QString::number(checkPosition + 1));
}

QString foreignKeyIndexName(const Table &table, const ForeignKey &fk)
{
    return fittedName(QStringLiteral("ix_") + table.name + QLatin1Char('_') + fk.columns.join(QLatin1Char('_')));
}

bool hasUpdatedAt(const Table &table)
{
    return table.updatedAtTrigger && table.hasColumn(kUpdatedAtColumn);
}

QList<ForeignKey> foreignKeysNeedingIndex(const Table &table)
{
    const auto covers = [](const QStringList &indexColumns, const QStringList &fkColumns) {
        return indexColumns.mid(0, fkColumns.size()) == fkColumns;
    };
    QList<ForeignKey> result;
    QStringList indexed;  // one index per column list, even for two keys on the same columns
    for (const ForeignKey &fk : table.foreignKeys) {
        bool covered = false;  // by a declared index only, as generated-sql.md says
        for (const Index &index : table.indexes)  // a btree on all rows, the columns first
            covered = covered || (index.method.isEmpty() && !index.where && covers(index.columns, fk.columns));
        const QString key = fk.columns.join(QLatin1Char(','));
        if (!covered && fk.indexed && !indexed.contains(key)) {
            indexed << key;
            result << fk;
        }
    }
    return result;
}

QList<DerivedName> derivedNames(const Table &table)
{
    QList<DerivedName> names;
    names.reserve(12 + table.columns.size() + table.indexes.size() + 2 * table.foreignKeys.size() + table.checks.size());  // all at most
    const QString &t = table.name;
    if (!table.primaryKey.isEmpty())
        names.append({QStringLiteral("primary key"), primaryKeyName(table)});
    for (const Column &c : table.columns) {
        const auto type = parseColumnType(c.type);
        if (type && type->isSerial())
            names.append({QStringLiteral("sequence of column %1").arg(c.name), sequenceName(t, c.name)});
    }
    for (const Index &index : table.indexes)
        names.append({QStringLiteral("index"), indexName(table, index)});
    for (const ForeignKey &fk : table.foreignKeys)
        names.append({QStringLiteral("foreign key"), foreignKeyName(table, fk), false});
    for (const ForeignKey &fk : foreignKeysNeedingIndex(table))
        names.append({QStringLiteral("foreign key index"), foreignKeyIndexName(table, fk)});
    for (int i = 0; i < table.checks.size(); ++i)
        names.append({QStringLiteral("check"), checkName(table, i), false});
    if (table.history) {
        const QString history = historyTableName(t);
        names.append({QStringLiteral("history table"), history});
        names.append({QStringLiteral("history table key"), historyPrimaryKeyName(t)});
        names.append({QStringLiteral("history id sequence"), historyIdSequenceName(t)});
        names.append({QStringLiteral("history trigger function"), historyFunctionName(t), false});
        for (const char *op : {"insert", "update", "delete"})
            names.append({QStringLiteral("history trigger"), historyTriggerName(t, QLatin1String(op)), false});
    }
    if (hasUpdatedAt(table)) {
        names.append({QStringLiteral("updated_at function"), updatedAtFunctionName(t), false});
        names.append({QStringLiteral("updated_at trigger"), updatedAtTriggerName(t), false});
    }
    return names;
}

QSet<QString> derivedObjectIdentities(const QList<Table> &tables)
{
    QSet<QString> identities;
    const auto add = [&](SqlObject::Kind kind, const Table &t, const QString &name) {
        SqlObject o;
        o.kind = kind;
        o.schema = t.schema;
        o.name = name;
        o.table = kind == SqlObject::Kind::Trigger ? t.name : QString();
        identities << o.identity();
    };
    for (const Table &t : tables) {
        if (t.history) {
            add(SqlObject::Kind::Function, t, historyFunctionName(t.name));
            for (const char *op : {"insert", "update", "delete"})
                add(SqlObject::Kind::Trigger, t, historyTriggerName(t.name, QLatin1String(op)));
        }
        if (hasUpdatedAt(t)) {
            add(SqlObject::Kind::Function, t, updatedAtFunctionName(t.name));
            add(SqlObject::Kind::Trigger, t, updatedAtTriggerName(t.name));
        }
    }
    return identities;
}

} // namespace sw::conventions
