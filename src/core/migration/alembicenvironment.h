#pragma once
// `schemawright-cli init DIR`: an Alembic environment that follows the house rules.

#include <QString>
#include <QStringList>

namespace sw {

// The files written, relative to the environment folder.
QStringList alembicEnvironmentFiles();

// Writes alembic.ini, env.py, script.py.mako and versions/ into `dir` (made if
// missing). Throws SchemaError, writing nothing, when `dir` already holds any
// of those files.
void writeAlembicEnvironment(const QString &dir);

} // namespace sw
