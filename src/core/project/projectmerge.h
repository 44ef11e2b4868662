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
// side and changed on the other) keeps ours and is listed, with the path to
// the value, so that the designer can put theirs there when the user says so.

#include "model/schema.h"

#include <QJsonObject>
#include <QStringList>

namespace sw {

struct ProjectMerge {
    QJsonObject merged;            // loadable: ours where the sides conflict
    QList<MergeConflict> conflicts;
    QStringList notes;             // what was decided without a conflict (both exported: ours' baseline)
};

ProjectMerge mergeProjects(const QJsonObject &base, const QJsonObject &ours, const QJsonObject &theirs);

// `project` with its merge conflict `conflict` decided: theirs put in its
// place (`takeTheirs`) or ours kept; either way the conflict is gone. When
// theirs alone breaks a rule, theirs is taken for every conflict of that
// table together (a column renamed that an index names). Throws
// SchemaError, naming the conflict, when theirs no longer fits the design
// (the place is gone, or the result breaks a rule of the project format).
Project withConflictResolved(const Project &project, qsizetype conflict, bool takeTheirs);

} // namespace sw
