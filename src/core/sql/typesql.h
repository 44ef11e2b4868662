#pragma once
// DDL for the design's own types (enums, domains, composites) and the
// extensions it needs. Pure functions of the model; complete statements.

#include "model/schema.h"

#include <QString>

namespace sw::sql {

QString typeRef(const TypeDefinition &type);   // mood, or sales.mood
QString createType(const TypeDefinition &type);
QString dropType(const TypeDefinition &type);
// COMMENT ON TYPE|DOMAIN …; `comment` may be empty (IS NULL).
QString typeComment(const TypeDefinition &type, const QString &comment);
// CONSTRAINT name CHECK (expression), as a domain holds it.
QString domainCheckClause(const Check &check);

QString createExtension(const Extension &extension);
QString dropExtension(const Extension &extension);
// COMMENT ON EXTENSION: the design's, or (none said) the one its control file gives.
QString extensionComment(const Extension &extension);

} // namespace sw::sql
