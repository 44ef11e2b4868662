// The diagram on the real window, offscreen: its boxes and lines follow the
// design through edits, undo and redo; what the user does on the canvas (drag
// a column onto another, move a box, double-click, Delete, Arrange) is one
// undo step each; positions survive save and reopen; exports hold every name.

#include "document/designcommands.h"
#include "diagram/boxitem.h"
#include "diagram/diagrampanel.h"
#include "diagram/diagramscene.h"
#include "diagram/diagramview.h"
#include "diagram/edgeitem.h"
#include "mainwindow/mainwindow.h"
#include "processes.h"
#include "project/projectfile.h"
#include "tableeditor/tableeditor.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCompleter>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace sw;
using namespace sw::app;

namespace {

QString copyExample(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("trading.json"));
    QFile::copy(test::sourceDir() + QStringLiteral("/migrations/trading.json"), path);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

const Table *tableNamed(MainWindow &window, const QString &name)
{
    return window.document()->project().findTable(name, QStringLiteral("public"));
}

BoxItem *boxOf(MainWindow &window, const QString &table)
{
    const Table *t = tableNamed(window, table);
    return t ? window.diagram()->scene()->tableBox(t->id) : nullptr;
}

QStringList titles(DiagramScene *scene)
{
    QStringList names;
    for (const BoxItem *b : scene->boxes())
        names << b->box().title();
    names.sort();
    return names;
}

int foreignKeyLines(DiagramScene *scene)
{
    const QList<EdgeItem *> edges = scene->edges();
    return int(std::count_if(edges.begin(), edges.end(), [](const EdgeItem *e) { return e->kind() == EdgeItem::Kind::ForeignKey; }));
}

// Where the user points at a box, in the view's viewport.
QPoint onRow(DiagramView *view, BoxItem *box, int row)
{
    return view->mapFromScene((box->anchor(row, false) + box->anchor(row, true)) / 2);
}

QPoint onTitle(DiagramView *view, BoxItem *box)
{
    return view->mapFromScene(box->mapToScene(QPointF(12, BoxItem::kTitleHeight / 2)));
}

// The window on screen (offscreen), large, the whole design fitted into the diagram.
DiagramView *showFitted(MainWindow &window)
{
    window.resize(1400, 1000);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return nullptr;
    DiagramView *view = window.diagram()->view();
    view->zoomToFit();
    return view;
}

void drag(QWidget *viewport, const QPoint &from, const QPoint &to)
{
    QTest::mousePress(viewport, Qt::LeftButton, {}, from);
    QTest::mouseMove(viewport, (from + to) / 2);
    QTest::mouseMove(viewport, to);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
}

} // namespace

class TestDiagram : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QCoreApplication::setOrganizationName(QStringLiteral("schemawright-tests")); }

    // Ctrl++, Ctrl+-, Ctrl+0 zoom the diagram while it has the focus.
    void theZoomKeysWorkInTheDiagram()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openProject(copyExample(dir)));
        DiagramView *view = showFitted(window);
        QVERIFY(view);
        view->setFocus();
        QVERIFY(QTest::qWaitFor([&] { return view->hasFocus(); }));
        const qreal fitted = view->zoom();
        QTest::keyClick(view, Qt::Key_Plus, Qt::ControlModifier);
        QVERIFY2(view->zoom() > fitted * 1.2, qPrintable(QString::number(view->zoom())));
        QTest::keyClick(view, Qt::Key_Equal, Qt::ControlModifier);
        QVERIFY(view->zoom() > fitted * 1.5);
        QTest::keyClick(view, Qt::Key_Minus, Qt::ControlModifier);
        QVERIFY(view->zoom() < fitted * 1.5);
        QTest::keyClick(view, Qt::Key_0, Qt::ControlModifier);
        QVERIFY2(qAbs(view->zoom() - fitted) < 0.01, qPrintable(QString::number(view->zoom())));
    }

    void boxesAndLinesFollowTheDesignThroughUndoAndRedo()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openProject(copyExample(dir)));
        DiagramScene *scene = window.diagram()->scene();
        QUndoStack *undo = window.document()->undoStack();
        QCOMPARE(titles(scene), (QStringList{"accounts", "fills", "orders"}));
        QCOMPARE(foreignKeyLines(scene), 2);
        BoxItem *orders = boxOf(window, QStringLiteral("orders"));
        QCOMPARE(orders->box().rows.size(), tableNamed(window, QStringLiteral("orders"))->columns.size());
        const DiagramRow account = orders->box().rows.at(orders->box().rowOf(QStringLiteral("account_id")));
        QVERIFY(account.foreignKey && account.notNull && !account.primaryKey);
        QVERIFY(orders->box().rows.at(orders->box().rowOf(QStringLiteral("id"))).primaryKey);
        QVERIFY(boxOf(window, QStringLiteral("accounts"))->box().rows.at(1).unique);  // code has a unique index
        QVERIFY(orders->box().history);

        // A new table, renamed, given a column and a key to orders.
        const QString id = window.addTable(QStringLiteral("trades"));
        QCOMPARE(titles(scene), (QStringList{"accounts", "fills", "orders", "trades"}));
        Table before = *tableNamed(window, QStringLiteral("trades"));
        Table after = before;
        after.name = QStringLiteral("executions");
        after.columns << Column{QStringLiteral("c-order"), QStringLiteral("order_id"), QStringLiteral("bigint"), true, std::nullopt, std::nullopt, {}, {}};
        undo->push(new EditTableCommand(window.document(), before, after, QStringLiteral("rename")));
        QCOMPARE(titles(scene), (QStringList{"accounts", "executions", "fills", "orders"}));
        QCOMPARE(scene->tableBox(id)->box().rows.size(), 4);
        before = after;
        after.foreignKeys << ForeignKey{{}, {QStringLiteral("order_id")}, QStringLiteral("orders"), {QStringLiteral("id")}};
        undo->push(new EditTableCommand(window.document(), before, after, QStringLiteral("key")));
        QCOMPARE(foreignKeyLines(scene), 3);
        QVERIFY(scene->tableBox(id)->box().rows.last().foreignKey);

        undo->undo();
        QCOMPARE(foreignKeyLines(scene), 2);
        undo->undo();
        QCOMPARE(titles(scene), (QStringList{"accounts", "fills", "orders", "trades"}));
        undo->redo();
        undo->redo();
        QCOMPARE(foreignKeyLines(scene), 3);

        // Removing orders takes its box and every line to or from it.
        undo->push(new RemoveTableCommand(window.document(), tableNamed(window, QStringLiteral("orders"))->id));
        QCOMPARE(titles(scene), (QStringList{"accounts", "executions", "fills"}));
        QCOMPARE(foreignKeyLines(scene), 0);  // fills -> orders and executions -> orders are gone with it
        undo->undo();
        QCOMPARE(foreignKeyLines(scene), 3);
        QCOMPARE(scene->items().size(), 4 + 3);  // boxes and lines, nothing left over
    }

    void draggingAColumnOntoAnotherCreatesTheForeignKey()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openProject(copyExample(dir)));
        QVERIFY(showFitted(window));
        const QString id = window.addTable(QStringLiteral("trades"));
        Table before = *tableNamed(window, QStringLiteral("trades"));
        Table after = before;
        after.columns << Column{QStringLiteral("c-order"), QStringLiteral("order_id"), QStringLiteral("bigint"), false, std::nullopt, std::nullopt, {}, {}};
        window.document()->undoStack()->push(new EditTableCommand(window.document(), before, after, QStringLiteral("column")));
        DiagramView *view = window.diagram()->view();
        view->zoomToFit();
        BoxItem *trades = boxOf(window, QStringLiteral("trades"));
        BoxItem *orders = boxOf(window, QStringLiteral("orders"));
        const int steps = window.document()->undoStack()->count();

        drag(view->viewport(), onRow(view, trades, trades->box().rowOf(QStringLiteral("order_id"))),
             onRow(view, orders, orders->box().rowOf(QStringLiteral("id"))));

        const Table *made = tableNamed(window, QStringLiteral("trades"));
        QCOMPARE(made->foreignKeys.size(), 1);
        QCOMPARE(made->foreignKeys.first().columns, QStringList{QStringLiteral("order_id")});
        QCOMPARE(made->foreignKeys.first().references, QStringLiteral("orders"));
        QCOMPARE(made->foreignKeys.first().refColumns, QStringList{QStringLiteral("id")});
        QVERIFY(made->foreignKeys.first().name.isEmpty());  // the conventions name it, and give it its index
        QCOMPARE(window.document()->undoStack()->count(), steps + 1);
        QCOMPARE(window.tableEditor()->tableId(), id);
        QCOMPARE(foreignKeyLines(window.diagram()->scene()), 3);
        QTRY_VERIFY(window.previewText().contains(QStringLiteral("fk_trades_order_id")));
        window.document()->undoStack()->undo();
        QVERIFY(tableNamed(window, QStringLiteral("trades"))->foreignKeys.isEmpty());

        // Dropped on its own column (a click), or on the empty canvas: no key.
        drag(view->viewport(), onRow(view, trades, 0), onRow(view, trades, 0));
        QVERIFY(trades->isSelected());
        const QPointF below = window.diagram()->scene()->itemsBoundingRect().bottomLeft() + QPointF(10, 30);
        drag(view->viewport(), onRow(view, trades, 0), view->mapFromScene(below));
        QCOMPARE(window.document()->undoStack()->index(), steps);
    }

    void movedBoxesAreOneUndoStepAndSurviveSaveAndReopen()
    {
        QTemporaryDir dir;
        const QString path = copyExample(dir);
        QPointF moved;
        {
            MainWindow window;
            QVERIFY(window.openProject(path));
            DiagramView *view = showFitted(window);
            QVERIFY(view);
            BoxItem *fills = boxOf(window, QStringLiteral("fills"));
            const QPointF automatic = fills->pos();
            QVERIFY(window.document()->project().layout.isEmpty());
            const QPoint from = onTitle(view, fills);
            drag(view->viewport(), from, from + QPoint(120, 40));
            QVERIFY(fills->pos() != automatic);
            moved = fills->pos();
            const QString key = tableNamed(window, QStringLiteral("fills"))->layoutKey();
            QCOMPARE(window.document()->project().layout.value(key), moved);
            QVERIFY(window.document()->isModified());
            window.document()->undoStack()->undo();
            QCOMPARE(fills->pos(), automatic);   // back where the layout put it
            QVERIFY(!window.document()->project().layout.contains(key));
            window.document()->undoStack()->redo();
            QCOMPARE(fills->pos(), moved);
            QVERIFY(window.saveProjectAs(path));
        }
        QVERIFY(test::readFile(path).contains(QStringLiteral("\"layout\"")));
        MainWindow reopened;
        QVERIFY(reopened.openProject(path));
        QCOMPARE(boxOf(reopened, QStringLiteral("fills"))->pos(), moved);
    }

    // A line whose shortest lane would cross a third box goes round it.
    void linesGoRoundBoxesInTheirWay()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openProject(copyExample(dir)));
        const auto key = [&](const char *table) { return tableNamed(window, QLatin1String(table))->layoutKey(); };
        // orders under accounts, and fills standing just right of both, where the line between them would run.
        const qreal right = std::max(boxOf(window, QStringLiteral("accounts"))->boundingRect().width(), boxOf(window, QStringLiteral("orders"))->boundingRect().width());
        const QMap<QString, QPointF> layout{{key("accounts"), QPointF(0, 0)}, {key("orders"), QPointF(0, 600)}, {key("fills"), QPointF(right + 10, 200)}};
        window.document()->undoStack()->push(new SetLayoutCommand(window.document(), layout, QStringLiteral("place")));
        const QRectF fills = boxOf(window, QStringLiteral("fills"))->sceneBoundingRect();
        const EdgeItem *accountKey = nullptr;
        for (const EdgeItem *e : window.diagram()->scene()->edges())
            if (e->from() == boxOf(window, QStringLiteral("orders")) && e->to() == boxOf(window, QStringLiteral("accounts")))
                accountKey = e;
        QVERIFY(accountKey);
        const QPolygonF route = accountKey->route();
        for (int i = 0; i + 1 < route.size(); ++i) {
            const QRectF segment = QRectF(route.at(i), route.at(i + 1)).normalized().adjusted(-0.5, -0.5, 0.5, 0.5);
            QVERIFY2(!segment.intersects(fills), qPrintable(QStringLiteral("segment %1 crosses fills").arg(i)));
        }
    }

    // A table standing between a key's two tables, at their height: the line
    // goes round it, never under it (where fills would seem to reference it).
    void noLineRunsUnderABoxItDoesNotJoin()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openProject(copyExample(dir)));
        window.addTable(QStringLiteral("payments"));
        const auto key = [&](const char *table) { return tableNamed(window, QLatin1String(table))->layoutKey(); };
        qreal width = 0;
        for (const char *table : {"accounts", "orders", "fills", "payments"})
            width = std::max(width, boxOf(window, QLatin1String(table))->boundingRect().width());
        const QMap<QString, QPointF> layout{{key("accounts"), QPointF(0, -700)}, {key("orders"), QPointF(0, 0)},
                                           {key("payments"), QPointF(width + 60, 0)}, {key("fills"), QPointF(2 * width + 120, 0)}};
        window.document()->undoStack()->push(new SetLayoutCommand(window.document(), layout, QStringLiteral("place")));
        const QList<EdgeItem *> edges = window.diagram()->scene()->edges();
        QVERIFY(edges.size() >= 2);
        for (const EdgeItem *edge : edges)
            for (const BoxItem *box : window.diagram()->scene()->boxes()) {
                if (box == edge->from() || box == edge->to())
                    continue;
                const QPolygonF route = edge->route();
                for (int i = 0; i + 1 < route.size(); ++i) {
                    const QRectF segment = QRectF(route.at(i), route.at(i + 1)).normalized().adjusted(-0.5, -0.5, 0.5, 0.5);
                    QVERIFY2(!segment.intersects(box->sceneBoundingRect()),
                             qPrintable(QStringLiteral("%1 -> %2 runs under %3").arg(edge->from()->box().name, edge->to()->box().name, box->box().name)));
                }
            }
    }

    // Referenced tables above their referrers; every box placed in one undo step.
    void arrangeLaysOutByForeignKeysInOneStep()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openProject(copyExample(dir)));
        const QString key = tableNamed(window, QStringLiteral("fills"))->layoutKey();
        window.document()->undoStack()->push(new SetLayoutCommand(window.document(), {{key, QPointF(-900, -900)}}, QStringLiteral("move")));
        window.diagram()->arrange();
        const QMap<QString, QPointF> layout = window.document()->project().layout;
        QCOMPARE(layout.size(), 3);
        const auto top = [&](const char *table) { return boxOf(window, QLatin1String(table))->sceneBoundingRect().top(); };
        const auto bottom = [&](const char *table) { return boxOf(window, QLatin1String(table))->sceneBoundingRect().bottom(); };
        QVERIFY(bottom("accounts") < top("orders"));
        QVERIFY(bottom("orders") < top("fills"));
        // No two boxes overlap.
        const QList<BoxItem *> boxes = window.diagram()->scene()->boxes();
        for (BoxItem *a : boxes)
            for (BoxItem *b : boxes)
                QVERIFY(a == b || !a->sceneBoundingRect().intersects(b->sceneBoundingRect()));
        window.document()->undoStack()->undo();
        QCOMPARE(window.document()->project().layout.size(), 1);
        QCOMPARE(boxOf(window, QStringLiteral("fills"))->pos(), QPointF(-900, -900));
    }

    void doubleClickAddsATableThereAndDeleteRemovesTheSelection()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openProject(copyExample(dir)));
        DiagramView *view = showFitted(window);
        QVERIFY(view);
        QUndoStack *undo = window.document()->undoStack();
        const int steps = undo->count();
        // Under every box, inside the margin the fit leaves: empty canvas.
        const QRectF drawn = window.diagram()->scene()->itemsBoundingRect();
        const QPoint at = view->mapFromScene(QPointF(drawn.left() + 10, drawn.bottom() + 30));
        QVERIFY(view->viewport()->rect().contains(at));
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(window.document()->project().tables.size(), 4);
        QCOMPARE(undo->count(), steps + 1);
        const Table added = window.document()->project().tables.last();
        BoxItem *box = window.diagram()->scene()->tableBox(added.id);
        QVERIFY(box);
        QVERIFY((box->pos() - view->mapToScene(at)).manhattanLength() < 2);
        QCOMPARE(window.tableEditor()->tableId(), added.id);

        // Select two boxes, press Delete: both go in one step.
        window.diagram()->scene()->clearSelection();
        box->setSelected(true);
        boxOf(window, QStringLiteral("fills"))->setSelected(true);
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Delete);
        QCOMPARE(window.document()->project().tables.size(), 2);
        undo->undo();
        QCOMPARE(window.document()->project().tables.size(), 4);
        undo->undo();
        QCOMPARE(window.document()->project().tables.size(), 3);
        QVERIFY(!window.document()->project().layout.contains(added.id));
    }

    void selectionFollowsTheListTheEditorAndFind()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openProject(copyExample(dir)));
        window.resize(1280, 900);  // the diagram's tool bar holds its find field (a narrow window folds it away)
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString orders = tableNamed(window, QStringLiteral("orders"))->id;
        const QString fills = tableNamed(window, QStringLiteral("fills"))->id;
        window.selectTable(orders);
        QVERIFY(boxOf(window, QStringLiteral("orders"))->isSelected());
        QCOMPARE(window.diagram()->scene()->selectedItems().size(), 1);
        // A click on a box: the list and the editor follow.
        window.diagram()->scene()->clearSelection();
        boxOf(window, QStringLiteral("fills"))->setSelected(true);
        QCOMPARE(window.tableEditor()->tableId(), fills);
        auto *list = window.findChild<QListView *>(QStringLiteral("tableList"));
        QCOMPARE(list->currentIndex().data(Qt::UserRole).toString(), fills);
        // Ctrl+F, a part of the name, Enter.
        QLineEdit *find = window.diagram()->findField();
        QAbstractItemModelTester tester(find->completer()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QApplication::setActiveWindow(&window);
        window.diagram()->view()->setFocus();
        QTest::keyClick(window.diagram()->view(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(find->hasFocus());
        QTest::keyClicks(find, QStringLiteral("ORD"));
        QTest::keyClick(find, Qt::Key_Return);
        QCOMPARE(window.tableEditor()->tableId(), orders);
        QVERIFY(boxOf(window, QStringLiteral("orders"))->isSelected());
        QVERIFY(!window.diagram()->findTable(QStringLiteral("nothing_like_it")));

        // A double-click on a box: its table in the editor, to type into.
        DiagramView *view = window.diagram()->view();
        view->zoomToFit();
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, onTitle(view, boxOf(window, QStringLiteral("fills"))));
        QCOMPARE(window.tableEditor()->tableId(), fills);
        QVERIFY(window.tableEditor()->isAncestorOf(QApplication::focusWidget()) || window.tableEditor()->hasFocus());
    }

    // The badge shows the derived history table, lighter, with the guide's columns.
    void theHistoryBadgeShowsTheHistoryTable()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openProject(copyExample(dir)));
        DiagramView *view = showFitted(window);
        QVERIFY(view);
        BoxItem *orders = boxOf(window, QStringLiteral("orders"));
        QVERIFY(!orders->historyItem());
        const QPoint badge = view->mapFromScene(orders->mapToScene(orders->badgeRect().center()));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, badge);
        QVERIFY(orders->historyItem());
        const DiagramBox history = orders->historyItem()->box();
        QCOMPARE(history.name, QStringLiteral("orders_history"));
        QCOMPARE(history.rows.first().name, QStringLiteral("history_id"));
        QCOMPARE(history.rows.size(), 3 + orders->box().rows.size());
        QVERIFY(orders->historyItem()->opacity() < 1);
        // A column added to the table shows in its history table too.
        Table before = *tableNamed(window, QStringLiteral("orders"));
        Table after = before;
        after.columns << Column{QStringLiteral("c-note"), QStringLiteral("note"), QStringLiteral("text"), true, std::nullopt, std::nullopt, {}, {}};
        window.document()->undoStack()->push(new EditTableCommand(window.document(), before, after, QStringLiteral("note")));
        QCOMPARE(orders->historyItem()->box().rows.last().name, QStringLiteral("note"));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, badge);
        QVERIFY(!orders->historyItem());
    }

    void viewsProblemsAndDriftMarksShowOnTheBoxes()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openProject(copyExample(dir)));
        SqlObject view{SqlObject::Kind::View, QStringLiteral("public"), QStringLiteral("open_orders")};
        view.definition = QStringLiteral("SELECT o.id, a.name FROM orders o JOIN accounts a ON a.id = o.account_id WHERE o.status = 'open'");
        SqlObject routine{SqlObject::Kind::Function, QStringLiteral("public"), QStringLiteral("open_count"), QStringLiteral("p_account bigint")};
        routine.definition = QStringLiteral("CREATE FUNCTION open_count(p_account bigint) RETURNS bigint LANGUAGE sql AS $$ SELECT count(*) FROM orders WHERE account_id = p_account $$");
        SqlObject trigger{SqlObject::Kind::Trigger, QStringLiteral("public"), QStringLiteral("fills_check")};
        trigger.table = QStringLiteral("fills");
        trigger.definition = QStringLiteral("CREATE TRIGGER fills_check BEFORE INSERT ON fills FOR EACH ROW EXECUTE FUNCTION check_fill()");
        window.document()->undoStack()->push(sqlObjectsCommand(window.document(), {view, routine, trigger}, QStringLiteral("objects")));
        DiagramScene *scene = window.diagram()->scene();
        // A function is a box of its own, its line to what its body reads; a trigger is said under its table.
        BoxItem *function = scene->box(QStringLiteral("public.open_count(p_account bigint)"));
        QVERIFY(function);
        QCOMPARE(function->box().title(), QStringLiteral("open_count(p_account bigint)"));
        const QList<EdgeItem *> edges = scene->edges();
        QVERIFY(std::any_of(edges.begin(), edges.end(), [&](const EdgeItem *e) { return e->from() == function && e->to()->box().name == QLatin1String("orders"); }));
        QVERIFY(boxOf(window, QStringLiteral("fills"))->box().footer.contains(QStringLiteral("trigger fills_check")));
        QVERIFY(!scene->box(QStringLiteral("public.fills_check")));
        BoxItem *box = scene->box(QStringLiteral("public.open_orders"));
        QVERIFY(box);
        QCOMPARE(box->box().kind, DiagramBox::Kind::View);
        QStringList reads;
        for (const EdgeItem *e : scene->edges())
            if (e->kind() == EdgeItem::Kind::Reads && e->from() == box)
                reads << e->to()->box().name;
        reads.sort();
        QCOMPARE(reads, (QStringList{"accounts", "orders"}));

        // A problem in a table: its box carries the warning.
        Table before = *tableNamed(window, QStringLiteral("fills"));
        Table after = before;
        after.columns[1].type = QStringLiteral("no_such_type");
        window.document()->undoStack()->push(new EditTableCommand(window.document(), before, after, QStringLiteral("bad type")));
        QTRY_VERIFY(!boxOf(window, QStringLiteral("fills"))->box().problems.isEmpty());
        QVERIFY(boxOf(window, QStringLiteral("orders"))->box().problems.isEmpty());
        window.document()->undoStack()->undo();
        QTRY_VERIFY(boxOf(window, QStringLiteral("fills"))->box().problems.isEmpty());

        // Drift colours: the box and its column; a click on it asks for its node.
        DiagramMarks marks;
        marks.tables.insert(QStringLiteral("public.orders"), QColor(0xf5, 0x7c, 0x00, 70));
        marks.columns[QStringLiteral("public.orders")].insert(QStringLiteral("status"), QColor(0xf5, 0x7c, 0x00, 70));
        scene->setMarks(marks);
        QVERIFY(boxOf(window, QStringLiteral("orders"))->isMarked());
        QVERIFY(!boxOf(window, QStringLiteral("fills"))->isMarked());
        DiagramView *canvas = showFitted(window);
        QVERIFY(canvas);
        QSignalSpy clicked(scene, &DiagramScene::markedTableClicked);
        QTest::mouseClick(canvas->viewport(), Qt::LeftButton, {}, onTitle(canvas, boxOf(window, QStringLiteral("orders"))));
        QCOMPARE(clicked.size(), 1);
        QCOMPARE(clicked.first().at(1).toString(), QStringLiteral("orders"));
        scene->setMarks({});
        QVERIFY(!boxOf(window, QStringLiteral("orders"))->isMarked());
    }

    // SVG with every table and column name as text; PNG an image; from the window and without one.
    void exportsHoldEveryName()
    {
        QTemporaryDir dir;
        const QString project = copyExample(dir);
        MainWindow window;
        QVERIFY(window.openProject(project));
        const QString svg = dir.filePath(QStringLiteral("schema.svg")), png = dir.filePath(QStringLiteral("schema.png"));
        QCOMPARE(window.diagram()->exportTo(svg), QString());
        QCOMPARE(window.diagram()->exportTo(png), QString());
        const QString text = test::readFile(svg);
        for (const Table &t : window.document()->project().tables) {
            QVERIFY2(text.contains(QStringLiteral(">%1</text>").arg(t.name)), qPrintable(t.name));
            for (const Column &c : t.columns)
                QVERIFY2(text.contains(QStringLiteral(">%1</text>").arg(c.name)), qPrintable(t.name + QLatin1Char('.') + c.name));
        }
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 300 && image.height() > 300);
        QVERIFY(window.diagram()->exportTo(dir.filePath(QStringLiteral("schema.pdf"))).contains(QStringLiteral(".svg or .png")));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("schema.pdf"))));

        // Headless, as a build script would.
        const QString app = qEnvironmentVariable("SW_APP");
        QVERIFY2(!app.isEmpty(), "SW_APP is set by CTest");
        const QString headless = dir.filePath(QStringLiteral("headless.svg"));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
        environment.remove(QStringLiteral("DISPLAY"));
        const test::ProcessResult run = test::runProcess(app, {QStringLiteral("--export-diagram"), headless, project}, {}, environment);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(test::readFile(headless).contains(QStringLiteral(">fills</text>")));
        const test::ProcessResult bad = test::runProcess(app, {QStringLiteral("--export-diagram"), headless, dir.filePath(QStringLiteral("none.json"))}, {}, environment);
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains(QStringLiteral("none.json")), qPrintable(bad.err));
    }
};

QTEST_MAIN(TestDiagram)
#include "tst_diagram.moc"
