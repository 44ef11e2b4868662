#include "sqlobjects/sqlobjectspanel.h"

#include "sql/sqlobjectsql.h"

#include "document/designcommands.h"
#include "sqlobjects/sqlobjecteditor.h"

#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sw::app {

namespace {

constexpr int kIndexRole = Qt::UserRole + 1;  // the object's place in the project's list

QString groupTitle(SqlObject::Kind kind)
{
    switch (kind) {
    case SqlObject::Kind::View: return SqlObjectsPanel::tr("Views");
    case SqlObject::Kind::MaterializedView: return SqlObjectsPanel::tr("Materialized views");
    case SqlObject::Kind::Function: return SqlObjectsPanel::tr("Functions");
    case SqlObject::Kind::Procedure: return SqlObjectsPanel::tr("Procedures");
    case SqlObject::Kind::Aggregate: return SqlObjectsPanel::tr("Aggregates");
    case SqlObject::Kind::Trigger: return SqlObjectsPanel::tr("Triggers");
    case SqlObject::Kind::Operator: return SqlObjectsPanel::tr("Operators");
    case SqlObject::Kind::OperatorFamily: return SqlObjectsPanel::tr("Operator families");
    case SqlObject::Kind::Rule: return SqlObjectsPanel::tr("Rules");
    case SqlObject::Kind::Cast: return SqlObjectsPanel::tr("Casts");
    case SqlObject::Kind::Index: return SqlObjectsPanel::tr("Indexes of materialized views");
    }
    return {};
}


} // namespace

SqlObjectsPanel::SqlObjectsPanel(DesignDocument *document, std::function<QString()> conninfo, QWidget *parent)
    : QWidget(parent), m_document(document), m_conninfo(std::move(conninfo)), m_tree(new QTreeWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(tr("Views, &functions and triggers"), this);
    title->setBuddy(m_tree);
    layout->addWidget(title);
    m_tree->setHeaderHidden(true);
    m_tree->setAccessibleName(tr("Views, functions and triggers"));
    layout->addWidget(m_tree);
    auto *buttons = new QHBoxLayout;
    auto *add = new QToolButton(this);
    add->setText(tr("New…"));
    add->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(add);
    for (SqlObject::Kind kind : {SqlObject::Kind::View, SqlObject::Kind::MaterializedView, SqlObject::Kind::Function, SqlObject::Kind::Procedure,
                                 SqlObject::Kind::Aggregate, SqlObject::Kind::Operator, SqlObject::Kind::OperatorFamily, SqlObject::Kind::Cast, SqlObject::Kind::Trigger,
                                 SqlObject::Kind::Rule, SqlObject::Kind::Index})
        menu->addAction(groupTitle(kind), this, [this, kind] { addObject(kind); });
    add->setMenu(menu);
    auto *remove = new QPushButton(tr("Remove"), this);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(remove, &QPushButton::clicked, this, &SqlObjectsPanel::removeSelected);
    auto *deleteKey = new QShortcut(QKeySequence::Delete, m_tree, nullptr, nullptr, Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, &SqlObjectsPanel::removeSelected);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item->data(0, kIndexRole).isValid())
            editObject(item->data(0, kIndexRole).toInt());
    });
    connect(m_document, &DesignDocument::changed, this, &SqlObjectsPanel::showObjects);
    connect(m_document, &DesignDocument::reloaded, this, &SqlObjectsPanel::showObjects);
    showObjects();
}

void SqlObjectsPanel::showObjects()
{
    m_tree->clear();
    const QList<SqlObject> &objects = m_document->project().sqlObjects;
    QHash<int, QTreeWidgetItem *> groups;
    for (int i = 0; i < objects.size(); ++i) {
        const SqlObject &o = objects.at(i);
        QTreeWidgetItem *&group = groups[int(o.kind)];
        if (!group) {
            group = new QTreeWidgetItem(m_tree, {groupTitle(o.kind)});
            group->setExpanded(true);
        }
        auto *item = new QTreeWidgetItem(group, {o.schema == QLatin1String("public") ? o.label() : o.schema + QLatin1Char('.') + o.label()});
        item->setData(0, kIndexRole, i);
        item->setToolTip(0, o.comment.isEmpty() ? o.title() : o.title() + QLatin1Char('\n') + o.comment);
    }
    m_tree->sortItems(0, Qt::AscendingOrder);
}

void SqlObjectsPanel::addObject(SqlObject::Kind kind)
{
    SqlObject o;
    o.kind = kind;
    o.definition = sql::skeleton(kind);
    edit(o, -1);
}

void SqlObjectsPanel::editObject(int index)
{
    edit(m_document->project().sqlObjects.value(index), index);
}

bool SqlObjectsPanel::edit(SqlObject object, int index)
{
    Project others = m_document->project();
    if (index >= 0)
        others.sqlObjects.removeAt(index);
    SqlObjectEditor editor(object, others, m_conninfo(), this);
    m_openEditor = &editor;
    emit editorOpened(&editor);
    const bool accepted = editor.exec() == QDialog::Accepted;
    m_openEditor = nullptr;
    if (!accepted || (index >= 0 && editor.object() == object))
        return false;
    QList<SqlObject> objects = m_document->project().sqlObjects;
    if (index >= 0)
        objects[index] = editor.object();
    else
        objects << editor.object();
    m_document->undoStack()->push(sqlObjectsCommand(m_document, objects, index >= 0 ? tr("Edit %1").arg(editor.object().title())
                                                                                               : tr("Add %1").arg(editor.object().title())));
    return true;
}

void SqlObjectsPanel::removeSelected()
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item || !item->data(0, kIndexRole).isValid())
        return;
    QList<SqlObject> objects = m_document->project().sqlObjects;
    const SqlObject removed = objects.takeAt(item->data(0, kIndexRole).toInt());
    m_document->undoStack()->push(sqlObjectsCommand(m_document, objects, tr("Remove %1").arg(removed.title())));
}

} // namespace sw::app
