#pragma once

#include <QByteArray>
#include <QFileDevice>
#include <QString>

namespace sw {

// Writes `bytes` to `path`, which must not exist yet: the content goes to a
// temporary file in the same folder first and is renamed into place only when
// complete, so a crash never leaves half a file, and an existing file is never
// overwritten. Throws SchemaError naming the file.
void writeNewFile(const QString &path, const QByteArray &bytes);

// Writes all of `bytes` to an open file and says whether they reached it.
// Qt's buffered write reports success for a write the disk cut short (a full
// disk, a file size limit); only the size on disk after the flush tells.
bool writeWhole(QFileDevice &file, const QByteArray &bytes);

} // namespace sw
