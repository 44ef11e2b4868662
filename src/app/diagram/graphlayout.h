#pragma once
// Where to put boxes so that foreign keys read top-down: Graphviz's `dot`
// (libgvc), the layered layout graph tools have refined for decades, rather
// than one of our own. Pure function of its input; safe to call off the GUI
// thread (calls are serialised: Graphviz keeps global state).

#include <QHash>
#include <QList>
#include <QPointF>
#include <QSizeF>
#include <QString>

namespace sw::app {

struct LayoutBox {
    QString key;
    QSizeF size;  // scene pixels
};

struct LayoutLink {
    QString above;  // the referenced table
    QString below;  // the table whose foreign key points at it
};

// Top-left corners in scene pixels, the whole drawing starting at (0, 0).
// Boxes linked to nothing are packed in rows under the connected ones.
QHash<QString, QPointF> layeredLayout(const QList<LayoutBox> &boxes, const QList<LayoutLink> &links);

} // namespace sw::app
