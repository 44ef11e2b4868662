// What the drift window's situations ask of the main window: apply or
// detect the revision in the migrations dock, export the design's change,
// or take the database's version into the design as one undoable step.

#include "mainwindow/mainwindow.h"

#include "diagram/diagrampanel.h"
#include "diagram/diagramscene.h"

#include "document/designcommands.h"
#include "drift/driftwindow.h"
#include "migrations/migrationspanel.h"

#include <QUndoStack>

namespace sw::app {

DriftWindow *MainWindow::openDriftWindow(const QString &conninfo)
{
    auto *window = new DriftWindow(m_document.project(), exportFolder(), conninfo, this);
    window->setAttribute(Qt::WA_DeleteOnClose);
    connectDriftActions(window);
    m_driftWindows << window;
    window->show();
    return window;
}

void MainWindow::connectDriftActions(DriftWindow *window)
{
    connect(window, &DriftWindow::applyRequested, this, [this](const QString &conninfo) {
        showMigrations(conninfo);
        m_migrations->run(Direction::Upgrade, QStringLiteral("head"));
    });
    connect(window, &DriftWindow::detectRevisionRequested, this, [this](const QString &conninfo) {
        showMigrations(conninfo);
        m_migrations->detectAndStamp();
    });
    connect(window, &DriftWindow::exportRequested, this, &MainWindow::exportMigration);
    // The next refresh compares with the design as it is then.
    connect(&m_document, &DesignDocument::changed, window, [this, window] { window->setDesign(m_document.project()); });
    connect(&m_document, &DesignDocument::reloaded, window, [this, window] { window->setDesign(m_document.project()); });
    connect(window, &DriftWindow::databaseVersionTaken, this, [this, window](const Project &database, const QStringList &schemas) {
        takeDatabaseVersion(database, schemas);
        window->refresh();
    });
    connect(window, &DriftWindow::columnOrderTaken, this, [this, window](const QList<ColumnOrder> &orders) {
        takeColumnOrders(orders);
        window->refresh();
    });
    connect(window, &DriftWindow::refreshed, this, [this, window] { showDriftOnDiagram(window); });
    // A widget says destroyed() before its guarded pointers clear: compare, not test for null.
    connect(window, &QObject::destroyed, this, [this, window] {
        if (!m_diagramDrift || m_diagramDrift == window)
            forgetDriftOnDiagram();
    });
}

// The diagram without drift colours, until a drift window shows a report again.
void MainWindow::forgetDriftOnDiagram()
{
    if (m_diagramDrift)
        disconnect(m_diagram->scene(), &DiagramScene::markedTableClicked, m_diagramDrift, nullptr);
    m_diagramDrift = nullptr;
    m_diagram->setMarks({});
}

// The diagram takes the colours of the drift tree; a click on a coloured box opens its node.
void MainWindow::showDriftOnDiagram(DriftWindow *window)
{
    if (m_diagramDrift != window) {
        if (m_diagramDrift)
            disconnect(m_diagram->scene(), &DiagramScene::markedTableClicked, m_diagramDrift, nullptr);
        m_diagramDrift = window;
        connect(m_diagram->scene(), &DiagramScene::markedTableClicked, window, &DriftWindow::showTable);
    }
    DiagramMarks marks;
    const QHash<QString, NodeState> tables = window->treeModel().tableStates();
    for (auto it = tables.begin(); it != tables.end(); ++it)
        marks.tables.insert(it.key(), DriftTreeModel::stateColour(it.value()));
    const QHash<QString, QHash<QString, NodeState>> columns = window->treeModel().columnStates();
    for (auto it = columns.begin(); it != columns.end(); ++it)
        for (auto c = it.value().begin(); c != it.value().end(); ++c)
            marks.columns[it.key()].insert(c.key(), DriftTreeModel::stateColour(c.value()));
    for (const NodeState state : {NodeState::Missing, NodeState::Unexpected, NodeState::Different, NodeState::Inconsistent})
        marks.legend << qMakePair(DriftTreeModel::stateColour(state), DriftTreeModel::stateText(state));
    marks.source = tr("Drift against database %1").arg(window->databaseName());
    m_diagram->setMarks(marks);
}

namespace {

// The design's columns in the database's order; a column only the design has
// stays after the column it follows in the design.
QList<Column> inOrder(const QList<Column> &columns, const QStringList &order)
{
    QList<Column> ordered;
    for (const QString &name : order)
        for (const Column &c : columns)
            if (c.name == name)
                ordered << c;
    for (int i = 0; i < columns.size(); ++i) {
        if (order.contains(columns.at(i).name))
            continue;
        int at = 0;
        for (int before = i - 1; before >= 0 && at == 0; --before)
            for (int j = 0; j < ordered.size(); ++j)
                if (ordered.at(j).name == columns.at(before).name)
                    at = j + 1;
        ordered.insert(at, columns.at(i));
    }
    return ordered;
}

} // namespace

// One undo step for every table whose columns the database orders otherwise.
void MainWindow::takeColumnOrders(const QList<ColumnOrder> &orders)
{
    QList<QPair<Table, Table>> changes;
    for (const ColumnOrder &order : orders)
        if (const Table *mine = m_document.project().findTable(order.table, order.schema)) {
            Table reordered = *mine;
            reordered.columns = inOrder(mine->columns, order.columns);
            if (!(reordered == *mine))
                changes << qMakePair(*mine, reordered);
        }
    if (changes.isEmpty())
        return;
    QUndoStack *stack = m_document.undoStack();
    stack->beginMacro(tr("Take the database's column order"));
    for (const auto &[mine, reordered] : std::as_const(changes))
        stack->push(new EditTableCommand(&m_document, mine, reordered, tr("Take the column order of %1 from the database").arg(mine.name)));
    stack->endMacro();
}

// Tables are paired by the design's ids (the import keeps them), else by name.
void MainWindow::takeDatabaseVersion(const Project &database, const QStringList &schemas)
{
    const auto pairOf = [this](const Table &t) -> const Table * {
        for (const Table &mine : m_document.project().tables)
            if ((!t.id.isEmpty() && mine.id == t.id) || (mine.schema == t.schema && mine.name == t.name))
                return &mine;
        return nullptr;
    };
    QUndoStack *stack = m_document.undoStack();
    stack->beginMacro(tr("Take the database's version"));
    if (database.types != m_document.project().types || database.extensions != m_document.project().extensions)
        stack->push(new SetTypesCommand(&m_document, database.types, database.extensions, tr("Take the database's types and extensions")));
    QStringList kept;
    for (Table table : database.tables) {
        if (const Table *mine = pairOf(table)) {
            table.id = mine->id;
            kept << table.id;
            if (!(*mine == table))
                stack->push(new EditTableCommand(&m_document, *mine, table, tr("Take %1 from the database").arg(table.name)));
        } else {
            if (table.id.isEmpty())
                table.id = newId(QStringLiteral("t"));
            kept << table.id;
            stack->push(new AddTableCommand(&m_document, table, int(m_document.project().tables.size())));
        }
    }
    const QList<Table> designed = m_document.project().tables;
    for (const Table &mine : designed)
        if (schemas.contains(mine.schema) && !kept.contains(mine.id))
            stack->push(new RemoveTableCommand(&m_document, mine.id));
    // Views, routines and triggers: the database's, in the schemas it was read in.
    QList<SqlObject> objects;
    for (const SqlObject &mine : m_document.project().sqlObjects)
        if (!schemas.contains(mine.schema))
            objects << mine;
    objects += database.sqlObjects;
    if (objects != m_document.project().sqlObjects)
        stack->push(sqlObjectsCommand(&m_document, objects, tr("Take the database's views, routines and triggers")));
    stack->endMacro();
}

} // namespace sw::app
