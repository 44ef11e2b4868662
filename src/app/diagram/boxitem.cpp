#include "boxitem.h"

#include "edgeitem.h"

#include <QGraphicsScene>
#include <QGraphicsSceneHoverEvent>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace sw::app {

namespace {

constexpr qreal kPad = 8;
constexpr qreal kHistoryGap = 60;   // between a table and its history box
constexpr qreal kDetailThreshold = 0.4;  // below this zoom (text under 4 pixels): frame and title only
constexpr qreal kTitleThreshold = 0.15;  // below this the title is under 2 pixels high: the frame alone

QColor headerColour(DiagramBox::Kind kind)
{
    switch (kind) {
    case DiagramBox::Kind::Table: return QColor(0xdc, 0xe6, 0xf4);
    case DiagramBox::Kind::History: return QColor(0xee, 0xf1, 0xf6);
    case DiagramBox::Kind::View: return QColor(0xdf, 0xf0, 0xdc);
    case DiagramBox::Kind::MaterializedView: return QColor(0xf3, 0xea, 0xd6);
    case DiagramBox::Kind::Routine: return QColor(0xee, 0xe6, 0xf4);
    }
    return Qt::lightGray;
}

QString marks(const DiagramRow &row)
{
    QStringList m;
    if (row.primaryKey)
        m << QStringLiteral("PK");
    if (row.foreignKey)
        m << QStringLiteral("FK");
    if (row.unique && !row.primaryKey)
        m << QStringLiteral("UQ");
    return m.join(QLatin1Char(' '));
}

QFont titleFont(QFont f)
{
    f.setBold(true);
    return f;
}

QFont smallFont(QFont f)
{
    f.setPointSizeF(f.pointSizeF() * 0.8);
    return f;
}

QString kindLabel(DiagramBox::Kind kind)
{
    switch (kind) {
    case DiagramBox::Kind::View: return BoxItem::tr("view");
    case DiagramBox::Kind::MaterializedView: return BoxItem::tr("materialized view");
    case DiagramBox::Kind::History: return BoxItem::tr("history");
    case DiagramBox::Kind::Routine:  // says its kind under its name
    case DiagramBox::Kind::Table: break;
    }
    return {};
}

} // namespace

BoxItem::BoxItem(const DiagramBox &box, QGraphicsItem *parent) : QGraphicsObject(parent), m_box(box)
{
    if (box.kind != DiagramBox::Kind::History)
        setFlags(ItemIsMovable | ItemIsSelectable | ItemSendsGeometryChanges);
    else
        setOpacity(0.75);
    setAcceptHoverEvents(true);
    if (scene())  // else measured once added to one, in its font
        m_size = measure();
}

void BoxItem::setBox(const DiagramBox &box)
{
    if (box == m_box)
        return;
    prepareGeometryChange();
    m_box = box;
    m_size = measure();
    if (m_history)
        m_history->setPos(m_size.width() + kHistoryGap, 0);
    for (EdgeItem *edge : std::as_const(m_edges))
        edge->updatePath();
    update();
}

void BoxItem::setMarks(const QColor &box, const QHash<QString, QColor> &rows)
{
    if (box == m_mark && rows == m_rowMarks)
        return;
    m_mark = box;
    m_rowMarks = rows;
    update();
}

QSizeF BoxItem::measure() const
{
    const QFont font = scene() ? scene()->font() : QFont();
    const QFontMetricsF title(titleFont(font)), text(font), small(smallFont(font));
    qreal width = title.horizontalAdvance(m_box.title()) + 2 * kPad + 40;  // room for the badges
    qreal marksWidth = 0, nameWidth = 0, typeWidth = 0;
    for (const DiagramRow &row : m_box.rows) {
        marksWidth = std::max(marksWidth, small.horizontalAdvance(marks(row)));
        nameWidth = std::max(nameWidth, text.horizontalAdvance(row.name));
        typeWidth = std::max(typeWidth, small.horizontalAdvance(row.type + QStringLiteral(" NN")));
    }
    for (const QString &line : m_box.footer)
        nameWidth = std::max(nameWidth, text.horizontalAdvance(line) + 20);
    width = std::clamp(std::max(width, marksWidth + nameWidth + typeWidth + 4 * kPad), 140.0, 460.0);
    const qreal height = kTitleHeight + (m_box.rows.size() + m_box.footer.size()) * kRowHeight + (m_box.rows.isEmpty() && m_box.footer.isEmpty() ? 0 : 6);
    return {width, height};
}

QRectF BoxItem::boundingRect() const
{
    const QRectF frame(QPointF(0, 0), m_size);
    // The history box also draws its link back to the table.
    return (m_box.kind == DiagramBox::Kind::History ? frame.adjusted(-kHistoryGap, 0, 0, 0) : frame).adjusted(-2, -2, 2, 2);
}

QRectF BoxItem::badgeRect() const
{
    return {m_size.width() - 22, 4, 18, kTitleHeight - 8};
}

void BoxItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QRectF frame(QPointF(0, 0), m_size);
    const qreal detail = option->levelOfDetailFromTransform(painter->worldTransform());
    const bool selected = option->state & QStyle::State_Selected;
    QPen border(selected ? QColor(0x1f, 0x5f, 0xbf) : QColor(0x5b, 0x6b, 0x80), selected ? 2.5 : 1);
    if (m_box.kind != DiagramBox::Kind::Table)
        border.setStyle(Qt::DashLine);
    if (m_box.kind == DiagramBox::Kind::History) {
        painter->setPen(QPen(QColor(0x80, 0x80, 0x80), 1, Qt::DotLine));
        painter->drawLine(QPointF(-kHistoryGap, kTitleHeight / 2), QPointF(0, kTitleHeight / 2));
    }
    painter->setPen(border);
    painter->setBrush(m_mark.isValid() ? m_mark.lighter(150) : QColor(Qt::white));
    painter->drawRect(frame);
    QColor header = headerColour(m_box.kind);
    if (m_mark.isValid())
        header = m_mark;
    painter->fillRect(QRectF(0.5, 0.5, frame.width() - 1, kTitleHeight - 0.5), header);
    painter->drawLine(QPointF(0, kTitleHeight), QPointF(frame.width(), kTitleHeight));

    if (detail < kTitleThreshold)
        return;
    const QFont font = scene()->font();
    painter->setPen(Qt::black);
    painter->setFont(titleFont(font));
    painter->drawText(QRectF(kPad, 0, frame.width() - 2 * kPad - 24, kTitleHeight), Qt::AlignVCenter | Qt::AlignLeft, m_box.title());
    if (detail < kDetailThreshold)
        return;
    paintDetails(painter, frame);
}

void BoxItem::paintDetails(QPainter *painter, const QRectF &frame) const
{
    const QFont font = scene()->font();
    const QFont small = smallFont(font);
    painter->setFont(small);
    if (m_box.kind == DiagramBox::Kind::Table && m_box.history) {
        painter->setPen(QColor(0x3a, 0x4a, 0x60));
        painter->setBrush(m_history ? QColor(0xb8, 0xc8, 0xe0) : QColor(Qt::white));
        painter->drawRoundedRect(badgeRect(), 3, 3);
        painter->drawText(badgeRect(), Qt::AlignCenter, QStringLiteral("H"));
    } else if (const QString kind = kindLabel(m_box.kind); !kind.isEmpty()) {
        painter->setPen(QColor(0x50, 0x50, 0x50));
        painter->drawText(QRectF(0, 0, frame.width() - kPad, kTitleHeight), Qt::AlignVCenter | Qt::AlignRight, kind);
    }
    if (!m_box.problems.isEmpty()) {
        painter->setPen(QColor(0xc0, 0x40, 0x00));
        painter->setFont(titleFont(font));
        painter->drawText(QRectF(0, 0, badgeRect().left() - 4, kTitleHeight), Qt::AlignVCenter | Qt::AlignRight, QStringLiteral("\u26a0"));
    }
    const QFontMetricsF smallMetrics(small);
    qreal marksWidth = 0;
    for (const DiagramRow &row : m_box.rows)
        marksWidth = std::max(marksWidth, smallMetrics.horizontalAdvance(marks(row)));
    qreal y = kTitleHeight + 3;
    for (const DiagramRow &row : m_box.rows) {
        const QRectF line(0, y, frame.width(), kRowHeight);
        if (const QColor mark = m_rowMarks.value(row.name); mark.isValid())
            painter->fillRect(line.adjusted(1, 0, -1, 0), mark);
        painter->setPen(QColor(0x1f, 0x5f, 0xbf));
        painter->setFont(small);
        painter->drawText(line.adjusted(kPad, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft, marks(row));
        painter->setPen(Qt::black);
        QFont name = font;
        name.setUnderline(row.primaryKey);
        painter->setFont(name);
        painter->drawText(line.adjusted(kPad + marksWidth + (marksWidth > 0 ? 6 : 0), 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft, row.name);
        painter->setPen(QColor(0x55, 0x55, 0x55));
        painter->setFont(small);
        painter->drawText(line.adjusted(0, 0, -kPad, 0), Qt::AlignVCenter | Qt::AlignRight, row.notNull ? row.type + QStringLiteral(" NN") : row.type);
        y += kRowHeight;
    }
    painter->setPen(QColor(0x6a, 0x40, 0x90));
    QFont italic = font;
    italic.setItalic(true);
    painter->setFont(italic);
    for (const QString &line : m_box.footer) {
        painter->drawText(QRectF(kPad, y, frame.width() - 2 * kPad, kRowHeight), Qt::AlignVCenter | Qt::AlignLeft, line);
        y += kRowHeight;
    }
}

int BoxItem::rowAt(const QPointF &scenePos) const
{
    const QPointF p = mapFromScene(scenePos);
    if (p.x() < 0 || p.x() > m_size.width() || p.y() < kTitleHeight + 3)
        return -1;
    const int row = int((p.y() - kTitleHeight - 3) / kRowHeight);
    return row < m_box.rows.size() ? row : -1;
}

QPointF BoxItem::anchor(int row, bool right) const
{
    const qreal y = row < 0 ? kTitleHeight / 2 : kTitleHeight + 3 + (row + 0.5) * kRowHeight;
    return mapToScene(QPointF(right ? m_size.width() : 0, y));
}

void BoxItem::setHistory(const DiagramBox *history)
{
    if (!history) {
        delete m_history;
        m_history = nullptr;
    } else if (m_history) {
        m_history->setBox(*history);
    } else {
        m_history = new BoxItem(*history, this);
        m_history->setPos(m_size.width() + kHistoryGap, 0);
    }
    update();
}

void BoxItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_box.kind == DiagramBox::Kind::Table && m_box.history && badgeRect().contains(event->pos()) && event->button() == Qt::LeftButton) {
        emit historyToggled();
        event->accept();
        return;
    }
    QGraphicsObject::mousePressEvent(event);
}

QVariant BoxItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionHasChanged || change == ItemSceneHasChanged) {
        if (change == ItemSceneHasChanged && scene()) {
            prepareGeometryChange();
            m_size = measure();  // the scene's font
        }
        for (EdgeItem *edge : std::as_const(m_edges))
            edge->updatePath();
    }
    return QGraphicsObject::itemChange(change, value);
}

void BoxItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    const int row = rowAt(event->scenePos());
    QString tip;
    if (badgeRect().contains(event->pos()) && m_box.history && m_box.kind == DiagramBox::Kind::Table) {
        tip = m_history ? tr("Hide the history table") : tr("Show the history table");
    } else if (row >= 0) {
        const DiagramRow &r = m_box.rows.at(row);
        QStringList what;
        if (r.primaryKey)
            what << tr("primary key");
        if (r.foreignKey)
            what << tr("foreign key");
        if (r.unique)
            what << tr("unique");
        what << (r.notNull ? tr("NOT NULL") : tr("nullable"));
        tip = QStringLiteral("%1 %2: %3").arg(r.name, r.type, what.join(QStringLiteral(", ")));
        if (m_box.kind == DiagramBox::Kind::Table)
            tip += QLatin1Char('\n') + tr("Drag onto another table's column to add a foreign key");
    } else if (!m_box.problems.isEmpty()) {
        tip = m_box.problems.join(QLatin1Char('\n'));
    }
    setToolTip(tip);
    QGraphicsObject::hoverMoveEvent(event);
}

} // namespace sw::app
