#include "diagramexport.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <cmath>

namespace sw::app {

namespace {

constexpr qreal kMargin = 20;
constexpr qreal kMaxPixels = 30e6;  // a PNG of a huge design is scaled down to this (Qt itself reads at most 128 MB)

QByteArray svg(QGraphicsScene *scene, const QRectF &source)
{
    QBuffer buffer;
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(source.size().toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), source.size()));
    generator.setTitle(QCoreApplication::translate("sw::app::DiagramExport", "Schema diagram"));
    generator.setDescription(QCoreApplication::translate("sw::app::DiagramExport", "Made by Schemawright"));
    QPainter painter(&generator);
    scene->render(&painter, QRectF(QPointF(0, 0), source.size()), source);
    painter.end();
    return buffer.data();
}

QByteArray png(QGraphicsScene *scene, const QRectF &source)
{
    const qreal scale = std::min(2.0, std::sqrt(kMaxPixels / (source.width() * source.height())));  // sharp on a high-DPI screen when small
    QImage image((source.size() * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    scene->render(&painter, QRectF(image.rect()), source);
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace

QString exportDiagram(QGraphicsScene *scene, const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("svg") && suffix != QLatin1String("png"))
        return QCoreApplication::translate("sw::app::DiagramExport", "%1: the diagram is written as .svg or .png, not .%2").arg(path, suffix);
    const QRectF source = scene->itemsBoundingRect().adjusted(-kMargin, -kMargin, kMargin, kMargin);
    // What is selected is the user's, not the picture's.
    const QList<QGraphicsItem *> selected = scene->selectedItems();
    scene->clearSelection();
    const QByteArray bytes = suffix == QLatin1String("svg") ? svg(scene, source) : png(scene, source);
    for (QGraphicsItem *item : selected)
        item->setSelected(true);
    if (bytes.isEmpty())
        return QCoreApplication::translate("sw::app::DiagramExport", "%1: the diagram could not be drawn").arg(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return QStringLiteral("%1: %2").arg(path, file.errorString());
    return {};
}

} // namespace sw::app
