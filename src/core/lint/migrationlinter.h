#pragma once
// `schemawright-cli lint`: the house conventions checked on a folder of
// migration files, including files people wrote by hand.

#include "problem.h"

#include <QList>
#include <QString>

namespace sw {

// Every finding names its file and line. Throws SchemaError when the folder
// cannot be read at all.
QList<Problem> lintMigrationFolder(const QString &dir);

} // namespace sw
