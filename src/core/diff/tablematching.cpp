#include "diff/tablematching.h"

namespace sw {

namespace {

bool sameIdentity(const Table &a, const Table &b)
{
    if (!a.id.isEmpty() && !b.id.isEmpty())
        return a.id == b.id;
    return a.schema == b.schema && a.name == b.name;
}

} // namespace

TableMatch matchTables(const Project &from, const Project &to)
{
    TableMatch match;
    QList<const Table *> unmatchedOld;
    for (const Table &t : from.tables)
        unmatchedOld << &t;
    for (const Table &newTable : to.tables) {
        const auto it = std::find_if(unmatchedOld.begin(), unmatchedOld.end(),
                                     [&](const Table *old) { return sameIdentity(*old, newTable); });
        if (it == unmatchedOld.end()) {
            match.created << &newTable;
        } else {
            match.kept.append(qMakePair(*it, &newTable));
            unmatchedOld.erase(it);
        }
    }
    match.dropped = unmatchedOld;
    return match;
}

} // namespace sw
