#pragma once
// Three-way merge of project files, as a git merge driver wants it: what one
// side changed and the other did not is taken; both sides' changes to
// different things both survive. Lists of objects are matched by `id` where
// they have one (tables, columns), else by `name` (indexes, keys, checks,
// views and routines, types): a rename on one side (same id) and a change on
// the other are both kept. It works on the file's JSON, so keys this version
// does not know merge too.
//
// A true conflict (the same value changed two ways, an object removed on one
// side and changed on the other) keeps ours and is listed.

#include <QJsonObject>
#include <QStringList>

namespace sw {

struct MergeConflict {
    QString where;   // "table orders, column note: name"
    QString ours;
    QString theirs;
    QString text() const;  // one line naming where and both values
};

struct ProjectMerge {
    QJsonObject merged;            // loadable: ours where the sides conflict
    QList<MergeConflict> conflicts;
    QStringList notes;             // what was decided without a conflict (both exported: ours' baseline)
};

ProjectMerge mergeProjects(const QJsonObject &base, const QJsonObject &ours, const QJsonObject &theirs);

} // namespace sw
