#include "lint/chainrules.h"

#include "conventions.h"
#include "history/historyfunction.h"
#include "lint/simulatedschema.h"
#include "migration/migrationmessage.h"
#include "sql/ddlreader.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace sw {

namespace {

Problem finding(const MigrationScript &s, const QString &code, int line, const QString &message)
{
    return Problem{Problem::Severity::Error, code, message, s.info.path, {}, {}, {}, line};
}

// What one branch of a fork leaves its trigger functions copying: by function,
// the columns of the last CREATE FUNCTION of it in the branch, and the file.
struct BranchFunctions {
    QHash<QString, QStringList> columns;
    QHash<QString, const MigrationScript *> writtenBy;
    QHash<QString, QString> historyTable;  // the table it copies rows into
};

BranchFunctions branchFunctions(const QString &first, const QHash<QString, const MigrationScript *> &byRevision,
                                const QHash<QString, QStringList> &children)
{
    BranchFunctions branch;
    QStringList next{first};
    QSet<QString> seen;
    while (!next.isEmpty()) {  // the branch in chain order: a later rewrite wins
        const QString revision = next.takeFirst();
        const MigrationScript *s = byRevision.value(revision);
        if (!s || seen.contains(revision))
            continue;
        seen.insert(revision);
        for (const SqlBlock &block : s->upgrade.executes)
            for (const sql::DdlAction &action : sql::readDdl(block.sql)) {
                if (action.kind != sql::DdlAction::Kind::CreateFunction)
                    continue;
                const HistoryFunctionSource source = readHistoryFunction(action.body);
                if (source.branches.isEmpty())
                    continue;
                branch.columns.insert(action.object.name, source.branches.first().columns);
                branch.writtenBy.insert(action.object.name, s);
                branch.historyTable.insert(action.object.name, source.branches.first().target);
            }
        next += children.value(revision);
    }
    return branch;
}

// Two branches that each rewrite one history trigger function: after a merge the one
// run last wins, and the columns only the other added stop reaching the history table.
QList<Problem> historyLostByMerging(const QString &forkPoint, const QStringList &branches, const QHash<QString, const MigrationScript *> &byRevision,
                                   const QHash<QString, QStringList> &children)
{
    QList<Problem> findings;
    QList<BranchFunctions> read;
    for (const QString &b : branches)
        read << branchFunctions(b, byRevision, children);
    for (qsizetype i = 0; i < read.size(); ++i)
        for (qsizetype j = i + 1; j < read.size(); ++j)
            for (auto it = read.at(i).columns.cbegin(); it != read.at(i).columns.cend(); ++it) {
                if (!read.at(j).columns.contains(it.key()))
                    continue;
                const QStringList mine = it.value(), theirs = read.at(j).columns.value(it.key());
                QStringList onlyMine, onlyTheirs;
                for (const QString &c : mine)
                    if (!theirs.contains(c))
                        onlyMine << c;
                for (const QString &c : theirs)
                    if (!mine.contains(c))
                        onlyTheirs << c;
                if (onlyMine.isEmpty() && onlyTheirs.isEmpty())
                    continue;
                const MigrationScript *a = read.at(i).writtenBy.value(it.key()), *b = read.at(j).writtenBy.value(it.key());
                Problem p = finding(*b, QStringLiteral("fork-drops-history-column"), b->upgrade.line,
                                    QStringLiteral("%1 and %2 both rewrite %3() after %4: whichever runs last stops copying the other's columns "
                                                   "into history (%1's %5, %2's %6); `schemawright-cli rebase` regenerates one branch's migrations from the merged design")
                                        .arg(a->info.fileName, b->info.fileName, it.key(), forkPoint,
                                             onlyMine.isEmpty() ? QStringLiteral("none") : onlyMine.join(QStringLiteral(", ")),
                                             onlyTheirs.isEmpty() ? QStringLiteral("none") : onlyTheirs.join(QStringLiteral(", "))));
                p.severity = Problem::Severity::Warning;
                // A finding names the main table; with no table list here, a shortened history table name names itself.
                const QString history = read.at(j).historyTable.value(it.key());
                const QString main = conventions::unshortenedMainTable(history);
                p.table = main.isEmpty() ? history : main;
                p.column = (onlyMine + onlyTheirs).first();
                findings << p;
            }
    return findings;
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
    for (auto it = children.cbegin(); it != children.cend(); ++it) {
        if (it->size() < 2 || !byRevision.contains(it.key()))
            continue;
        for (const QString &child : it->mid(1))
            findings << finding(*byRevision.value(child), QStringLiteral("forked-chain"), byRevision.value(child)->info.downRevisionLine,
                                QStringLiteral("%1 and %2 both revise %3: the chain forks").arg(it->first(), child, it.key()));
        findings += historyLostByMerging(it.key(), *it, byRevision, children);
    }
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
