#include "connections/profilestore.h"

#include "problem.h"

#include <QSettings>

namespace sw::app {

namespace {

const char *const kGroup = "connections/profiles";

} // namespace

QList<ConnectionProfile> loadUserProfiles()
{
    QSettings settings;
    QList<ConnectionProfile> profiles;
    const int count = settings.beginReadArray(QLatin1String(kGroup));
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        ConnectionProfile p;
        p.name = settings.value(QStringLiteral("name")).toString();
        p.host = settings.value(QStringLiteral("host")).toString();
        p.port = settings.value(QStringLiteral("port")).toString();
        p.database = settings.value(QStringLiteral("database")).toString();
        p.user = settings.value(QStringLiteral("user")).toString();
        p.sslmode = settings.value(QStringLiteral("sslmode")).toString();
        p.service = settings.value(QStringLiteral("service")).toString();
        p.conninfo = settings.value(QStringLiteral("conninfo")).toString();
        profiles << p;
    }
    settings.endArray();
    return profiles;
}

void saveUserProfiles(const QList<ConnectionProfile> &profiles)
{
    for (const ConnectionProfile &p : profiles)
        if (conninfoHasPassword(p.toConninfo()))
            throw SchemaError(QStringLiteral("password-in-profile"),
                              QStringLiteral("profile %1 holds a password; put it in ~/.pgpass or a service file instead").arg(p.name));
    QSettings settings;
    settings.remove(QLatin1String(kGroup));
    settings.beginWriteArray(QLatin1String(kGroup), int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        settings.setArrayIndex(i);
        const ConnectionProfile &p = profiles.at(i);
        settings.setValue(QStringLiteral("name"), p.name);
        settings.setValue(QStringLiteral("host"), p.host);
        settings.setValue(QStringLiteral("port"), p.port);
        settings.setValue(QStringLiteral("database"), p.database);
        settings.setValue(QStringLiteral("user"), p.user);
        settings.setValue(QStringLiteral("sslmode"), p.sslmode);
        settings.setValue(QStringLiteral("service"), p.service);
        settings.setValue(QStringLiteral("conninfo"), p.conninfo);
    }
    settings.endArray();
    settings.sync();
}

} // namespace sw::app
