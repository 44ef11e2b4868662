#include "connections/currentconnection.h"

#include "connections/sessionpasswords.h"

#include <QFileInfo>
#include <QSettings>

namespace sw::app {

namespace {

QString settingsKeyFor(const QString &projectPath)
{
    return QStringLiteral("currentConnection/")
        + (projectPath.isEmpty() ? QStringLiteral("untitled") : QFileInfo(projectPath).absoluteFilePath());
}

} // namespace

QString CurrentConnection::effectiveConninfo() const { return withSessionPassword(m_conninfo); }

void CurrentConnection::choose(const QString &name, const QString &conninfo)
{
    QSettings settings;
    settings.setValue(m_settingsKey + QStringLiteral("/name"), name);
    // A connection typed with its password is remembered without it.
    settings.setValue(m_settingsKey + QStringLiteral("/conninfo"), name.isEmpty() ? conninfoWithoutSecrets(conninfo) : QString());
    set(name, conninfo);
}

void CurrentConnection::keepFor(const QString &projectPath)
{
    m_settingsKey = settingsKeyFor(projectPath);
    if (!m_conninfo.isEmpty())
        choose(m_name, m_conninfo);
}

void CurrentConnection::restore(const QString &projectPath, const QList<ConnectionProfile> &offered, const QList<ConnectionProfile> &projects)
{
    m_settingsKey = settingsKeyFor(projectPath);
    const QSettings settings;
    const QString name = settings.value(m_settingsKey + QStringLiteral("/name")).toString();
    const QString typed = settings.value(m_settingsKey + QStringLiteral("/conninfo")).toString();
    for (const ConnectionProfile &p : offered)
        if (!name.isEmpty() && p.name == name)
            return set(p.name, p.toConninfo());
    if (!typed.isEmpty())
        return set({}, typed);
    if (!projects.isEmpty())
        return set(projects.first().name, projects.first().toConninfo());
    set({}, {});
}

void CurrentConnection::set(const QString &name, const QString &conninfo)
{
    if (name == m_name && conninfo == m_conninfo)
        return;
    m_name = name;
    m_conninfo = conninfo;
    emit changed();
}

} // namespace sw::app
