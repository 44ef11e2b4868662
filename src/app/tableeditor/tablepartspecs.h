#pragma once
// What the table editor's grids show and how their edits change a table.

#include "tableeditor/tablepartmodel.h"

namespace sw::app {

PartSpec columnsSpec();
PartSpec indexesSpec();
PartSpec foreignKeysSpec();
PartSpec checksSpec();
PartSpec exclusionsSpec();

QStringList referentialActionNames();  // "no action", "restrict", ...
QStringList identityChoices();          // "", "always", "by default"
QStringList indexMethodChoices();       // "btree", "hash", …
QStringList storageChoices();           // "", "plain", "external", …
QStringList compressionChoices();       // "", "pglz", "lz4"
QStringList deferrableChoices();        // "", "immediate", "deferred"

} // namespace sw::app
