#pragma once
// Project file format 1 (docs/project-format.md): load, validate, save.

#include "model/schema.h"
#include "problem.h"

#include <QByteArray>
#include <QString>

namespace sw {

constexpr int kProjectFormatVersion = 1;

// Parses and validates; throws SchemaError naming `fileLabel`, the table and
// the column on the first problem. Nothing is written.
Project parseProject(const QByteArray &json, const QString &fileLabel);
Project loadProject(const QString &path);

// A design's tables as serializeProject() writes them, written ahead of the
// rest (import writes them while the server still reads views and routines).
struct WrittenTables {
    QList<Table> tables;
    QString historyMode;  // the design's default, which a table's text leaves out
    QStringList texts;
};
WrittenTables writeTables(const Project &project);

// Format 1 JSON with keys in the order of the format's documentation;
// unknown keys are written back after the known ones. A table still equal to
// the one at its place in `ahead` is not written again.
QByteArray serializeProject(const Project &project, const WrittenTables &ahead = {});

// Writes through a temporary file and a rename: the old file stays whole
// until the new one is complete. Throws SchemaError on failure.
void saveProject(const Project &project, const QString &path);
// The same, of what serializeProject() wrote.
void saveSerializedProject(const QByteArray &serialized, const QString &path);

} // namespace sw
