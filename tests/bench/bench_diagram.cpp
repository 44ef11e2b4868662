// The diagram of a large design: how long the layout and the exports take,
// and how long a frame of panning and zooming at fit-to-view paints. A
// benchmark, not a test: run it by hand (offscreen is fine),
//   QT_QPA_PLATFORM=offscreen build/tests/bench/bench_diagram [TABLES] [DIR to keep d.svg and d.png in]
// and compare with the README's numbers.

#include "diagram/diagramexport.h"
#include "diagram/diagramscene.h"
#include "diagram/diagramview.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace sw;

namespace {

// Tables in groups of about a dozen, as real schemas have them: each table
// references one to three earlier tables of its group, a few reach across.
Project largeProject(int tables)
{
    QRandomGenerator random(42);
    Project project;
    for (int i = 0; i < tables; ++i) {
        Table t;
        t.id = QStringLiteral("t-%1").arg(i);
        t.name = QStringLiteral("table_%1").arg(i);
        for (const char *name : {"id", "code", "name", "amount", "status", "note", "created_at", "updated_at"})
            t.columns << Column{t.id + QLatin1String(name), QLatin1String(name), QStringLiteral("text"), true, std::nullopt, std::nullopt, {}, {}};
        t.columns[0].type = QStringLiteral("bigserial");
        t.primaryKey = QStringList{QStringLiteral("id")};
        const int group = i / 12 * 12;
        const int keys = i == group ? 0 : 1 + int(random.bounded(3));
        for (int k = 0; k < keys; ++k) {
            const int target = random.bounded(20) == 0 ? int(random.bounded(i)) : group + int(random.bounded(i - group));
            const QString column = QStringLiteral("ref_%1").arg(k);
            t.columns << Column{t.id + column, column, QStringLiteral("bigint"), true, std::nullopt, std::nullopt, {}, {}};
            t.foreignKeys << ForeignKey{{}, {column}, QStringLiteral("table_%1").arg(target), {QStringLiteral("id")}, {}, {}, false, {}};
        }
        project.tables << t;
    }
    return project;
}

double median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2) / 1e6;
}

double percentile95(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() * 95 / 100) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const int tables = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1000;
    const Project project = largeProject(tables);
    QTextStream out(stdout);
    QTemporaryDir temporary;
    const QDir dir(argc > 2 ? QString::fromLocal8Bit(argv[2]) : temporary.path());

    QElapsedTimer timer;
    timer.start();
    {
        app::DiagramScene drawnOnly;  // as the designer opens it: the layered layout comes later, off the GUI thread
        drawnOnly.setProject(project);
        out << tables << " tables: boxes and lines made in " << timer.elapsed() << " ms";
        Project edited = project;
        edited.tables[tables / 2].columns[2].name = QStringLiteral("renamed");
        timer.restart();
        drawnOnly.setProject(edited);
        out << ", followed one edit in " << timer.elapsed() << " ms" << Qt::endl;
    }
    timer.restart();
    app::DiagramScene scene;
    scene.setLayoutInBackground(false);
    scene.setProject(project);
    const qint64 layout = timer.elapsed();
    timer.restart();
    const QString svgError = app::exportDiagram(&scene, dir.filePath(QStringLiteral("d.svg")));
    const qint64 svg = timer.elapsed();
    timer.restart();
    const QString pngError = app::exportDiagram(&scene, dir.filePath(QStringLiteral("d.png")));
    const qint64 png = timer.elapsed();
    if (!svgError.isEmpty() || !pngError.isEmpty()) {
        out << svgError << pngError << Qt::endl;
        return 1;
    }
    if (argc > 2)  // a look at the whole, small enough to open anywhere
        QImage(dir.filePath(QStringLiteral("d.png"))).scaled(1600, 1600, Qt::KeepAspectRatio, Qt::SmoothTransformation).save(dir.filePath(QStringLiteral("d-small.png")));
    out << tables << " tables, " << scene.edges().size() << " foreign keys: layout " << layout << " ms, SVG export " << svg << " ms, PNG export " << png
        << " ms (" << layout + svg << " ms laid out and exported as SVG)" << Qt::endl;

    // Frames at fit-to-view: pan across, then zoom in and out around the middle.
    app::DiagramView view(&scene);
    view.resize(1280, 800);
    view.show();
    view.zoomToFit();
    app.processEvents();
    view.takeFrameTimes();
    for (int i = 0; i < 60; ++i) {
        view.centerOn(view.mapToScene(view.viewport()->rect().center()) + QPointF(i < 30 ? 40 : -40, 0) / view.zoom());
        view.viewport()->repaint();
    }
    const QList<qint64> pan = view.takeFrameTimes();
    for (int i = 0; i < 60; ++i) {
        view.zoomBy(i < 30 ? 1.03 : 1 / 1.03);
        view.viewport()->repaint();
    }
    const QList<qint64> zoom = view.takeFrameTimes();
    out << "at fit-to-view (" << qRound(view.zoom() * 100) << "%): pan frame median " << median(pan) << " ms, 95th percentile " << percentile95(pan)
        << " ms; zoom frame median " << median(zoom) << " ms, 95th percentile " << percentile95(zoom) << " ms (60 fps needs 16.7 ms)" << Qt::endl;
    return 0;
}
