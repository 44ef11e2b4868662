#pragma once

#include <QCoreApplication>
#include <QLocale>

namespace sw::app {

// Qt's own and Schemawright's translations for `locale` (the system's by
// default); Schemawright's are built into the program from translations/.
void installTranslations(QCoreApplication &app, const QLocale &locale);

} // namespace sw::app
