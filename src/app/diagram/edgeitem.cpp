#include "edgeitem.h"

#include "boxitem.h"
#include "diagramscene.h"

#include <QGraphicsScene>
#include <QLineF>
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

// A box that the segment crosses (the two ends only when `ends`); null when clear.
const BoxItem *EdgeItem::blocker(const QPointF &from, const QPointF &to, bool ends) const
{
    const auto *diagram = qobject_cast<const DiagramScene *>(scene());
    if (!diagram || !diagram->routesAroundBoxes())
        return nullptr;
    const QList<QGraphicsItem *> crossed = scene()->items(QRectF(from, to).normalized().adjusted(-1, -1, 1, 1), Qt::IntersectsItemBoundingRect);
    for (QGraphicsItem *item : crossed)
        if (auto *box = dynamic_cast<const BoxItem *>(item); box && !box->parentItem() && (ends || (box != m_ends.from && box != m_ends.to)))
            return box;
    return nullptr;
}

bool EdgeItem::crossesABox(const QPolygonF &route) const
{
    for (int i = 0; i + 1 < route.size(); ++i)
        if (blocker(route.at(i), route.at(i + 1), false))
            return true;
    return false;
}

// Five segments for a line that three would draw under a box: out of each
// box a stub's length, and across along a corridor above (`up`) or below
// every box in the way, the two ends included.
std::optional<QPolygonF> EdgeItem::detour(const QPointF &start, const QPointF &end, bool fromRight, bool toRight, bool up) const
{
    const qreal x1 = start.x() + (fromRight ? kStub : -kStub), x2 = end.x() + (toRight ? kStub : -kStub);
    qreal y = up ? std::min(start.y(), end.y()) : std::max(start.y(), end.y());
    for (int tries = 0; tries < 12; ++tries) {
        const QPolygonF route{start, QPointF(x1, start.y()), QPointF(x1, y), QPointF(x2, y), QPointF(x2, end.y()), end};
        const BoxItem *box = blocker(route.at(2), route.at(3), true);
        if (!box && !crossesABox(route))
            return route;
        if (!box)
            return std::nullopt;  // a stub or a side is in the way: no corridor helps
        const QRectF r = box->sceneBoundingRect();
        y = up ? r.top() - kStub / 2 - 4 * m_lane : r.bottom() + kStub / 2 + 4 * m_lane;
    }
    return std::nullopt;
}

static qreal routeLength(const QPolygonF &route)
{
    qreal length = 0;
    for (int i = 0; i + 1 < route.size(); ++i)
        length += QLineF(route.at(i), route.at(i + 1)).length();
    return length;
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
        if (!crossesABox(m_route))
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
        const BoxItem *box = blocker(QPointF(lane, start.y()), QPointF(lane, end.y()), false);
        const qreal past = box ? box->sceneBoundingRect().right() + kStub + 8 * m_lane : lane;
        if (!box || past > limit)
            break;
        lane = past;
    }
    m_route = QPolygonF{start, QPointF(lane, start.y()), QPointF(lane, end.y()), end};
    if (!crossesABox(m_route))
        return;
    // Under a box, a line seems to join it: round above or below instead, the shorter way.
    const std::optional<QPolygonF> above = detour(start, end, fromRight, toRight, true), below = detour(start, end, fromRight, toRight, false);
    if (above && (!below || routeLength(*above) <= routeLength(*below)))
        m_route = *above;
    else if (below)
        m_route = *below;
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
    const qreal outFrom = m_route.at(1).x() >= start.x() ? 1 : -1, outTo = m_route.at(m_route.size() - 2).x() >= end.x() ? 1 : -1;
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
