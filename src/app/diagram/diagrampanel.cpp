#include "diagrampanel.h"

#include "boxitem.h"
#include "document/designcommands.h"
#include "diagramexport.h"
#include "diagramscene.h"
#include "diagramview.h"
#include "shared/backgroundtask.h"
#include "graphlayout.h"
#include "minimap.h"

#include <QAction>
#include <QCompleter>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QStringListModel>
#include <QTimer>
#include <QToolBar>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

namespace sw::app {

namespace {

constexpr int kArrangeInBackground = 300;  // boxes

// A slim line over the diagram, shown while drift colours are.
QLabel *legendLabel(QWidget *parent)
{
    auto *legend = new QLabel(parent);
    legend->setObjectName(QStringLiteral("driftLegend"));
    legend->setContentsMargins(6, 2, 6, 2);
    legend->setWordWrap(true);
    legend->hide();
    return legend;
}

} // namespace

DiagramPanel::DiagramPanel(DesignDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_scene(new DiagramScene(this)), m_view(new DiagramView(m_scene, this)),
      m_minimap(new Minimap(m_view, m_view)), m_find(new QLineEdit(this)), m_names(new QStringListModel(this)), m_zoom(new QLabel(this))
{
    setObjectName(QStringLiteral("diagramPanel"));
    auto *tools = m_tools = new QToolBar(this);
    tools->setIconSize(QSize(16, 16));
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    QAction *arrange = tools->addAction(tr("&Arrange"), this, &DiagramPanel::arrange);
    arrange->setObjectName(QStringLiteral("actionArrange"));
    arrange->setToolTip(tr("Lay out every table, referenced tables above their referrers (Ctrl+Shift+A)"));
    arrange->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    arrange->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(arrange);  // its key works wherever the focus is in the panel, not only in the tool bar
    tools->addSeparator();
    // Keys that work wherever the focus is in the panel (the diagram most of all), not only in the tool bar.
    const auto zoomAction = [&](const QString &text, const QList<QKeySequence> &keys, auto slot) {
        QAction *a = tools->addAction(text, this, slot);
        a->setShortcuts(keys);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        a->setToolTip(QStringLiteral("%1 (%2)").arg(a->text().remove(QLatin1Char('&')), keys.first().toString(QKeySequence::NativeText)));
        addAction(a);
        return a;
    };
    // Ctrl+= too: the key that carries + on most layouts, without Shift.
    zoomAction(tr("Zoom &In"), QKeySequence::keyBindings(QKeySequence::ZoomIn) << QKeySequence(Qt::CTRL | Qt::Key_Equal),
               [this] { m_view->zoomBy(1.25); });
    zoomAction(tr("Zoom &Out"), QKeySequence::keyBindings(QKeySequence::ZoomOut), [this] { m_view->zoomBy(0.8); });
    zoomAction(tr("&Fit"), {QKeySequence(Qt::CTRL | Qt::Key_0)}, [this] { m_view->zoomToFit(); });
    tools->addWidget(m_zoom);
    tools->addSeparator();
    m_find->setPlaceholderText(tr("Find a table (Ctrl+F)"));
    m_find->setClearButtonEnabled(true);
    m_find->setMaximumWidth(240);
    m_find->setAccessibleName(tr("Find a table"));
    auto *completer = new QCompleter(m_names, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_find->setCompleter(completer);
    tools->addWidget(m_find);
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(find);
    connect(find, &QAction::triggered, this, [this] {
        m_find->setFocus();
        m_find->selectAll();
    });
    connect(m_find, &QLineEdit::returnPressed, this, [this] {
        if (!findTable(m_find->text()))
            m_find->setStyleSheet(QStringLiteral("color: #b00020"));
    });
    connect(m_find, &QLineEdit::textEdited, this, [this] { m_find->setStyleSheet({}); });
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this, [this](const QString &text) { findTable(text); });

    m_legend = legendLabel(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(tools);
    layout->addWidget(m_legend);
    layout->addWidget(m_view);

    connect(m_document, &DesignDocument::changed, this, &DiagramPanel::follow);
    connect(m_document, &DesignDocument::reloaded, this, [this] { m_fitPending = true; });
    connect(m_document, &DesignDocument::layoutChanged, this, [this] { m_scene->applyLayout(m_document->project().layout); });
    connect(m_view, &DiagramView::viewChanged, this, [this] {
        m_zoom->setText(QStringLiteral(" %1% ").arg(qRound(m_view->zoom() * 100)));
        placeMinimap();
    });
    connect(m_view, &DiagramView::deletePressed, this, &DiagramPanel::removeSelectedTables);
    connect(m_scene, &DiagramScene::tableSelected, this, &DiagramPanel::tableSelected);
    connect(m_scene, &DiagramScene::tableActivated, this, &DiagramPanel::tableActivated);
    connect(m_scene, &DiagramScene::emptyActivated, this, &DiagramPanel::addTableRequested);
    connect(m_scene, &DiagramScene::foreignKeyDrawn, this, &DiagramPanel::addForeignKey);
    connect(m_scene, &DiagramScene::boxesMoved, this, [this](const QMap<QString, QPointF> &moved) {
        m_document->undoStack()->push(new SetLayoutCommand(m_document, moved, tr("Move %n table(s)", nullptr, int(moved.size()))));
    });
    follow();
}

void DiagramPanel::follow()
{
    m_scene->setProject(m_document->project());
    QStringList names;
    for (const BoxItem *b : m_scene->boxes())
        names << b->box().title();
    names.sort(Qt::CaseInsensitive);
    m_names->setStringList(names);
    if (m_fitPending && isVisible()) {
        m_fitPending = false;
        QTimer::singleShot(0, m_view, &DiagramView::zoomToFit);  // once the view has its size
    }
}

void DiagramPanel::selectTable(const QString &tableId)
{
    BoxItem *box = m_scene->tableBox(tableId);
    if (!box || box->isSelected())
        return;  // keeps a selection of several that holds it
    m_scene->selectTable(tableId);
    m_view->ensureVisible(box, 40, 40);
}

bool DiagramPanel::findTable(const QString &text)
{
    const QString wanted = text.trimmed();
    if (wanted.isEmpty())
        return false;
    BoxItem *found = nullptr;
    for (BoxItem *b : m_scene->boxes()) {
        if (b->box().title().compare(wanted, Qt::CaseInsensitive) == 0) {
            found = b;
            break;
        }
        if (!found && b->box().title().contains(wanted, Qt::CaseInsensitive))
            found = b;
    }
    if (!found)
        return false;
    m_scene->clearSelection();
    found->setSelected(true);  // tells the window, which selects it in the list and editor
    if (m_view->zoom() < 0.6)
        m_view->zoomBy(0.8 / m_view->zoom());
    m_view->centerOn(found);
    return true;
}

void DiagramPanel::arrange()
{
    if (m_arranging)
        return;
    const QList<LayoutBox> boxes = m_scene->layoutBoxes();
    const QList<LayoutLink> links = m_scene->layoutLinks();
    const auto apply = [this](const QHash<QString, QPointF> &at) {
        m_arranging = false;
        QMap<QString, QPointF> positions;
        for (auto it = at.begin(); it != at.end(); ++it)
            if (m_scene->box(it.key()))  // not removed while arranging
                positions.insert(it.key(), QPointF(qRound(it.value().x()), qRound(it.value().y())));
        m_document->undoStack()->push(new SetLayoutCommand(m_document, positions, tr("Arrange diagram")));
        m_view->zoomToFit();
        emit arranged();
    };
    m_arranging = true;
    if (boxes.size() <= kArrangeInBackground) {
        apply(layeredLayout(boxes, links));
        return;
    }
    m_zoom->setText(tr(" Arranging… "));
    runInBackground<QHash<QString, QPointF>>(this, [boxes, links] { return layeredLayout(boxes, links); },
                                            [apply](const QHash<QString, QPointF> &at, const QString &) { apply(at); });
}

// The key the user drew; its name, index and the rest come from the conventions, as in the grid.
void DiagramPanel::addForeignKey(const QString &tableId, const QString &column, const QString &referencedTableId, const QString &referencedColumn)
{
    const int from = m_document->tableIndex(tableId), to = m_document->tableIndex(referencedTableId);
    if (from < 0 || to < 0)
        return;
    const Table &before = m_document->project().tables.at(from);
    const Table &referenced = m_document->project().tables.at(to);
    ForeignKey fk;
    fk.columns = QStringList{column};
    fk.references = referenced.schema == before.schema ? referenced.name : referenced.qualifiedName();
    fk.refColumns = QStringList{referencedColumn};
    for (const ForeignKey &existing : before.foreignKeys)
        if (existing.columns == fk.columns && existing.refColumns == fk.refColumns
            && m_document->project().findTable(existing.references, before.schema) == &referenced)
            return;  // drawn twice
    Table after = before;
    after.foreignKeys << fk;
    m_document->undoStack()->push(new EditTableCommand(m_document, before, after,
                                                       tr("Add foreign key %1.%2 \u2192 %3.%4").arg(before.name, column, referenced.name, referencedColumn)));
    emit tableSelected(tableId);
}

void DiagramPanel::removeSelectedTables()
{
    QStringList ids;
    for (QGraphicsItem *item : m_scene->selectedItems())
        if (auto *b = dynamic_cast<BoxItem *>(item); b && b->box().kind == DiagramBox::Kind::Table)
            ids << b->box().tableId;
    if (ids.isEmpty())
        return;
    m_document->undoStack()->beginMacro(tr("Remove %n table(s)", nullptr, int(ids.size())));
    for (const QString &id : ids)
        m_document->undoStack()->push(new RemoveTableCommand(m_document, id));
    m_document->undoStack()->endMacro();
}

QString DiagramPanel::exportTo(const QString &path)
{
    return exportDiagram(m_scene, path);
}

void DiagramPanel::setMarks(const DiagramMarks &marks)
{
    m_scene->setMarks(marks);
    bool coloured = false;  // all in step: nothing to explain
    for (const QColor &c : marks.tables)
        coloured = coloured || c.isValid();
    for (const auto &columns : marks.columns)
        for (const QColor &c : columns)
            coloured = coloured || c.isValid();
    QStringList keys;
    for (const auto &[colour, meaning] : coloured ? marks.legend : QList<QPair<QColor, QString>>()) {
        // The translucent colour as it shows on a white box.
        const qreal a = colour.alphaF();
        const QColor solid = QColor::fromRgbF(1 - a + colour.redF() * a, 1 - a + colour.greenF() * a, 1 - a + colour.blueF() * a);
        keys << QStringLiteral("<span style=\"background-color:%1\">&nbsp;&nbsp;&nbsp;&nbsp;</span>&nbsp;%2")
                    .arg(solid.name(), meaning.toHtmlEscaped());
    }
    m_legend->setText(keys.isEmpty() ? QString() : QStringLiteral("%1: %2").arg(marks.source.toHtmlEscaped(), keys.join(QStringLiteral("&nbsp;&nbsp; "))));
    m_legend->setToolTip(keys.isEmpty() ? QString() : tr("Click a coloured box to open its node in the drift window"));
    m_legend->setVisible(!keys.isEmpty());
}

int DiagramPanel::toolRowHeight() const { return m_tools->sizeHint().height(); }

QString DiagramPanel::legendText() const { return m_legend->isVisible() ? QTextDocumentFragment::fromHtml(m_legend->text()).toPlainText() : QString(); }

void DiagramPanel::chooseExportFile()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Export diagram"), {}, tr("SVG drawing (*.svg);;PNG image (*.png)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".svg");
    if (const QString error = exportTo(path); !error.isEmpty())
        QMessageBox::warning(this, tr("Export diagram"), error);
}

void DiagramPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_fitPending) {
        m_fitPending = false;
        QTimer::singleShot(0, m_view, &DiagramView::zoomToFit);  // once the layouts gave the view its size
    }
}

void DiagramPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeMinimap();
}

// In the view's bottom-right corner, clear of its scroll bars; only when the view does not show everything.
void DiagramPanel::placeMinimap()
{
    const QRect area = m_view->viewport()->geometry();
    const QRectF shown = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    m_minimap->setVisible(!shown.contains(m_scene->itemsBoundingRect()) && area.width() > 3 * m_minimap->width());
    m_minimap->move(area.right() - m_minimap->width() - 8, area.bottom() - m_minimap->height() - 8);
    m_minimap->raise();
}

} // namespace sw::app
