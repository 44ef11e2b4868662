#pragma once

#include <QByteArray>
#include <QString>

namespace sw {

// Writes `bytes` to `path`, which must not exist yet: the content goes to a
// temporary file in the same folder first and is renamed into place only when
// complete, so a crash never leaves half a file, and an existing file is never
// overwritten. Throws SchemaError naming the file.
void writeNewFile(const QString &path, const QByteArray &bytes);

} // namespace sw
