#include "migration/rebaseplan.h"

#include "problem.h"

#include <QSet>

namespace sw {

namespace {

QSet<QString> ancestorsOf(const QList<MigrationScriptInfo> &scripts, const QString &revision)
{
    QSet<QString> seen;
    QStringList pending{revision};
    while (!pending.isEmpty()) {
        const QString r = pending.takeLast();
        if (seen.contains(r))
            continue;
        seen.insert(r);
        for (const MigrationScriptInfo &s : scripts)
            if (s.revision == r)
                pending += s.downRevisions;
    }
    return seen;
}

} // namespace

QString RebasePlan::message() const
{
    QStringList messages;
    for (const MigrationScriptInfo &s : moved)
        messages << s.fileName.section(QLatin1Char('_'), 1).chopped(3);  // <revision>_<message>.py
    return messages.join(QStringLiteral("_and_"));
}

RebasePlan planRebase(const QList<MigrationScriptInfo> &scripts, const QString &onto)
{
    const QStringList heads = headRevisions(scripts);
    if (heads.size() != 2)
        throw SchemaError(QStringLiteral("not-forked"), heads.size() < 2 ? QStringLiteral("the migration folder has one head: nothing to rebase")
                                                                         : QStringLiteral("the migration folder has %1 heads (%2); rebase joins two")
                                                                               .arg(heads.size()).arg(heads.join(QStringLiteral(", "))));
    if (!heads.contains(onto))
        throw SchemaError(QStringLiteral("not-a-head"), QStringLiteral("%1 is not a head of the migration folder; its heads are %2").arg(onto, heads.join(QStringLiteral(", "))));
    RebasePlan plan{onto, heads.at(0) == onto ? heads.at(1) : heads.at(0), {}};
    const QSet<QString> kept = ancestorsOf(scripts, onto), theirs = ancestorsOf(scripts, plan.other);
    // Oldest first: a migration after another of the branch follows it.
    QStringList order;
    for (QString r = plan.other; !r.isEmpty() && theirs.contains(r) && !kept.contains(r);) {
        order.prepend(r);
        QString parent;
        for (const MigrationScriptInfo &s : scripts)
            if (s.revision == r)
                parent = s.downRevisions.value(0);
        r = parent;
    }
    for (const QString &r : order)
        for (const MigrationScriptInfo &s : scripts)
            if (s.revision == r)
                plan.moved << s;
    return plan;
}

} // namespace sw
