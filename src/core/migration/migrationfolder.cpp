#include "migration/migrationfolder.h"

#include "problem.h"

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
    for (const QString &candidate : {dir, QFileInfo(resolveVersionsFolder(dir)).path()})
        if (QFileInfo::exists(QDir(candidate).filePath(QStringLiteral("alembic.ini"))))
            return candidate;
    return {};
}

QList<MigrationScriptInfo> readMigrationFolder(const QString &dir)
{
    const QDir folder(dir);
    if (!folder.exists())
        throw SchemaError(Problem{Problem::Severity::Error, QStringLiteral("no-such-folder"),
                                  QStringLiteral("the migration folder does not exist"), dir, {}, {}, {}, 0});
    QList<MigrationScriptInfo> scripts;
    const QStringList files = folder.entryList({QStringLiteral("*.py")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QFile file(folder.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            throw SchemaError(Problem{Problem::Severity::Error, QStringLiteral("cannot-read"),
                                      QStringLiteral("cannot read: %1").arg(file.errorString()), file.fileName(), {}, {}, {}, 0});
        const QString text = QString::fromUtf8(file.readAll());
        const QRegularExpressionMatch revision = revisionPattern().match(text);
        if (!revision.hasMatch())
            continue;
        MigrationScriptInfo info{file.fileName(), name, revision.captured(1), {}, lineAt(text, revision.capturedStart()), 0};
        const QRegularExpressionMatch down = downRevisionPattern().match(text);
        if (down.hasMatch()) {
            info.downRevisionLine = lineAt(text, down.capturedStart());
            static const QRegularExpression quoted(QStringLiteral("['\"]([^'\"]+)['\"]"));
            for (auto it = quoted.globalMatch(down.captured(1)); it.hasNext();)
                info.downRevisions << it.next().captured(1);
        }
        scripts << info;
    }
    return scripts;
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
    QList<MigrationScriptInfo> scripts;
    if (!dir.isEmpty() && QDir(dir).exists()) {
        try {
            scripts = readMigrationFolder(resolveVersionsFolder(dir));
        } catch (const SchemaError &) {
        }
    }
    const QString revision = nextRevision(QDateTime::currentSecsSinceEpoch(), scripts);
    const QStringList heads = headRevisions(scripts);
    return MigrationHeader{revision, heads.isEmpty() ? fallbackDown : std::optional<QString>(heads.first()), message,
                           QDateTime::fromSecsSinceEpoch(revision.toLongLong(), Qt::UTC)};
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
