#pragma once
// Migration messages: descriptive snake_case names, as the house guide asks.

#include <QString>

namespace sw {

// Why `message` cannot name a migration (with a hint), or empty when it can.
QString migrationMessageProblem(const QString &message);

} // namespace sw
