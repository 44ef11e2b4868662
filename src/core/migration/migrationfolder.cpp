#include "migration/migrationfolder.h"

#include "migration/alembicconfig.h"
#include "problem.h"

#include <algorithm>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace sw {

namespace {

// revision = "1768654080"  /  revision: str = '1768654080'
const QRegularExpression &revisionPattern()
{
    static const QRegularExpression re(QStringLiteral("^revision\\s*(?::[^=]*)?=\\s*['\"]([^'\"]+)['\"]"),
                                       QRegularExpression::MultilineOption);
    return re;
}

// down_revision = None / "1768600000" / ("a", "b")
const QRegularExpression &downRevisionPattern()
{
    static const QRegularExpression re(QStringLiteral("^down_revision\\s*(?::[^=]*)?=\\s*(None|['\"][^'\"]*['\"]|\\([^)]*\\))"),
                                       QRegularExpression::MultilineOption);
    return re;
}

int lineAt(const QString &text, qsizetype offset)
{
    return int(text.left(offset).count(QLatin1Char('\n'))) + 1;
}

} // namespace

QString resolveVersionsFolder(const QString &dir)
{
    const QDir folder(dir);
    return folder.exists(QStringLiteral("versions")) ? folder.filePath(QStringLiteral("versions")) : dir;
}

QString alembicEnvironmentFolder(const QString &dir)
{
    const QString scripts = QFileInfo(resolveVersionsFolder(dir)).path();
    for (const QString &candidate : {dir, scripts})
        if (QFileInfo::exists(QDir(candidate).filePath(QStringLiteral("alembic.ini"))))
            return candidate;
    // Alembic's own layout: alembic.ini beside the script folder, naming it as its script_location.
    const QString parent = QFileInfo(QDir(scripts).absolutePath()).path();
    const QString ini = QDir(parent).filePath(QStringLiteral("alembic.ini"));
    if (QFileInfo::exists(ini)) {
        try {
            if (scriptLocationOf(ini, parent) == QDir::cleanPath(QDir(scripts).absolutePath()))
                return parent;
        } catch (const SchemaError &) {
            // An unreadable config is not this folder's: alembic, run on it, says so itself.
        }
    }
    return {};
}

MigrationFolderScan scanMigrationFolder(const QString &dir)
{
    const QDir folder(dir);
    if (!folder.exists())
        throw SchemaError(Problem{Problem::Severity::Error, QStringLiteral("no-such-folder"),
                                  QStringLiteral("the migration folder does not exist"), dir, {}, {}, {}, 0});
    MigrationFolderScan scan;
    const auto problem = [&scan](const QString &code, const QString &message, const QString &path, int line) {
        scan.problems << Problem{Problem::Severity::Error, code, message, path, {}, {}, {}, line};
    };
    // Alembic loads every *.py but __init__.py and editors' lock files (.#name.py).
    // System: a link to nothing is listed too (and named: it cannot be read), as Alembic lists it.
    const QStringList files = folder.entryList({QStringLiteral("*.py")}, QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
    for (const QString &name : files) {
        if (name == QLatin1String("__init__.py") || name.startsWith(QLatin1String(".#")))
            continue;
        QFile file(folder.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            problem(QStringLiteral("cannot-read"), QStringLiteral("cannot read: %1").arg(file.errorString()), file.fileName(), 0);
            continue;
        }
        const QString text = QString::fromUtf8(file.readAll());
        const QRegularExpressionMatch revision = revisionPattern().match(text);
        if (!revision.hasMatch()) {
            problem(QStringLiteral("not-a-migration"),
                    QStringLiteral("not a migration: no `revision = \"...\"` line, so Alembic refuses the whole folder too; "
                                   "move the file out of the migration folder"),
                    file.fileName(), 1);
            continue;
        }
        MigrationScriptInfo info{file.fileName(), name, revision.captured(1), {}, lineAt(text, revision.capturedStart()), 0};
        const QRegularExpressionMatch down = downRevisionPattern().match(text);
        if (!down.hasMatch()) {
            problem(QStringLiteral("no-down-revision"),
                    QStringLiteral("revision %1 has no `down_revision = ...` line (None for the first migration); Alembic cannot load it")
                        .arg(info.revision),
                    file.fileName(), info.revisionLine);
            continue;
        }
        info.downRevisionLine = lineAt(text, down.capturedStart());
        static const QRegularExpression quoted(QStringLiteral("['\"]([^'\"]+)['\"]"));
        for (auto it = quoted.globalMatch(down.captured(1)); it.hasNext();)
            info.downRevisions << it.next().captured(1);
        scan.scripts << info;
    }
    return scan;
}

void throwFolderProblems(const QList<Problem> &problems)
{
    if (problems.isEmpty())
        return;
    Problem first = problems.first();
    if (problems.size() > 1) {
        QStringList all;
        for (const Problem &p : problems)
            all << p.text();
        first.file.clear();
        first.line = 0;
        first.message = QStringLiteral("%1 files of the migration folder cannot be used:\n  %2").arg(problems.size()).arg(all.join(QStringLiteral("\n  ")));
    }
    throw SchemaError(first);
}

QList<MigrationScriptInfo> readMigrationFolder(const QString &dir)
{
    MigrationFolderScan scan = scanMigrationFolder(dir);
    throwFolderProblems(scan.problems);
    return scan.scripts;
}

QString singleHead(const QList<MigrationScriptInfo> &scripts, const QString &dir)
{
    // A lost parent first: it makes a second head too, but is the one to name.
    for (const MigrationScriptInfo &s : scripts)
        for (const QString &parent : s.downRevisions)
            if (std::none_of(scripts.begin(), scripts.end(), [&](const MigrationScriptInfo &other) { return other.revision == parent; }))
                throw SchemaError(Problem{Problem::Severity::Error, QStringLiteral("missing-parent"),
                                          QStringLiteral("revision %1 follows %2, which the migration folder does not have: "
                                                         "bring that migration back, or point down_revision at one the folder has")
                                              .arg(s.revision, parent),
                                          s.path, {}, {}, {}, s.downRevisionLine});
    const QStringList heads = headRevisions(scripts);
    if (heads.size() > 1)
        throw SchemaError(Problem{Problem::Severity::Error, QStringLiteral("several-heads"),
                                  QStringLiteral("the migration folder has several heads (%1): join them into one chain first (`schemawright-cli rebase` regenerates one branch's migrations after the other's)").arg(heads.join(QStringLiteral(", "))),
                                  dir, {}, {}, {}, 0});
    return heads.value(0);
}

QStringList headRevisions(const QList<MigrationScriptInfo> &scripts)
{
    QStringList referenced;
    for (const MigrationScriptInfo &s : scripts)
        referenced += s.downRevisions;
    QStringList heads;
    for (const MigrationScriptInfo &s : scripts)
        if (!referenced.contains(s.revision))
            heads << s.revision;
    return heads;
}

MigrationHeader nextMigrationHeader(const QString &dir, const QString &message, const std::optional<QString> &fallbackDown)
{
    const QList<MigrationScriptInfo> scripts = !dir.isEmpty() && QDir(dir).exists() ? readMigrationFolder(resolveVersionsFolder(dir)) : QList<MigrationScriptInfo>{};
    const QString revision = nextRevision(QDateTime::currentSecsSinceEpoch(), scripts);
    const QString head = singleHead(scripts, dir);
    // A migration after the baseline's revision, in a folder without it, is one Alembic cannot place (KeyError).
    if (!dir.isEmpty() && fallbackDown
        && std::none_of(scripts.begin(), scripts.end(), [&](const MigrationScriptInfo &s) { return s.revision == *fallbackDown; }))
        throw SchemaError(Problem{Problem::Severity::Error, QStringLiteral("baseline-not-in-folder"),
                                  QStringLiteral("the project's baseline is revision %1, which this migration folder does not have: a migration "
                                                 "written here would follow a revision Alembic cannot find. Export into the folder that holds %1, "
                                                 "or take the baseline anew from a database this folder built")
                                      .arg(*fallbackDown),
                                  dir, {}, {}, {}, 0});
    return MigrationHeader{revision, head.isEmpty() ? fallbackDown : std::optional<QString>(head), message,
                           QDateTime::fromSecsSinceEpoch(revision.toLongLong(), Qt::UTC)};
}

void checkStillFollowsHead(const MigrationHeader &shown, const QString &dir, const std::optional<QString> &fallbackDown)
{
    const MigrationHeader now = nextMigrationHeader(dir, shown.message, fallbackDown);
    if (now.downRevision != shown.downRevision)
        throw SchemaError(Problem{Problem::Severity::Error, QStringLiteral("folder-changed"),
                                  QStringLiteral("the migration folder changed since this migration was shown: it would follow %1, but the head is now %2; "
                                                 "nothing was written, look at it again")
                                      .arg(shown.downRevision.value_or(QStringLiteral("base")), now.downRevision.value_or(QStringLiteral("base"))),
                                  dir, {}, {}, {}, 0});
}

QString nextRevision(qint64 unixSeconds, const QList<MigrationScriptInfo> &scripts)
{
    qint64 revision = unixSeconds;
    for (const MigrationScriptInfo &s : scripts) {
        bool numeric = false;
        const qint64 existing = s.revision.toLongLong(&numeric);
        if (numeric && existing >= revision)
            revision = existing + 1;
    }
    return QString::number(revision);
}

} // namespace sw
