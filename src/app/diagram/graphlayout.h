#pragma once
// Where to put boxes so that foreign keys read top-down: Graphviz's `dot`
// (libgvc), the layered layout graph tools have refined for decades, rather
// than one of our own. Pure function of its input; safe to call off the GUI
// thread (calls are serialised: Graphviz keeps global state).

#include <QHash>
#include <QObject>
#include <QList>
#include <QPointF>
#include <QSizeF>
#include <QString>

#include <functional>

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

// The same on a thread of its own: `done` gets the positions on the GUI
// thread, unless `receiver` is gone by then.
void layeredLayoutInBackground(QObject *receiver, const QList<LayoutBox> &boxes, const QList<LayoutLink> &links,
                               const std::function<void(const QHash<QString, QPointF> &)> &done);

} // namespace sw::app
