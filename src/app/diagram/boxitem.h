#pragma once
// One box on the diagram: a table, its history table (lighter, beside it) or
// a view. Dragged by its title; a drag that starts on a column draws a new
// foreign key instead (DiagramScene decides). Below 40% it draws only
// its frame and title, so that a thousand boxes stay smooth.

#include "diagrambox.h"

#include <QColor>
#include <QGraphicsObject>

namespace sw::app {

class EdgeItem;

class BoxItem : public QGraphicsObject {
    Q_OBJECT
public:
    static constexpr qreal kTitleHeight = 24;
    static constexpr qreal kRowHeight = 18;

    explicit BoxItem(const DiagramBox &box, QGraphicsItem *parent = nullptr);

    const DiagramBox &box() const { return m_box; }
    void setBox(const DiagramBox &box);
    // Drift states (colours of the drift tree), or none.
    void setMarks(const QColor &box, const QHash<QString, QColor> &rows);
    bool isMarked() const { return m_mark.isValid(); }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    int rowAt(const QPointF &scenePos) const;         // -1: the title or outside
    QRectF badgeRect() const;                         // the history badge, item coordinates
    // Where an edge meets the box at `row` (-1: the title) on the left or right side, scene coordinates.
    QPointF anchor(int row, bool right) const;

    void addEdge(EdgeItem *edge) { m_edges << edge; }
    void removeEdge(EdgeItem *edge) { m_edges.removeAll(edge); }

    // The lighter history box beside the table; null when hidden.
    BoxItem *historyItem() const { return m_history; }
    void setHistory(const DiagramBox *history);  // null: hidden

signals:
    void historyToggled();  // the badge was clicked

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;

private:
    void paintDetails(QPainter *painter, const QRectF &frame) const;
    QSizeF measure() const;

    DiagramBox m_box;
    QSizeF m_size;
    QColor m_mark;
    QHash<QString, QColor> m_rowMarks;
    QList<EdgeItem *> m_edges;
    BoxItem *m_history = nullptr;
};

} // namespace sw::app
