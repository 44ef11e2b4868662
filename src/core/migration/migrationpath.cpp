#include "migration/migrationpath.h"

#include "problem.h"

#include <QRegularExpression>

namespace sw {

namespace {

[[noreturn]] void fail(const QString &code, const QString &message, const QString &file = {})
{
    throw SchemaError(Problem{Problem::Severity::Error, code, message, file, {}, {}, {}, 0});
}

// Position in the chain after which the database stands: -1 for base.
int positionOf(const QList<const MigrationScript *> &chain, const std::optional<QString> &revision)
{
    if (!revision)
        return -1;
    for (int i = 0; i < chain.size(); ++i)
        if (chain.at(i)->info.revision == *revision)
            return i;
    fail(QStringLiteral("unknown-revision"),
         QStringLiteral("the database is at revision %1, which the migration folder does not have: it was migrated from another "
                        "folder or branch, or a rebase or merge removed that migration; nothing was run. On a development database "
                        "`schemawright-cli reset` and upgrade again, or `schemawright-cli stamp --detect` finds the revision whose schema it has")
             .arg(*revision));
}

int targetPosition(const QList<const MigrationScript *> &chain, int current, const QString &target)
{
    if (target == QLatin1String("head") || target == QLatin1String("heads"))
        return int(chain.size()) - 1;
    if (target == QLatin1String("base"))
        return -1;
    static const QRegularExpression relative(QStringLiteral("^([+-])(\\d+)$"));
    const QRegularExpressionMatch m = relative.match(target);
    if (m.hasMatch()) {
        const int steps = m.captured(2).toInt() * (m.captured(1) == QLatin1String("+") ? 1 : -1);
        const int position = current + steps;
        if (position < -1 || position >= chain.size())
            fail(QStringLiteral("bad-target"), QStringLiteral("%1 goes past the %2 of the chain (the database is %3 step(s) from base, the chain has %4)")
                                                   .arg(target, steps < 0 ? QStringLiteral("base") : QStringLiteral("head"))
                                                   .arg(current + 1).arg(chain.size()));
        return position;
    }
    int found = -2;
    for (int i = 0; i < chain.size(); ++i)
        if (chain.at(i)->info.revision.startsWith(target)) {
            if (found != -2 && chain.at(i)->info.revision != target)
                fail(QStringLiteral("bad-target"), QStringLiteral("revision prefix %1 is ambiguous").arg(target));
            found = i;
            if (chain.at(i)->info.revision == target)
                break;
        }
    if (found == -2)
        fail(QStringLiteral("bad-target"), QStringLiteral("no migration has revision %1; targets are head, base, +N, -N or a revision").arg(target));
    return found;
}

} // namespace

QList<const MigrationScript *> linearChain(const QList<MigrationScript> &scripts)
{
    QList<const MigrationScript *> chain;
    std::optional<QString> previous;
    QList<const MigrationScript *> remaining;
    for (const MigrationScript &s : scripts)
        remaining << &s;
    while (!remaining.isEmpty()) {
        QList<const MigrationScript *> next;
        for (const MigrationScript *s : remaining)
            if ((!previous && s->info.downRevisions.isEmpty()) || (previous && s->info.downRevisions == QStringList{*previous}))
                next << s;
        if (next.isEmpty())
            fail(QStringLiteral("broken-chain"), QStringLiteral("%1 is not reached from the base of the chain (down_revision %2)")
                                                     .arg(remaining.first()->info.fileName, remaining.first()->info.downRevisions.join(QStringLiteral(", "))),
                 remaining.first()->info.path);
        if (next.size() > 1)
            fail(QStringLiteral("several-heads"), QStringLiteral("%1 and %2 both follow %3: the folder has several heads; join them first (`schemawright-cli rebase`)")
                                                      .arg(next.at(0)->info.fileName, next.at(1)->info.fileName, previous.value_or(QStringLiteral("base"))),
                 next.at(1)->info.path);
        chain << next.first();
        previous = next.first()->info.revision;
        remaining.removeOne(next.first());
    }
    return chain;
}

QList<MigrationStepPlan> planPath(const QList<const MigrationScript *> &chain, const std::optional<QString> &current,
                                  const QString &target, Direction direction)
{
    const int from = positionOf(chain, current);
    const int to = targetPosition(chain, from, target);
    if (direction == Direction::Upgrade && to < from)
        fail(QStringLiteral("bad-target"), QStringLiteral("%1 is below the database's revision %2; use downgrade").arg(target, current.value_or(QStringLiteral("base"))));
    if (direction == Direction::Downgrade && to > from)
        fail(QStringLiteral("bad-target"), QStringLiteral("%1 is above the database's revision %2; use upgrade").arg(target, current.value_or(QStringLiteral("base"))));
    const auto revisionAt = [&](int position) -> std::optional<QString> {
        return position < 0 ? std::nullopt : std::optional<QString>(chain.at(position)->info.revision);
    };
    QList<MigrationStepPlan> steps;
    for (int i = from + 1; i <= to; ++i)
        steps.append({chain.at(i), Direction::Upgrade, revisionAt(i - 1), revisionAt(i)});
    for (int i = from; i > to; --i)
        steps.append({chain.at(i), Direction::Downgrade, revisionAt(i), revisionAt(i - 1)});
    return steps;
}

} // namespace sw
