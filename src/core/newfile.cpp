#include "newfile.h"

#include "problem.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

namespace sw {

bool writeWhole(QFileDevice &file, const QByteArray &bytes)
{
    return file.write(bytes) == bytes.size() && file.flush() && file.size() == bytes.size();
}

void writeNewFile(const QString &path, const QByteArray &bytes)
{
    const auto fail = [&path](const QString &code, const QString &message) {
        throw SchemaError(Problem{Problem::Severity::Error, code, message, path, {}, {}, {}, 0});
    };
    if (QFileInfo::exists(path))
        fail(QStringLiteral("already-exists"), QStringLiteral("the file already exists; it is never overwritten"));
    QTemporaryFile temporary(path + QStringLiteral(".XXXXXX.tmp"));
    if (!temporary.open() || !writeWhole(temporary, bytes))
        fail(QStringLiteral("cannot-write"), QStringLiteral("cannot write: %1").arg(temporary.errorString()));
    temporary.close();
    // QFile::rename refuses to replace an existing file, which is what we want.
    if (!temporary.rename(path))
        fail(QStringLiteral("cannot-write"), QStringLiteral("cannot move the new file into place: %1").arg(temporary.errorString()));
    temporary.setAutoRemove(false);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
}

void writeNewFiles(const QList<std::pair<QString, QByteArray>> &files)
{
    QList<QString> written;
    try {
        for (const auto &[path, bytes] : files) {
            writeNewFile(path, bytes);
            written << path;
        }
    } catch (const SchemaError &) {
        for (const QString &path : std::as_const(written))
            QFile::remove(path);
        throw;
    }
}

} // namespace sw
