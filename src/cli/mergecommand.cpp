// schemawright-cli merge-design BASE OURS THEIRS   (git's %O %A %B)
// schemawright-cli merge-design init PROJECT [--write]
//
// A git merge driver for project files: the three-way merge of
// core/project/projectmerge.h, written to OURS when it loads as a project.

#include "command.h"

#include "problem.h"
#include "project/projectfile.h"
#include "project/projectmerge.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QTextStream>

namespace sw::cli {

namespace {

// An empty file is git's BASE for a file both sides added.
QJsonObject readSide(const QString &path, const QString &side)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw SchemaError(QStringLiteral("cannot-read"), QStringLiteral("%1 (%2): %3").arg(path, side, file.errorString()));
    const QByteArray bytes = file.readAll();
    if (bytes.trimmed().isEmpty())
        return {};
    parseProject(bytes, path);  // a side that is no project is named, and nothing is written
    return QJsonDocument::fromJson(bytes).object();
}

// The setup lines; with `write`, made in the repository PROJECT is in.
int runMergeInit(const QString &project, bool write)
{
    const QFileInfo info(project);
    QProcess git;
    git.setWorkingDirectory(info.absolutePath());
    git.start(QStringLiteral("git"), {QStringLiteral("rev-parse"), QStringLiteral("--show-toplevel")});
    const bool inRepository = git.waitForFinished(30000) && git.exitCode() == 0;
    const QString top = QString::fromUtf8(git.readAllStandardOutput()).trimmed();
    const QString pattern = inRepository ? QDir(top).relativeFilePath(info.absoluteFilePath()) : info.fileName();
    const QString attribute = QStringLiteral("%1 merge=schemawright").arg(pattern);
    const QStringList config{QStringLiteral("config"), QStringLiteral("merge.schemawright.driver"), QStringLiteral("schemawright-cli merge-design %O %A %B")};
    if (!write) {
        QTextStream(stdout) << "# .gitattributes\n" << attribute << "\n# and once per clone:\ngit " << config.mid(0, 2).join(QLatin1Char(' ')) << " \""
                            << config.last() << "\"" << Qt::endl;
        return kExitOk;
    }
    if (!inRepository)
        return reportError(QStringLiteral("merge-design init: %1 is not in a git repository; nothing written").arg(project));
    QFile attributes(QDir(top).filePath(QStringLiteral(".gitattributes")));
    const QString existing = attributes.open(QIODevice::ReadOnly) ? QString::fromUtf8(attributes.readAll()) : QString();
    attributes.close();
    if (!existing.split(QLatin1Char('\n')).contains(attribute)) {
        if (!attributes.open(QIODevice::Append))
            return reportError(QStringLiteral("merge-design init: cannot write %1: %2").arg(attributes.fileName(), attributes.errorString()));
        attributes.write(((existing.isEmpty() || existing.endsWith(QLatin1Char('\n')) ? QString() : QStringLiteral("\n")) + attribute + QLatin1Char('\n')).toUtf8());
    }
    QProcess configure;
    configure.setWorkingDirectory(top);
    configure.start(QStringLiteral("git"), config);
    if (!configure.waitForFinished(30000) || configure.exitCode() != 0)
        return reportError(QStringLiteral("merge-design init: git config failed: %1").arg(QString::fromUtf8(configure.readAllStandardError()).trimmed()));
    QTextStream(stdout) << attributes.fileName() << Qt::endl;
    return kExitOk;
}

} // namespace

int runMergeDesign(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("BASE OURS THEIRS"), QStringLiteral("The common ancestor, ours (written), theirs; or: init PROJECT."));
    parser.addOption({QStringLiteral("write"), QStringLiteral("init: add the .gitattributes line and set git's merge driver.")});
    int exitCode = kExitOk;
    if (!parseCommandLine(parser, QStringLiteral("merge-design"), arguments, {}, &exitCode, 3))
        return exitCode;
    const QStringList files = parser.positionalArguments();
    if (files.value(0) == QLatin1String("init") && files.size() == 2)
        return runMergeInit(files.at(1), parser.isSet(QStringLiteral("write")));
    if (files.size() != 3)
        return reportError(QStringLiteral("merge-design: give BASE OURS THEIRS (git's %O %A %B), or init PROJECT"));
    QJsonObject sides[3];
    try {
        const QStringList names{QStringLiteral("base"), QStringLiteral("ours"), QStringLiteral("theirs")};
        for (int i = 0; i < 3; ++i)
            sides[i] = readSide(files.at(i), names.at(i));
    } catch (const SchemaError &e) {
        return reportError(QStringLiteral("merge-design: %1; %2 left as it was").arg(e.problem().text(), files.at(1)));
    }
    try {
        const ProjectMerge merge = mergeProjects(sides[0], sides[1], sides[2]);
        // Written only as a project that loads: a merge that breaks a rule (two tables one name) is a conflict.
        const QByteArray merged = QJsonDocument(merge.merged).toJson();
        Project project = parseProject(merged, files.at(1));
        project.mergeConflicts += merge.conflicts;  // the designer shows each and lets the user choose
        QTextStream err(stderr);
        for (const QString &note : merge.notes)
            err << "schemawright-cli: note: " << note << Qt::endl;
        saveSerializedProject(serializeProject(project), files.at(1));
        for (const MergeConflict &c : merge.conflicts)
            err << "schemawright-cli: conflict: " << c.text() << Qt::endl;
        return merge.conflicts.isEmpty() ? kExitOk : kExitFindings;
    } catch (const SchemaError &e) {
        return reportError(QStringLiteral("merge-design: %1; %2 left as it was").arg(e.problem().text(), files.at(1)), kExitFindings);
    }
}

} // namespace sw::cli
