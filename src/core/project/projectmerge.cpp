#include "project/projectmerge.h"

#include "problem.h"
#include "project/projectfile.h"

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

    QJsonValue merge(const QJsonValue &base, const QJsonValue &ours, const QJsonValue &theirs, const QString &where, const QJsonArray &path)
    {
        if (ours == theirs)
            return ours;
        if (base == ours)
            return theirs;
        if (base == theirs)
            return ours;
        if (ours.isObject() && theirs.isObject() && (base.isObject() || base.isUndefined()))
            return mergeObjects(base.toObject(), ours.toObject(), theirs.toObject(), where, path);
        if (ours.isArray() && theirs.isArray() && keyedList(base) && keyedList(ours) && keyedList(theirs))
            return mergeLists(base.toArray(), ours.toArray(), theirs.toArray(), where, path);
        conflicts << MergeConflict{where, path, ours, theirs};
        return ours;
    }

private:
    QJsonObject mergeObjects(const QJsonObject &base, const QJsonObject &ours, const QJsonObject &theirs, const QString &where, const QJsonArray &path)
    {
        QJsonObject merged;
        QStringList keys = ours.keys();
        for (const QString &k : theirs.keys() + base.keys())
            if (!keys.contains(k))
                keys << k;
        for (const QString &k : keys) {
            const QJsonValue v = merge(base.value(k), ours.value(k), theirs.value(k), where.isEmpty() ? k : where + QStringLiteral(": ") + k, QJsonArray(path) << k);
            if (!v.isUndefined())
                merged.insert(k, v);
        }
        return merged;
    }

    // Ours' order; what only theirs added comes after the element it follows there.
    QJsonArray mergeLists(const QJsonArray &base, const QJsonArray &ours, const QJsonArray &theirs, const QString &where, const QJsonArray &path)
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
            const QJsonValue v = merge(b, o, t, outer.isEmpty() ? name : outer + QStringLiteral(", ") + name, QJsonArray(path) << id);
            if (!v.isUndefined())
                merged.append(v);
        }
        return merged;
    }
};

} // namespace

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
    // Conflicts left by an earlier merge are ours to resolve; theirs are theirs.
    b.remove(QLatin1String("merge_conflicts"));
    t.remove(QLatin1String("merge_conflicts"));
    Merger merger;
    result.merged = merger.merge(b, o, t, {}, {}).toObject();
    result.conflicts = merger.conflicts;
    return result;
}

namespace {

QJsonValue replaced(const QJsonValue &at, const QJsonArray &path, qsizetype step, const QJsonValue &value)
{
    if (step == path.size())
        return value;
    const QString key = path.at(step).toString();
    if (at.isObject()) {
        QJsonObject o = at.toObject();
        if (!o.contains(key))
            throw SchemaError(QStringLiteral("bad-merge-conflict"), QStringLiteral("merge conflict: the project has no key \"%1\" there").arg(key));
        const QJsonValue v = replaced(o.value(key), path, step + 1, value);
        if (v.isUndefined())
            o.remove(key);
        else
            o.insert(key, v);
        return o;
    }
    QJsonArray list = at.toArray();
    for (qsizetype i = 0; i < list.size(); ++i)
        if (identity(list.at(i)) == key) {
            const QJsonValue v = replaced(list.at(i), path, step + 1, value);
            if (v.isUndefined())
                list.removeAt(i);
            else
                list[i] = v;
            return list;
        }
    throw SchemaError(QStringLiteral("bad-merge-conflict"), QStringLiteral("merge conflict: the project has no element %1 there").arg(key));
}

// The project file's JSON with `value` at `path` (MergeConflict::path); an
// undefined value removes what is there. Throws SchemaError when the path
// leads nowhere.
QJsonObject withValueAt(const QJsonObject &root, const QJsonArray &path, const QJsonValue &value)
{
    if (path.isEmpty())
        throw SchemaError(QStringLiteral("bad-merge-conflict"), QStringLiteral("merge conflict: an empty path"));
    return replaced(root, path, 0, value).toObject();
}

Project withTheirs(const Project &project, const QList<MergeConflict> &taken)
{
    QJsonObject root = QJsonDocument::fromJson(serializeProject(project)).object();
    for (const MergeConflict &c : taken)
        root = withValueAt(root, c.path, c.theirs);
    return parseProject(QJsonDocument(root).toJson(), {});
}

// The conflicts on the same table as `chosen` (its path begins "tables", "id:…").
bool onTheSameTable(const MergeConflict &a, const MergeConflict &chosen)
{
    return chosen.path.size() > 2 && a.path.size() > 2 && a.path.at(0) == chosen.path.at(0) && a.path.at(1) == chosen.path.at(1);
}

} // namespace

Project withConflictResolved(const Project &project, qsizetype conflict, bool takeTheirs)
{
    Project decided = project;
    const MergeConflict chosen = decided.mergeConflicts.takeAt(conflict);
    if (!takeTheirs)
        return decided;
    try {
        return withTheirs(decided, {chosen});
    } catch (const SchemaError &e) {
        // Theirs renamed a column that theirs' index names too: taken alone,
        // either leaves the table naming a column it does not have. Theirs for
        // the whole table, together, is what their branch had.
        QList<MergeConflict> together{chosen};
        for (const MergeConflict &c : std::as_const(decided.mergeConflicts))
            if (onTheSameTable(c, chosen))
                together << c;
        if (together.size() > 1) {
            try {
                Project both = decided;
                both.mergeConflicts.removeIf([&](const MergeConflict &c) { return onTheSameTable(c, chosen); });
                return withTheirs(both, together);
            } catch (const SchemaError &) {  // the first reason is the one to name
            }
        }
        throw SchemaError(QStringLiteral("bad-merge-conflict"), QStringLiteral("theirs cannot be taken for %1: %2").arg(chosen.where, e.problem().message));
    }
}

} // namespace sw
