#pragma once
// The canvas: pan (scroll bars, middle button), zoom (Ctrl+wheel, pinch,
// Ctrl++ / Ctrl+-), zoom to fit (Ctrl+0), rubber-band selection. Times its
// own paints so a benchmark can tell frames per second.

#include <QGraphicsView>

namespace sw::app {

class DiagramView : public QGraphicsView {
    Q_OBJECT
public:
    explicit DiagramView(QGraphicsScene *scene, QWidget *parent = nullptr);

    void zoomBy(qreal factor);
    void zoomToFit();
    qreal zoom() const { return transform().m11(); }
    // Nanoseconds each paint took since the last call.
    QList<qint64> takeFrameTimes();

signals:
    void viewChanged();  // scrolled or zoomed: the minimap follows
    void deletePressed();

protected:
    void wheelEvent(QWheelEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    QPoint m_panFrom;
    bool m_panning = false;
    QList<qint64> m_frameTimes;
};

} // namespace sw::app
