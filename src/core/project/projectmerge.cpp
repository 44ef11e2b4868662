#include "project/projectmerge.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sw {

namespace {

// "tables" → "table", "foreign_keys" → "foreign key", "indexes" → "index".
QString singular(const QString &key)
{
    QString word = key;
    word.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (word.endsWith(QLatin1String("xes")))
        word.chop(2);
    else if (word.endsWith(QLatin1Char('s')))
        word.chop(1);
    return word;
}

QString shown(const QJsonValue &v)
{
    if (v.isUndefined())
        return QStringLiteral("(removed)");
    if (v.isString())
        return QLatin1Char('"') + v.toString() + QLatin1Char('"');
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

// The key an element of a list is matched by: its id, else its name; empty when it has neither.
QString identity(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    if (o.contains(QLatin1String("id")))
        return QStringLiteral("id:") + o.value(QLatin1String("id")).toString();
    if (o.contains(QLatin1String("name")))
        return QStringLiteral("name:") + o.value(QLatin1String("schema")).toString() + QLatin1Char('.') + o.value(QLatin1String("name")).toString()
            + QLatin1Char('(') + o.value(QLatin1String("arguments")).toString() + QLatin1Char(')');
    return {};
}

bool keyedList(const QJsonValue &v)
{
    if (!v.isArray() && !v.isUndefined())
        return false;
    for (const QJsonValue &e : v.toArray())
        if (!e.isObject() || identity(e).isEmpty())
            return false;
    return true;
}

class Merger {
public:
    QList<MergeConflict> conflicts;

    QJsonValue merge(const QJsonValue &base, const QJsonValue &ours, const QJsonValue &theirs, const QString &where)
    {
        if (ours == theirs)
            return ours;
        if (base == ours)
            return theirs;
        if (base == theirs)
            return ours;
        if (ours.isObject() && theirs.isObject() && (base.isObject() || base.isUndefined()))
            return mergeObjects(base.toObject(), ours.toObject(), theirs.toObject(), where);
        if (ours.isArray() && theirs.isArray() && keyedList(base) && keyedList(ours) && keyedList(theirs))
            return mergeLists(base.toArray(), ours.toArray(), theirs.toArray(), where);
        conflicts << MergeConflict{where, shown(ours), shown(theirs)};
        return ours;
    }

private:
    QJsonObject mergeObjects(const QJsonObject &base, const QJsonObject &ours, const QJsonObject &theirs, const QString &where)
    {
        QJsonObject merged;
        QStringList keys = ours.keys();
        for (const QString &k : theirs.keys() + base.keys())
            if (!keys.contains(k))
                keys << k;
        for (const QString &k : keys) {
            const QJsonValue v = merge(base.value(k), ours.value(k), theirs.value(k), where.isEmpty() ? k : where + QStringLiteral(": ") + k);
            if (!v.isUndefined())
                merged.insert(k, v);
        }
        return merged;
    }

    // Ours' order; what only theirs added comes after the element it follows there.
    QJsonArray mergeLists(const QJsonArray &base, const QJsonArray &ours, const QJsonArray &theirs, const QString &where)
    {
        const auto find = [](const QJsonArray &list, const QString &id) {
            for (const QJsonValue &e : list)
                if (identity(e) == id)
                    return e;
            return QJsonValue(QJsonValue::Undefined);
        };
        QStringList order;
        for (const QJsonValue &e : ours)
            order << identity(e);
        QString previous;
        for (const QJsonValue &e : theirs) {
            const QString id = identity(e);
            if (!order.contains(id))
                order.insert(previous.isEmpty() ? 0 : order.indexOf(previous) + 1, id);
            previous = id;
        }
        for (const QJsonValue &e : base)
            if (!order.contains(identity(e)))
                order << identity(e);  // removed on both sides: merged to nothing below
        const QString label = singular(where.section(QStringLiteral(": "), -1));
        const QString outer = where.section(QStringLiteral(": "), 0, -2);
        QJsonArray merged;
        for (const QString &id : order) {
            const QJsonValue o = find(ours, id), t = find(theirs, id), b = find(base, id);
            const QJsonValue any = !o.isUndefined() ? o : !t.isUndefined() ? t : b;
            const QString name = QStringLiteral("%1 %2").arg(label, any.toObject().value(QLatin1String("name")).toString());
            const QJsonValue v = merge(b, o, t, outer.isEmpty() ? name : outer + QStringLiteral(", ") + name);
            if (!v.isUndefined())
                merged.append(v);
        }
        return merged;
    }
};

} // namespace

QString MergeConflict::text() const
{
    return QStringLiteral("%1: ours %2, theirs %3").arg(where, ours, theirs);
}

ProjectMerge mergeProjects(const QJsonObject &base, const QJsonObject &ours, const QJsonObject &theirs)
{
    ProjectMerge result;
    QJsonObject b = base, o = ours, t = theirs;
    // Both sides exported: each baseline is its own branch's last migration. Ours is
    // kept; the migration folder's two heads are joined by a rebase, not here.
    const QLatin1String baseline("baseline");
    if (o.value(baseline) != b.value(baseline) && t.value(baseline) != b.value(baseline) && o.value(baseline) != t.value(baseline)) {
        result.notes << QStringLiteral("baseline: both sides exported; ours (revision %1) is kept, theirs was %2: join the folder's heads with a rebase")
                            .arg(o.value(baseline).toObject().value(QLatin1String("revision")).toString(),
                                 t.value(baseline).toObject().value(QLatin1String("revision")).toString());
        t.insert(baseline, o.value(baseline));
    }
    Merger merger;
    result.merged = merger.merge(b, o, t, {}).toObject();
    result.conflicts = merger.conflicts;
    return result;
}

} // namespace sw
