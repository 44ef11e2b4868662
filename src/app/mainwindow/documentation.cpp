#include "mainwindow/documentation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace sw::app {

QString documentationFile()
{
    // Installed: beside bin/, in share/doc; run from a build: the source tree (beside the example).
    for (const QString &file : {QCoreApplication::applicationDirPath() + QStringLiteral("/../share/doc/schemawright/README.md"),
                                QStringLiteral(SW_EXAMPLE_DIR "/../README.md")})
        if (QFileInfo::exists(file))
            return QFileInfo(file).canonicalFilePath();
    return {};
}

} // namespace sw::app
