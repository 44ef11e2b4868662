#pragma once
// The design as a picture: one BoxItem per table and view, one EdgeItem per
// foreign key and per view's read. setProject() follows every edit, touching
// only the boxes whose table changed. The scene never edits the design: what
// the user does on it comes out as signals the diagram panel turns into the
// same undo commands the grids use.

#include "diagrambox.h"
#include "model/schema.h"
#include "problem.h"

#include <QGraphicsScene>
#include <QHash>
#include <QSet>

class QGraphicsLineItem;

namespace sw::app {

class BoxItem;
class EdgeItem;

// The drift window's verdict, by "schema.table": the box's colour and its columns'.
struct DiagramMarks {
    QHash<QString, QColor> tables;
    QHash<QString, QHash<QString, QColor>> columns;
    QList<QPair<QColor, QString>> legend;  // what each colour means, shown over the diagram
    QString source;                        // whose verdict: "drift against database shop"
};

class DiagramScene : public QGraphicsScene {
    Q_OBJECT
public:
    explicit DiagramScene(QObject *parent = nullptr);
    ~DiagramScene() override;

    void setProject(const Project &project);
    void setProblems(const QList<Problem> &problems);
    void setMarks(const DiagramMarks &marks);  // empty: none
    // Positions the design keeps moved in (undo, redo, arrange); the others stay where the automatic layout put them.
    void applyLayout(const QMap<QString, QPointF> &layout);

    BoxItem *box(const QString &key) const { return m_boxes.value(key); }
    BoxItem *tableBox(const QString &tableId) const;
    QList<BoxItem *> boxes() const { return m_boxes.values(); }
    QList<EdgeItem *> edges() const;
    // What Arrange lays out: every box, and what sits above what.
    QList<struct LayoutBox> layoutBoxes() const;
    QList<struct LayoutLink> layoutLinks() const;

    // Large layouts run off the GUI thread unless told not to (an export without a window waits for it).
    void setLayoutInBackground(bool background) { m_layoutInBackground = background; }
    // Whether lines look for boxes in their way: not while many boxes are being placed at once.
    // Past a few hundred boxes the lines take the direct lanes: looking around every box costs seconds.
    static constexpr int kRouteAroundBoxesUpTo = 400;
    bool routesAroundBoxes() const { return m_routing && m_boxes.size() <= kRouteAroundBoxesUpTo; }
    void selectTable(const QString &tableId);   // from the list or editor; emits nothing
    void toggleHistory(const QString &key);

signals:
    void tableSelected(const QString &tableId);
    void tableActivated(const QString &tableId);  // double-click: edit it
    void emptyActivated(const QPointF &scenePos); // double-click on the canvas: a table here
    void boxesMoved(const QMap<QString, QPointF> &positions);
    void foreignKeyDrawn(const QString &tableId, const QString &column, const QString &referencedTableId, const QString &referencedColumn);
    void markedTableClicked(const QString &schema, const QString &table);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;

private:
    void removeBoxesExcept(const QSet<QString> &present);
    BoxItem *boxAt(const QPointF &scenePos) const;
    void rebuildEdges();
    void rerouteEdges();
    void placeNewBoxes(const QList<BoxItem *> &boxes);
    void applyMarks(BoxItem *item);
    void emitSelection();

    Project m_project;                          // as drawn; its layout as the design keeps it now
    QHash<QString, BoxItem *> m_boxes;          // by key
    QHash<QString, EdgeItem *> m_edges;         // by everything that makes the line what it is
    QHash<QString, QPointF> m_automatic;        // where the automatic layout put boxes the design has no position for
    QSet<QString> m_historyShown;
    QHash<QString, QStringList> m_problems;     // by "schema.table"
    DiagramMarks m_marks;
    bool m_selecting = false;
    bool m_layoutInBackground = true;
    bool m_routing = true;
    // A foreign key being drawn: from this box's row to wherever the mouse is.
    QGraphicsLineItem *m_link = nullptr;
    BoxItem *m_linkFrom = nullptr;
    int m_linkRow = -1;
    QMap<QString, QPointF> m_pressPositions;   // of the boxes a drag may move
};

} // namespace sw::app
