#pragma once
// The diagram as a file: SVG (names as real text, to search and diff) or PNG,
// chosen by the file's extension. Written whole or not at all.

#include <QString>

class QGraphicsScene;

namespace sw::app {

// An empty string when written, else what went wrong, naming the file.
QString exportDiagram(QGraphicsScene *scene, const QString &path);

} // namespace sw::app
