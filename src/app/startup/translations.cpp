#include "startup/translations.h"

#include <QLibraryInfo>
#include <QTranslator>

namespace sw::app {

void installTranslations(QCoreApplication &app, const QLocale &locale)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    auto *ours = new QTranslator(&app);
    if (ours->load(locale, QStringLiteral("schemawright"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        app.installTranslator(ours);
}

} // namespace sw::app
