#pragma once
// The user guide (README.md, with docs/ beside it): installed under
// share/doc/schemawright, in the source tree when run from a build.

#include <QString>

namespace sw::app {

// Its path, or empty when neither place has it.
QString documentationFile();

} // namespace sw::app
