#pragma once
// A line between two boxes: a foreign key from its column to the column it
// references, with crow's-foot ends (many at the referrer; a circle where
// the key may be NULL), or a view's dashed line to what it reads. Routed
// orthogonally through the gap between the boxes, or round above or below
// the boxes that stand in the way; redrawn when either moves.

#include <QGraphicsItem>
#include <QPainterPath>

#include <optional>

namespace sw::app {

class BoxItem;

class EdgeItem : public QGraphicsItem {
public:
    enum class Kind { ForeignKey, Reads };

    struct Ends {
        BoxItem *from;      // the referrer, or the view
        int fromRow;        // -1: the title
        BoxItem *to;        // the referenced table, or what the view reads
        int toRow;
    };

    EdgeItem(Kind kind, const Ends &ends, const QString &label);
    ~EdgeItem() override;

    void setOptional(bool optional) { m_optional = optional; }    // the key's columns may be NULL
    void setSingle(bool single) { m_single = single; }            // the key's columns are unique: at most one referrer
    void setLane(int lane) { m_lane = lane; updatePath(); }       // keeps lines beside the same boxes apart
    void updatePath();
    BoxItem *from() const { return m_ends.from; }
    BoxItem *to() const { return m_ends.to; }
    Kind kind() const { return m_kind; }
    QPolygonF route() const { return m_route; }  // scene coordinates

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    const BoxItem *blocker(const QPointF &from, const QPointF &to, bool ends) const;
    bool crossesABox(const QPolygonF &route) const;  // a box other than the ends
    std::optional<QPolygonF> detour(const QPointF &start, const QPointF &end, bool fromRight, bool toRight, bool up) const;

    Kind m_kind;
    Ends m_ends;
    bool m_optional = false;
    bool m_single = false;
    bool m_hovered = false;
    int m_lane = 0;
    QPolygonF m_route;
};

} // namespace sw::app
