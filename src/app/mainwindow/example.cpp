#include "mainwindow/example.h"

#include "problem.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace sw::app {

QString bundledExampleFolder()
{
    // Installed: beside bin/, in share/; run from a build: the source tree.
    const QString installed = QCoreApplication::applicationDirPath() + QStringLiteral("/../share/schemawright/examples");
    return QFileInfo::exists(installed + QStringLiteral("/trading.json")) ? QDir(installed).canonicalPath() : QStringLiteral(SW_EXAMPLE_DIR);
}

QString copyOfExample(const QString &target)
{
    const QString project = QDir(target).filePath(QStringLiteral("trading.json"));
    if (QFileInfo::exists(project))
        return project;
    const QDir from(bundledExampleFolder());
    for (QDirIterator it(from.path(), {QStringLiteral("*.json"), QStringLiteral("*.py"), QStringLiteral("*.ini"), QStringLiteral("*.mako")},
                         QDir::Files, QDirIterator::Subdirectories);
         it.hasNext();) {
        const QString source = it.next();
        if (source.contains(QLatin1String("__pycache__")))
            continue;
        const QString copy = QDir(target).filePath(from.relativeFilePath(source));
        if (!QDir().mkpath(QFileInfo(copy).path()) || !QFile::copy(source, copy))
            throw SchemaError(Problem{Problem::Severity::Error, QStringLiteral("cannot-copy-example"),
                                      QStringLiteral("cannot copy the example to %1").arg(copy), source, {}, {}, {}, 0});
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    }
    if (!QFileInfo::exists(project))
        throw SchemaError(Problem{Problem::Severity::Error, QStringLiteral("no-example"),
                                  QStringLiteral("the example is not installed"), from.path(), {}, {}, {}, 0});
    return project;
}

} // namespace sw::app
