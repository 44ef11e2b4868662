#include "databasetypes.h"

#include "catalogimport.h"
#include "driftanalysis.h"

namespace sw::db {

QStringList DatabaseTypes::names() const
{
    QStringList names;
    for (const TypeDefinition &t : types)
        names << t.reference();
    for (const Extension &e : extensions)
        names << e.providedTypes();
    return names;
}

// Read as import reads them, so that a type taken into a design is the one import would write.
DatabaseTypes typesIn(Connection &connection)
{
    const ImportResult imported = importSchema(connection, {userSchemas(connection), nullptr, ImportDepth::DesignOnly});
    return {imported.project.types, imported.project.extensions};
}

} // namespace sw::db
