#pragma once

namespace sw::app {

// Registers the icons of resources/schemawright.qrc. Resources compiled into a
// static library are dropped by the linker unless something asks for them.
void initResources();

} // namespace sw::app
