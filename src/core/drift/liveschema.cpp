#include "drift/liveschema.h"

namespace sw {

const Table *LiveSchema::relation(const QString &schema, const QString &name) const
{
    for (const Table &t : relations)
        if (t.schema == schema && t.name == name)
            return &t;
    return nullptr;
}

QList<LiveTrigger> LiveSchema::triggersOn(const QString &schema, const QString &table) const
{
    QList<LiveTrigger> result;
    for (const LiveTrigger &t : triggers)
        if (t.schema == schema && t.table == table)
            result << t;
    return result;
}

} // namespace sw
