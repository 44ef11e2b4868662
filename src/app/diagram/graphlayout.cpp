#include "graphlayout.h"

#include <graphviz/gvc.h>

#include <QMutex>
#include <QRectF>
#include <QSet>

#include <cmath>
#include <memory>

namespace sw::app {

namespace {

constexpr qreal kPointsPerInch = 72.0;
constexpr qreal kGap = 40.0;  // between boxes packed in rows

void setAttribute(void *object, const char *name, const QByteArray &value)
{
    agsafeset(object, const_cast<char *>(name), const_cast<char *>(value.constData()), const_cast<char *>(""));
}

// Loose boxes in rows about as wide as the connected drawing (or a square).
void packInRows(const QList<LayoutBox> &boxes, qreal top, qreal width, QHash<QString, QPointF> &at)
{
    qreal area = 0;
    for (const LayoutBox &b : boxes)
        area += (b.size.width() + kGap) * (b.size.height() + kGap);
    const qreal rowWidth = std::max(width, std::sqrt(area) * 1.5);
    qreal x = 0, y = top, rowHeight = 0;
    for (const LayoutBox &b : boxes) {
        if (x > 0 && x + b.size.width() > rowWidth) {
            x = 0;
            y += rowHeight + kGap;
            rowHeight = 0;
        }
        at.insert(b.key, QPointF(x, y));
        x += b.size.width() + kGap;
        rowHeight = std::max(rowHeight, b.size.height());
    }
}

} // namespace

QHash<QString, QPointF> layeredLayout(const QList<LayoutBox> &boxes, const QList<LayoutLink> &links)
{
    QHash<QString, QPointF> at;
    QSet<QString> linked;
    for (const LayoutLink &l : links)
        if (l.above != l.below)
            linked << l.above << l.below;
    QList<LayoutBox> connected, loose;
    for (const LayoutBox &b : boxes)
        (linked.contains(b.key) ? connected : loose) << b;

    QRectF drawn;
    if (!connected.isEmpty()) {
        static QMutex graphviz;
        const QMutexLocker lock(&graphviz);
        const std::unique_ptr<GVC_t, int (*)(GVC_t *)> context(gvContext(), gvFreeContext);
        Agraph_t *graph = agopen(const_cast<char *>("schema"), Agdirected, nullptr);
        setAttribute(graph, "rankdir", "TB");
        setAttribute(graph, "nodesep", QByteArray::number(kGap / kPointsPerInch));
        setAttribute(graph, "ranksep", QByteArray::number(0.8));
        setAttribute(graph, "splines", "false");  // the diagram draws its own edges
        // Unlinked groups of tables side by side would make one long strip: pack them into a block instead.
        setAttribute(graph, "pack", QByteArray::number(int(kGap)));
        setAttribute(graph, "packmode", "array_u");
        QHash<QString, Agnode_t *> nodes;
        for (const LayoutBox &b : connected) {
            Agnode_t *node = agnode(graph, b.key.toUtf8().data(), 1);
            setAttribute(node, "shape", "box");
            setAttribute(node, "fixedsize", "true");
            setAttribute(node, "width", QByteArray::number(b.size.width() / kPointsPerInch));
            setAttribute(node, "height", QByteArray::number(b.size.height() / kPointsPerInch));
            nodes.insert(b.key, node);
        }
        QSet<QPair<QString, QString>> seen;
        for (const LayoutLink &l : links) {
            if (l.above == l.below || seen.contains({l.above, l.below}) || !nodes.contains(l.above) || !nodes.contains(l.below))
                continue;
            seen.insert({l.above, l.below});
            agedge(graph, nodes.value(l.above), nodes.value(l.below), nullptr, 1);
        }
        gvLayout(context.get(), graph, "dot");
        // Graphviz: centres in points, y pointing up; the scene: top-left corners, y down.
        const qreal height = GD_bb(graph).UR.y;
        for (const LayoutBox &b : connected) {
            const pointf centre = ND_coord(nodes.value(b.key));
            const QPointF topLeft(centre.x - b.size.width() / 2, height - centre.y - b.size.height() / 2);
            at.insert(b.key, topLeft);
            drawn |= QRectF(topLeft, b.size);
        }
        gvFreeLayout(context.get(), graph);
        agclose(graph);
    }
    packInRows(loose, drawn.isNull() ? 0 : drawn.bottom() + 2 * kGap, drawn.width(), at);
    return at;
}

} // namespace sw::app
