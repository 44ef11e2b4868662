#include "migration/alembicconfig.h"

#include "problem.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace sw {

QString scriptLocationOf(const QString &iniPath, const QString &workingDir)
{
    QFile file(iniPath);
    if (!file.open(QIODevice::ReadOnly))
        throw SchemaError(Problem{Problem::Severity::Error, QStringLiteral("cannot-read"),
                                  QStringLiteral("cannot read the Alembic config: %1").arg(file.errorString()), iniPath, {}, {}, {}, 0});
    // configparser's syntax, as far as Alembic's own key needs it: [section], key = value or key: value, ; and # comments.
    static const QRegularExpression section(QStringLiteral("^\\[([^\\]]+)\\]\\s*$"));
    static const QRegularExpression key(QStringLiteral("^script_location\\s*[=:]\\s*(.*?)\\s*$"));
    bool inAlembic = false;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch s = section.match(line);
        if (s.hasMatch()) {
            inAlembic = s.captured(1).trimmed() == QLatin1String("alembic");
            continue;
        }
        const QRegularExpressionMatch k = key.match(line);
        if (!inAlembic || !k.hasMatch())
            continue;
        QString location = k.captured(1);
        location.replace(QLatin1String("%(here)s"), QFileInfo(iniPath).absolutePath()).replace(QLatin1String("%%"), QLatin1String("%"));
        return QDir::cleanPath(QDir(workingDir).absoluteFilePath(location));
    }
    return {};
}

std::optional<AlembicConfigLocation> findAlembicConfig(const QString &workingDir, const QString &configVariable)
{
    const QString ini = QDir(workingDir).absoluteFilePath(configVariable.isEmpty() ? QStringLiteral("alembic.ini") : configVariable);
    if (!QFileInfo(ini).isFile())
        return std::nullopt;
    const QString location = scriptLocationOf(ini, workingDir);
    if (location.isEmpty())
        throw SchemaError(Problem{Problem::Severity::Error, QStringLiteral("no-script-location"),
                                  QStringLiteral("the Alembic config has no script_location in its [alembic] section"), ini, {}, {}, {}, 0});
    return AlembicConfigLocation{ini, QFileInfo(ini).absolutePath(), location};
}

} // namespace sw
