#include "lint/chainrules.h"

#include "migration/migrationmessage.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace sw {

namespace {

Problem finding(const MigrationScript &s, const QString &code, int line, const QString &message)
{
    return Problem{Problem::Severity::Error, code, message, s.info.path, {}, {}, {}, line};
}

} // namespace

QList<Problem> lintChain(const QList<MigrationScript> &scripts)
{
    QList<Problem> findings;
    static const QRegularExpression fileName(QStringLiteral("^(\\d{9,11})_([a-z0-9_]+)\\.py$"));
    QHash<QString, const MigrationScript *> byRevision;
    QHash<QString, QStringList> children;
    QStringList bases;
    for (const MigrationScript &s : scripts) {
        const QRegularExpressionMatch m = fileName.match(s.info.fileName);
        if (!m.hasMatch()) {
            findings << finding(s, QStringLiteral("file-name"), 1,
                                QStringLiteral("%1 is not named <unix timestamp>_<snake_case_description>.py").arg(s.info.fileName));
        } else {
            if (m.captured(1) != s.info.revision)
                findings << finding(s, QStringLiteral("revision-mismatch"), s.info.revisionLine,
                                    QStringLiteral("revision %1 does not match the file name's %2").arg(s.info.revision, m.captured(1)));
            const QString problem = migrationMessageProblem(m.captured(2));
            if (!problem.isEmpty())
                findings << finding(s, QStringLiteral("vague-message"), 1, problem);
        }
        if (byRevision.contains(s.info.revision))
            findings << finding(s, QStringLiteral("duplicate-revision"), s.info.revisionLine,
                                QStringLiteral("revision %1 is also in %2").arg(s.info.revision, byRevision.value(s.info.revision)->info.fileName));
        byRevision.insert(s.info.revision, &s);
        if (s.info.downRevisions.isEmpty())
            bases << s.info.revision;
        for (const QString &parent : s.info.downRevisions)
            children[parent] << s.info.revision;
    }
    for (const MigrationScript &s : scripts)
        for (const QString &parent : s.info.downRevisions)
            if (!byRevision.contains(parent))
                findings << finding(s, QStringLiteral("missing-revision"), s.info.downRevisionLine,
                                    QStringLiteral("down_revision %1 is no migration of this folder").arg(parent));
    if (bases.size() > 1)
        for (const QString &base : bases.mid(1))
            findings << finding(*byRevision.value(base), QStringLiteral("several-bases"), byRevision.value(base)->info.downRevisionLine,
                                QStringLiteral("a second first migration (down_revision None) besides %1").arg(bases.first()));
    for (auto it = children.cbegin(); it != children.cend(); ++it)
        if (it->size() > 1 && byRevision.contains(it.key()))
            for (const QString &child : it->mid(1))
                findings << finding(*byRevision.value(child), QStringLiteral("forked-chain"), byRevision.value(child)->info.downRevisionLine,
                                    QStringLiteral("%1 and %2 both revise %3: the chain forks").arg(it->first(), child, it.key()));
    return findings;
}

QList<MigrationScript> chainOrder(const QList<MigrationScript> &scripts)
{
    QList<MigrationScript> ordered;
    QSet<QString> placed;
    QStringList next;
    for (const MigrationScript &s : scripts)
        if (s.info.downRevisions.isEmpty())
            next << s.info.revision;
    while (!next.isEmpty()) {
        const QString revision = next.takeFirst();
        for (const MigrationScript &s : scripts)
            if (s.info.revision == revision && !placed.contains(revision)) {
                ordered << s;
                placed.insert(revision);
                for (const MigrationScript &child : scripts)
                    if (child.info.downRevisions.contains(revision))
                        next << child.info.revision;
            }
    }
    for (const MigrationScript &s : scripts)
        if (!placed.contains(s.info.revision)) {
            ordered << s;
            placed.insert(s.info.revision);
        }
    return ordered;
}

} // namespace sw
