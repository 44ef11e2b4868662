#pragma once
// Connection profiles kept in the user's settings (QSettings), never with a
// password: libpq finds it in ~/.pgpass or a service file, or it is asked for
// and kept in memory.

#include "connectionprofile.h"

#include <QList>

namespace sw::app {

QList<ConnectionProfile> loadUserProfiles();
// Throws SchemaError naming the profile that holds a password; nothing is written then.
void saveUserProfiles(const QList<ConnectionProfile> &profiles);

} // namespace sw::app
