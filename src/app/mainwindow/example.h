#pragma once
// The bundled example (a design and its Alembic environment): in the source
// tree when run from a build, under share/schemawright/examples when
// installed; opened from a copy the user may edit and export into.

#include <QString>

namespace sw::app {

QString bundledExampleFolder();
// Copies the example into `target` unless a copy is there already; returns
// the copied project file. Throws SchemaError naming what could not be copied.
QString copyOfExample(const QString &target);

} // namespace sw::app
