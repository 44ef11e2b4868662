#include "migration/migrationstatus.h"

#include <QRegularExpression>

namespace sw {

MigrationStatus migrationStatus(const QList<const MigrationScript *> &chain, const QStringList &recorded)
{
    MigrationStatus status;
    status.head = chain.isEmpty() ? QString() : chain.last()->info.revision;
    qsizetype currentAt = -1;
    for (const QString &revision : recorded) {
        const auto found = std::find_if(chain.begin(), chain.end(), [&](const MigrationScript *s) { return s->info.revision == revision; });
        if (found == chain.end()) {
            status.unknown << revision;
        } else if (currentAt < 0) {
            currentAt = found - chain.begin();
            status.current = revision;
        } else {
            status.unknown << revision;  // a second head of a linear chain: not where the folder leads
        }
    }
    // With a revision the folder does not have, nothing can be said to be applied.
    if (!status.unknown.isEmpty() && !status.current)
        currentAt = -1;
    for (qsizetype i = 0; i < chain.size(); ++i)
        status.revisions.append({chain.at(i), i < currentAt    ? RevisionState::State::Applied
                                             : i == currentAt ? RevisionState::State::Current
                                                              : RevisionState::State::Pending});
    return status;
}

QString stateName(RevisionState::State state)
{
    switch (state) {
    case RevisionState::State::Applied: return QStringLiteral("applied");
    case RevisionState::State::Current: return QStringLiteral("current");
    case RevisionState::State::Pending: return QStringLiteral("pending");
    }
    return {};
}

QString messageOf(const MigrationScriptInfo &info)
{
    static const QRegularExpression slug(QStringLiteral("^[^_]+_(.*)\\.py$"));
    return slug.match(info.fileName).captured(1);
}

} // namespace sw
