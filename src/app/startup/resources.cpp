#include "startup/resources.h"

#include <QtCore/qglobal.h>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initSchemawrightResources()
{
    Q_INIT_RESOURCE(schemawright);
}

namespace sw::app {

void initResources()
{
    initSchemawrightResources();
}

} // namespace sw::app
