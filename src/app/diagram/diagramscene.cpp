#include "diagramscene.h"

#include "boxitem.h"
#include "conventions.h"
#include "diff/sqlobjectdiff.h"
#include "edgeitem.h"
#include "shared/backgroundtask.h"
#include "graphlayout.h"

#include <QGraphicsLineItem>
#include <QGraphicsSceneMouseEvent>

namespace sw::app {

namespace {

constexpr int kBackgroundLayout = 300;  // more new boxes than this are laid out off the GUI thread

// The key's columns are the primary key or have a unique index: one referrer per row at most.
bool isSingle(const Table &t, const ForeignKey &fk)
{
    if (!t.primaryKey.isEmpty() && QSet<QString>(t.primaryKey.begin(), t.primaryKey.end()) == QSet<QString>(fk.columns.begin(), fk.columns.end()))
        return true;
    return std::any_of(t.indexes.begin(), t.indexes.end(), [&](const Index &i) { return i.unique && !i.where && i.columns == fk.columns; });
}

QString foreignKeyLabel(const Table &t, const ForeignKey &fk, const Table &referenced, const QStringList &refColumns)
{
    QString label = QStringLiteral("%1\n%2(%3) \u2192 %4(%5)")
                        .arg(fk.name.isEmpty() ? conventions::foreignKeyName(t, fk) : fk.name, t.name, fk.columns.join(QStringLiteral(", ")),
                             referenced.name, refColumns.join(QStringLiteral(", ")));
    if (fk.onDelete != ReferentialAction::NoAction)
        label += QStringLiteral("\nON DELETE ") + referentialActionSql(fk.onDelete);
    return label;
}

} // namespace

DiagramScene::DiagramScene(QObject *parent) : QGraphicsScene(parent)
{
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    connect(this, &QGraphicsScene::selectionChanged, this, &DiagramScene::emitSelection);
}

DiagramScene::~DiagramScene()
{
    qDeleteAll(m_edges);  // before the boxes they hold on to
    m_edges.clear();
}

QList<EdgeItem *> DiagramScene::edges() const
{
    return m_edges.values();
}

BoxItem *DiagramScene::tableBox(const QString &tableId) const
{
    for (BoxItem *b : m_boxes)
        if (b->box().kind == DiagramBox::Kind::Table && b->box().tableId == tableId)
            return b;
    return nullptr;
}

// Boxes of what the design no longer has go, with the lines to and from them.
void DiagramScene::removeBoxesExcept(const QSet<QString> &present)
{
    for (auto it = m_boxes.begin(); it != m_boxes.end();) {
        if (present.contains(it.key())) {
            ++it;
            continue;
        }
        m_automatic.remove(it.key());
        for (auto edge = m_edges.begin(); edge != m_edges.end();) {  // lines to or from it go first
            if (edge.value()->from() == it.value() || edge.value()->to() == it.value()) {
                delete edge.value();
                edge = m_edges.erase(edge);
            } else {
                ++edge;
            }
        }
        delete it.value();
        it = m_boxes.erase(it);
    }
}

void DiagramScene::setProject(const Project &project)
{
    // A table drawn as it is, with the same SQL objects around, keeps its box untouched.
    const bool sameObjects = project.sqlObjects == m_project.sqlObjects;
    QHash<QString, const Table *> before;
    for (const Table &t : m_project.tables)
        before.insert(t.layoutKey(), &t);
    QHash<QString, QList<SqlObject>> triggers;  // by "schema.table"
    for (const SqlObject &o : project.sqlObjects)
        if (o.kind == SqlObject::Kind::Trigger)
            if (const Table *t = project.findTable(o.table, o.schema))
                triggers[t->qualifiedName()] << o;

    QSet<QString> present;
    QList<BoxItem *> added;  // in the order they came, for their layout
    QSet<BoxItem *> redrawn;  // added or changed
    const auto want = [&](const DiagramBox &box) {
        if (BoxItem *item = m_boxes.value(box.key)) {
            redrawn << item;
            item->setBox(box);
            return;
        }
        auto *item = new BoxItem(box);
        addItem(item);
        connect(item, &BoxItem::historyToggled, this, [this, key = box.key] { toggleHistory(key); });
        m_boxes.insert(box.key, item);
        added << item;
        redrawn << item;
    };
    for (const Table &t : project.tables) {
        present.insert(t.layoutKey());
        const Table *old = before.value(t.layoutKey());
        if (old && sameObjects && *old == t && m_boxes.contains(t.layoutKey()))
            continue;
        DiagramBox box = sw::app::tableBox(t, triggers.value(t.qualifiedName()));
        box.problems = m_problems.value(t.qualifiedName());
        want(box);
    }
    for (const SqlObject &o : project.sqlObjects)
        if (isDrawnObject(o)) {
            present.insert(o.key());
            want(objectBox(o));
        }
    m_project = project;

    removeBoxesExcept(present);
    for (const Table &t : project.tables) {
        BoxItem *item = m_boxes.value(t.layoutKey());
        if (!redrawn.contains(item))
            continue;
        if (m_historyShown.contains(t.layoutKey()) && t.history) {
            const DiagramBox history = historyBox(t);
            item->setHistory(&history);
        } else {
            item->setHistory(nullptr);
        }
        applyMarks(item);  // its problems came with its box
    }
    // New boxes start in a heap: lines look for boxes in their way once each is in its place.
    m_routing = added.isEmpty();
    rebuildEdges();   // first: the layout of new boxes follows their keys
    placeNewBoxes(added);
    if (!m_routing)
        rerouteEdges();
}

void DiagramScene::setProblems(const QList<Problem> &problems)
{
    QHash<QString, QStringList> byTable;
    for (const Problem &p : problems)
        if (!p.table.isEmpty())
            byTable[(p.schema.isEmpty() ? QStringLiteral("public") : p.schema) + QLatin1Char('.') + p.table] << p.message;
    if (byTable == m_problems)
        return;
    m_problems = byTable;
    for (BoxItem *item : std::as_const(m_boxes)) {
        if (item->box().kind != DiagramBox::Kind::Table)
            continue;
        DiagramBox box = item->box();
        box.problems = m_problems.value(box.schema + QLatin1Char('.') + box.name);
        item->setBox(box);  // nothing when they are the same
    }
}

void DiagramScene::setMarks(const DiagramMarks &marks)
{
    m_marks = marks;
    for (BoxItem *item : std::as_const(m_boxes))
        applyMarks(item);
}

void DiagramScene::applyMarks(BoxItem *item)
{
    const QString table = item->box().schema + QLatin1Char('.') + item->box().name;
    item->setMarks(m_marks.tables.value(table), m_marks.columns.value(table));
}

void DiagramScene::placeNewBoxes(const QList<BoxItem *> &boxes)
{
    QList<LayoutBox> unplaced;
    QSet<QString> unplacedKeys;
    QRectF placed;
    for (BoxItem *b : m_boxes)
        if (!boxes.contains(b))
            placed |= b->sceneBoundingRect();
    for (BoxItem *b : boxes) {
        if (m_project.layout.contains(b->box().key)) {
            b->setPos(m_project.layout.value(b->box().key));
            placed |= b->sceneBoundingRect();
        } else {
            unplaced << LayoutBox{b->box().key, b->boundingRect().size()};
            unplacedKeys << b->box().key;
        }
    }
    if (unplaced.isEmpty())
        return;
    QList<LayoutLink> links;
    for (const LayoutLink &l : layoutLinks())
        if (unplacedKeys.contains(l.above) && unplacedKeys.contains(l.below))
            links << l;
    // New boxes go under what the user placed already.
    const QPointF origin = placed.isNull() ? QPointF(0, 0) : QPointF(placed.left(), placed.bottom() + 80);
    const auto apply = [this, origin](const QHash<QString, QPointF> &at) {
        m_routing = false;
        for (auto it = at.begin(); it != at.end(); ++it) {
            BoxItem *b = m_boxes.value(it.key());
            if (!b || m_project.layout.contains(it.key()))
                continue;  // gone, or placed by the user meanwhile
            m_automatic.insert(it.key(), origin + it.value());
            b->setPos(origin + it.value());
        }
        rerouteEdges();  // each box is where it goes now: lines find their way round the others
    };
    if (unplaced.size() <= kBackgroundLayout || !m_layoutInBackground) {
        apply(layeredLayout(unplaced, links));
        return;
    }
    // Rows at once, the layered layout when it is ready.
    apply(layeredLayout(unplaced, {}));
    runInBackground<QHash<QString, QPointF>>(this, [unplaced, links] { return layeredLayout(unplaced, links); },
                                            [apply](const QHash<QString, QPointF> &at, const QString &) { apply(at); });
}

// Lines are kept when nothing about them changed: an edit of one table in a
// large design touches its own lines only.
void DiagramScene::rebuildEdges()
{
    QHash<QString, EdgeItem *> kept;
    const auto line = [&](EdgeItem::Kind kind, const EdgeItem::Ends &ends, const QString &label, bool optional, bool single, int lane) {
        const QString key = QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8|%9")
                                .arg(int(kind))
                                .arg(ends.from->box().key, QString::number(ends.fromRow), ends.to->box().key, QString::number(ends.toRow), label)
                                .arg(optional)
                                .arg(single)
                                .arg(lane);
        if (EdgeItem *edge = m_edges.take(key)) {
            kept.insert(key, edge);
            return;
        }
        auto *edge = new EdgeItem(kind, ends, label);
        addItem(edge);  // first: the route looks for boxes in its way
        edge->setOptional(optional);
        edge->setSingle(single);
        edge->setLane(lane);
        kept.insert(key, edge);
    };
    QHash<QString, BoxItem *> byName;  // "schema.name" of tables and views
    for (BoxItem *b : std::as_const(m_boxes))
        byName.insert(b->box().schema + QLatin1Char('.') + b->box().name, b);
    const TableIndex tables(m_project);
    QHash<BoxItem *, int> lines;  // drawn beside each box so far
    const auto nextLane = [&lines](BoxItem *from, BoxItem *to) { return std::max(lines[from]++, lines[to]++); };
    for (const Table &t : m_project.tables) {
        BoxItem *from = m_boxes.value(t.layoutKey());
        for (const ForeignKey &fk : t.foreignKeys) {
            const Table *referenced = fk.external ? nullptr : tables.find(fk.references, t.schema);
            if (!referenced || fk.columns.isEmpty())
                continue;
            const QStringList refColumns = fk.refColumns.isEmpty() ? referenced->primaryKey : fk.refColumns;
            BoxItem *to = m_boxes.value(referenced->layoutKey());
            const bool optional = std::any_of(fk.columns.begin(), fk.columns.end(), [&](const QString &c) {
                const Column *column = t.column(c);
                return column && t.isNullable(*column);
            });
            line(EdgeItem::Kind::ForeignKey, {from, from->box().rowOf(fk.columns.first()), to, refColumns.isEmpty() ? -1 : to->box().rowOf(refColumns.first())},
                 foreignKeyLabel(t, fk, *referenced, refColumns), optional, isSingle(t, fk), nextLane(from, to));
        }
    }
    for (const SqlObject &o : m_project.sqlObjects) {
        if (!isDrawnObject(o))
            continue;
        BoxItem *view = m_boxes.value(o.key());
        for (const QString &read : sqlObjectDependencies(o, m_project)) {
            BoxItem *to = byName.value(read);
            if (!to || to == view)
                continue;
            line(EdgeItem::Kind::Reads, {view, -1, to, -1}, tr("%1 reads %2").arg(o.key(), read), false, false, nextLane(view, to));
        }
    }
    qDeleteAll(m_edges);  // what no longer is
    m_edges = kept;
}

void DiagramScene::applyLayout(const QMap<QString, QPointF> &layout)
{
    m_project.layout = layout;
    m_routing = false;
    for (BoxItem *b : std::as_const(m_boxes)) {
        const QString &key = b->box().key;
        if (layout.contains(key))
            b->setPos(layout.value(key));
        else if (m_automatic.contains(key))
            b->setPos(m_automatic.value(key));
    }
    rerouteEdges();
}

void DiagramScene::rerouteEdges()
{
    m_routing = true;
    if (!routesAroundBoxes())
        return;  // the direct lanes drawn already are right
    for (EdgeItem *edge : std::as_const(m_edges))
        edge->updatePath();
}

QList<LayoutBox> DiagramScene::layoutBoxes() const
{
    QList<LayoutBox> boxes;
    for (const Table &t : m_project.tables)
        if (BoxItem *b = m_boxes.value(t.layoutKey()))
            boxes << LayoutBox{b->box().key, b->boundingRect().size()};
    for (const SqlObject &o : m_project.sqlObjects)
        if (BoxItem *b = isDrawnObject(o) ? m_boxes.value(o.key()) : nullptr)
            boxes << LayoutBox{b->box().key, b->boundingRect().size()};
    return boxes;
}

// What a box reads or references sits above it.
QList<LayoutLink> DiagramScene::layoutLinks() const
{
    QList<LayoutLink> links;
    for (EdgeItem *e : m_edges)
        links << LayoutLink{e->to()->box().key, e->from()->box().key};
    return links;
}

void DiagramScene::selectTable(const QString &tableId)
{
    m_selecting = true;
    clearSelection();
    if (BoxItem *b = tableBox(tableId))
        b->setSelected(true);
    m_selecting = false;
}

void DiagramScene::toggleHistory(const QString &key)
{
    if (m_historyShown.contains(key))
        m_historyShown.remove(key);
    else
        m_historyShown.insert(key);
    BoxItem *item = m_boxes.value(key);
    for (const Table &t : m_project.tables) {
        if (t.layoutKey() != key)
            continue;
        const DiagramBox history = historyBox(t);
        item->setHistory(m_historyShown.contains(key) && t.history ? &history : nullptr);
    }
}

void DiagramScene::emitSelection()
{
    if (m_selecting)
        return;
    const QList<QGraphicsItem *> selected = selectedItems();
    for (QGraphicsItem *i : selected)
        if (auto *b = dynamic_cast<BoxItem *>(i); b && b->box().kind == DiagramBox::Kind::Table) {
            emit tableSelected(b->box().tableId);
            return;
        }
}

BoxItem *DiagramScene::boxAt(const QPointF &scenePos) const
{
    const QList<QGraphicsItem *> under = items(scenePos);
    for (QGraphicsItem *i : under)
        if (auto *b = dynamic_cast<BoxItem *>(i))
            return b;
    return nullptr;
}

void DiagramScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    BoxItem *box = event->button() == Qt::LeftButton ? boxAt(event->scenePos()) : nullptr;
    if (box && box->box().kind == DiagramBox::Kind::Table && box->rowAt(event->scenePos()) >= 0 && event->modifiers() == Qt::NoModifier) {
        m_linkFrom = box;
        m_linkRow = box->rowAt(event->scenePos());
        const QPointF start = box->anchor(m_linkRow, true);
        m_link = addLine(QLineF(start, event->scenePos()), QPen(QColor(0x1f, 0x5f, 0xbf), 1.5, Qt::DashLine));
        m_link->setZValue(10);
        event->accept();
        return;
    }
    QGraphicsScene::mousePressEvent(event);
    m_pressPositions.clear();
    for (QGraphicsItem *i : selectedItems())
        if (auto *b = dynamic_cast<BoxItem *>(i))
            m_pressPositions.insert(b->box().key, b->pos());
    if (box && box->isMarked() && box->box().kind != DiagramBox::Kind::History)
        emit markedTableClicked(box->box().schema, box->box().name);
}

void DiagramScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_link) {
        m_link->setLine(QLineF(m_link->line().p1(), event->scenePos()));
        return;
    }
    QGraphicsScene::mouseMoveEvent(event);
}

void DiagramScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_link) {
        delete m_link;
        m_link = nullptr;
        BoxItem *target = boxAt(event->scenePos());
        const int row = target ? target->rowAt(event->scenePos()) : -1;
        if (target && target->box().kind == DiagramBox::Kind::Table && row >= 0 && !(target == m_linkFrom && row == m_linkRow))
            emit foreignKeyDrawn(m_linkFrom->box().tableId, m_linkFrom->box().rows.at(m_linkRow).name, target->box().tableId,
                                 target->box().rows.at(row).name);
        else if (target == m_linkFrom) {  // a click on a column, not a drag: select its table
            clearSelection();
            m_linkFrom->setSelected(true);
        }
        m_linkFrom = nullptr;
        return;
    }
    QGraphicsScene::mouseReleaseEvent(event);
    QMap<QString, QPointF> moved;
    for (auto it = m_pressPositions.begin(); it != m_pressPositions.end(); ++it)
        if (BoxItem *b = m_boxes.value(it.key()); b && b->pos() != it.value())
            moved.insert(it.key(), QPointF(qRound(b->pos().x()), qRound(b->pos().y())));
    m_pressPositions.clear();
    if (!moved.isEmpty())
        emit boxesMoved(moved);
}

void DiagramScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    if (BoxItem *box = boxAt(event->scenePos())) {
        if (!box->box().tableId.isEmpty())
            emit tableActivated(box->box().tableId);
        return;
    }
    emit emptyActivated(event->scenePos());
}

} // namespace sw::app
