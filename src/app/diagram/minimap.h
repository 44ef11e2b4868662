#pragma once
// The whole diagram in a corner, with the part the view shows framed; click
// or drag in it to go there. Drawn from a picture of the scene taken after
// edits settle, so scrolling a large design does not paint it twice.

#include <QPixmap>
#include <QTimer>
#include <QWidget>

namespace sw::app {

class DiagramView;

class Minimap : public QWidget {
    Q_OBJECT
public:
    explicit Minimap(DiagramView *view, QWidget *parent = nullptr);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    void takePicture();
    QTransform sceneToMap() const;

    DiagramView *m_view;
    QPixmap m_picture;
    QRectF m_pictured;  // the scene rectangle the picture shows
    QTimer m_retake;
};

} // namespace sw::app
