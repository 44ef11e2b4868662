#pragma once

#include <QByteArray>
#include <QFileDevice>
#include <QList>
#include <QString>

#include <utility>

namespace sw {

// Writes `bytes` to `path`, which must not exist yet: the content goes to a
// temporary file in the same folder first and is renamed into place only when
// complete, so a crash never leaves half a file, and an existing file is never
// overwritten. Throws SchemaError naming the file.
void writeNewFile(const QString &path, const QByteArray &bytes);

// Each (path, bytes) as writeNewFile does, all or none: when one cannot be
// written, those written before it are removed again (a chain of migrations
// written in part would be a change half made). Throws as writeNewFile.
void writeNewFiles(const QList<std::pair<QString, QByteArray>> &files);

// Writes all of `bytes` to an open file and says whether they reached it.
// Qt's buffered write reports success for a write the disk cut short (a full
// disk, a file size limit); only the size on disk after the flush tells.
bool writeWhole(QFileDevice &file, const QByteArray &bytes);

} // namespace sw
