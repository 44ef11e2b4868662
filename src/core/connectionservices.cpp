#include "connectionservices.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace sw {

QStringList serviceFiles()
{
    const QString user = qEnvironmentVariableIsSet("PGSERVICEFILE") ? qEnvironmentVariable("PGSERVICEFILE")
                                                                    : QDir::homePath() + QStringLiteral("/.pg_service.conf");
    const QString system = qEnvironmentVariableIsSet("PGSYSCONFDIR") ? qEnvironmentVariable("PGSYSCONFDIR")
                                                                     : QStringLiteral("/etc/postgresql-common");
    return {user, system + QStringLiteral("/pg_service.conf")};
}

QStringList serviceNames(const QStringList &files)
{
    static const QRegularExpression section(QStringLiteral("^\\s*\\[([^\\]]+)\\]\\s*$"));
    QStringList names;
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            continue;
        for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
            const QRegularExpressionMatch m = section.match(line);
            if (m.hasMatch() && !names.contains(m.captured(1).trimmed()))
                names << m.captured(1).trimmed();
        }
    }
    names.sort();
    return names;
}

} // namespace sw
