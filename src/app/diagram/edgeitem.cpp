#include "edgeitem.h"

#include "boxitem.h"
#include "diagramscene.h"

#include <QGraphicsScene>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

namespace sw::app {

namespace {

constexpr qreal kStub = 18;    // straight out of the box before turning, room for the ends
constexpr qreal kFoot = 7;     // half the spread of a crow's foot

// A foot at `tip` on the box side, the line leaving in direction `out` (+1 right, -1 left).
void drawMany(QPainter *painter, const QPointF &tip, qreal out)
{
    const QPointF joint(tip.x() + out * 12, tip.y());
    painter->drawLine(joint, QPointF(tip.x(), tip.y() - kFoot));
    painter->drawLine(joint, QPointF(tip.x(), tip.y() + kFoot));
    painter->drawLine(joint, tip);
}

void drawBar(QPainter *painter, const QPointF &tip, qreal out, qreal at)
{
    const qreal x = tip.x() + out * at;
    painter->drawLine(QPointF(x, tip.y() - kFoot), QPointF(x, tip.y() + kFoot));
}

void drawCircle(QPainter *painter, const QPointF &tip, qreal out, qreal at)
{
    const QBrush brush = painter->brush();
    painter->setBrush(Qt::white);
    painter->drawEllipse(QPointF(tip.x() + out * at, tip.y()), 3.5, 3.5);
    painter->setBrush(brush);
}

} // namespace

EdgeItem::EdgeItem(Kind kind, const Ends &ends, const QString &label) : m_kind(kind), m_ends(ends)
{
    setZValue(-1);  // under the boxes
    setAcceptHoverEvents(true);
    setToolTip(label);
    ends.from->addEdge(this);
    if (ends.to != ends.from)
        ends.to->addEdge(this);
    updatePath();
}

EdgeItem::~EdgeItem()
{
    m_ends.from->removeEdge(this);
    m_ends.to->removeEdge(this);
}

// A box other than the two ends that the segment crosses; null when clear.
const BoxItem *EdgeItem::blocker(const QPointF &from, const QPointF &to) const
{
    const auto *diagram = qobject_cast<const DiagramScene *>(scene());
    if (!diagram || !diagram->routesAroundBoxes())
        return nullptr;
    const QList<QGraphicsItem *> crossed = scene()->items(QRectF(from, to).normalized().adjusted(-1, -1, 1, 1), Qt::IntersectsItemBoundingRect);
    for (QGraphicsItem *item : crossed)
        if (auto *box = dynamic_cast<const BoxItem *>(item); box && box != m_ends.from && box != m_ends.to && !box->parentItem())
            return box;
    return nullptr;
}

// Three segments: out of one side, along a lane, into the other. Boxes side
// by side are joined across the gap; boxes above each other (or a key on its
// own table) go round the right of both. The lane moves past boxes that stand
// in its way, where there is room.
void EdgeItem::updatePath()
{
    prepareGeometryChange();
    const QRectF a = m_ends.from->sceneBoundingRect(), b = m_ends.to->sceneBoundingRect();
    // What a view reads sits above it (the layered layout puts it there): bottom to top, when nothing is in between.
    if (m_kind == Kind::Reads && b.bottom() + 2 * kStub < a.top()) {
        const qreal middle = (a.top() + b.bottom()) / 2 + 4 * m_lane;
        const qreal fromX = a.center().x() + 6 * m_lane, toX = b.center().x() + 6 * m_lane;
        m_route = QPolygonF{QPointF(fromX, a.top()), QPointF(fromX, middle), QPointF(toX, middle), QPointF(toX, b.bottom())};
        if (!blocker(m_route.at(0), m_route.at(1)) && !blocker(m_route.at(1), m_route.at(2)) && !blocker(m_route.at(2), m_route.at(3)))
            return;
    }
    bool fromRight, toRight;
    qreal lane;
    const bool apart = m_ends.from != m_ends.to;
    if (apart && a.right() + 2 * kStub < b.left()) {
        fromRight = true, toRight = false, lane = std::min((a.right() + b.left()) / 2 + 6 * m_lane, b.left() - kStub);
    } else if (apart && b.right() + 2 * kStub < a.left()) {
        fromRight = false, toRight = true, lane = std::min((b.right() + a.left()) / 2 + 6 * m_lane, a.left() - kStub);
    } else {
        fromRight = toRight = true, lane = std::max(a.right(), b.right()) + kStub + 6 + 8 * m_lane;
    }
    const QPointF start = m_ends.from->anchor(m_ends.fromRow, fromRight), end = m_ends.to->anchor(m_ends.toRow, toRight);
    const qreal limit = fromRight && !toRight ? b.left() - kStub : !fromRight && toRight ? a.left() - kStub : 1e9;
    for (int tries = 0; tries < 8; ++tries) {
        const BoxItem *box = blocker(QPointF(lane, start.y()), QPointF(lane, end.y()));
        const qreal past = box ? box->sceneBoundingRect().right() + kStub + 8 * m_lane : lane;
        if (!box || past > limit)
            break;
        lane = past;
    }
    m_route = QPolygonF{start, QPointF(lane, start.y()), QPointF(lane, end.y()), end};
}

QRectF EdgeItem::boundingRect() const
{
    return m_route.boundingRect().adjusted(-kFoot - 4, -kFoot - 4, kFoot + 4, kFoot + 4);
}

QPainterPath EdgeItem::shape() const
{
    QPainterPath path;
    path.addPolygon(m_route);
    QPainterPathStroker stroker;
    stroker.setWidth(8);  // easy to hover
    return stroker.createStroke(path);
}

void EdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const bool reads = m_kind == Kind::Reads;
    QPen pen(m_hovered ? QColor(0x1f, 0x5f, 0xbf) : QColor(0x45, 0x55, 0x6a), m_hovered ? 2 : 1.2);
    if (reads)
        pen.setStyle(Qt::DashLine);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPolyline(m_route);
    if (reads || option->levelOfDetailFromTransform(painter->worldTransform()) < 0.35)
        return;
    pen.setStyle(Qt::SolidLine);
    painter->setPen(pen);
    const QPointF start = m_route.first(), end = m_route.last();
    const qreal outFrom = m_route.at(1).x() >= start.x() ? 1 : -1, outTo = m_route.at(2).x() >= end.x() ? 1 : -1;
    // The referrer: many (or at most one when its columns are unique), zero or more.
    if (m_single)
        drawBar(painter, start, outFrom, 6);
    else
        drawMany(painter, start, outFrom);
    drawCircle(painter, start, outFrom, 15);
    // The referenced row: exactly one, or zero or one when the key may be NULL.
    drawBar(painter, end, outTo, 6);
    if (m_optional)
        drawCircle(painter, end, outTo, 13);
    else
        drawBar(painter, end, outTo, 11);
}

void EdgeItem::hoverEnterEvent(QGraphicsSceneHoverEvent *)
{
    m_hovered = true;
    update();
}

void EdgeItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *)
{
    m_hovered = false;
    update();
}

} // namespace sw::app
