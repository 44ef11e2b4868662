#include "minimap.h"

#include "diagramview.h"

#include <QMouseEvent>
#include <QPainter>

namespace sw::app {

Minimap::Minimap(DiagramView *view, QWidget *parent) : QWidget(parent), m_view(view)
{
    setFixedSize(200, 140);
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("The whole diagram: click to go there"));
    m_retake.setSingleShot(true);
    m_retake.setInterval(300);
    connect(&m_retake, &QTimer::timeout, this, &Minimap::takePicture);
    connect(view->scene(), &QGraphicsScene::changed, &m_retake, qOverload<>(&QTimer::start));
    connect(view, &DiagramView::viewChanged, this, qOverload<>(&QWidget::update));
}

void Minimap::takePicture()
{
    m_pictured = m_view->scene()->itemsBoundingRect().adjusted(-20, -20, 20, 20);
    m_picture = QPixmap(size());
    m_picture.fill(QColor(0xf7, 0xf8, 0xfa));
    if (!m_pictured.isEmpty()) {
        QPainter painter(&m_picture);
        m_view->scene()->render(&painter, QRectF(m_picture.rect()), m_pictured, Qt::KeepAspectRatio);
    }
    update();
}

// The same fit as render() with KeepAspectRatio: scaled, then centred.
QTransform Minimap::sceneToMap() const
{
    if (m_pictured.isEmpty())
        return {};
    const qreal scale = std::min(width() / m_pictured.width(), height() / m_pictured.height());
    const QPointF offset((width() - m_pictured.width() * scale) / 2, (height() - m_pictured.height() * scale) / 2);
    return QTransform::fromTranslate(-m_pictured.left(), -m_pictured.top()) * QTransform::fromScale(scale, scale)
           * QTransform::fromTranslate(offset.x(), offset.y());
}

void Minimap::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.drawPixmap(0, 0, m_picture);
    painter.setPen(QColor(0x90, 0x90, 0x90));
    painter.drawRect(rect().adjusted(0, 0, -1, -1));
    const QRectF shown = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    painter.setPen(QPen(QColor(0x1f, 0x5f, 0xbf), 1.5));
    painter.setBrush(QColor(0x1f, 0x5f, 0xbf, 30));
    painter.drawRect(sceneToMap().mapRect(shown));
}

void Minimap::mousePressEvent(QMouseEvent *event)
{
    m_view->centerOn(sceneToMap().inverted().map(event->position()));
}

void Minimap::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        m_view->centerOn(sceneToMap().inverted().map(event->position()));
}

} // namespace sw::app
