#include "tableeditor/tableeditor.h"

#include "ui_tableeditor.h"

#include "shared/choicedelegate.h"
#include "conventions.h"
#include "document/designcommands.h"
#include "diff/partitionmembership.h"
#include "tableeditor/tablepartspecs.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QShortcut>

namespace sw::app {

TableEditor::TableEditor(DesignDocument *document, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::TableEditor>()), m_document(document),
      m_columns(new TablePartModel(document, columnsSpec(), this)), m_indexes(new TablePartModel(document, indexesSpec(), this)),
      m_foreignKeys(new TablePartModel(document, foreignKeysSpec(), this)), m_checks(new TablePartModel(document, checksSpec(), this)),
      m_exclusions(new TablePartModel(document, exclusionsSpec(), this))
{
    m_ui->setupUi(this);
    // In a scroll area under the diagram: on a small screen every pixel of height counts.
    m_ui->layout->setContentsMargins(4, 2, 4, 2);
    m_ui->form->setVerticalSpacing(3);
    setUpGrids();
    setUpChoices();
    connectTableFields();
    connectRowButtons();
    connect(document, &DesignDocument::changed, this, &TableEditor::showTable);
    showTable();
}

void TableEditor::setUpGrids()
{
    const QList<QPair<QTableView *, TablePartModel *>> grids = {
        {m_ui->columns, m_columns}, {m_ui->indexes, m_indexes}, {m_ui->foreignKeys, m_foreignKeys}, {m_ui->checks, m_checks}, {m_ui->exclusions, m_exclusions}};
    for (const auto &[view, model] : grids) {
        view->setModel(model);
        view->horizontalHeader()->setStretchLastSection(true);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        // A click selects; double-click or F2 edits, so that typing and
        // Ctrl+Ins never land in a cell by accident.
        view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
        view->installEventFilter(this);
        // Never squeezed to its header alone: three rows stay in sight on a small screen.
        const int frame = 2 * view->frameWidth();
        view->setMinimumHeight(view->horizontalHeader()->sizeHint().height() + 3 * view->verticalHeader()->defaultSectionSize() + frame);
    }
}

// The choices offered in the grids' cells: types, methods, actions, tables and their columns.
void TableEditor::setUpChoices()
{
    auto *types = new ChoiceDelegate([this](const QModelIndex &) { return typeChoices(); }, true, this);
    types->setCommit([this](const QModelIndex &index, const QString &type) { setColumnType(index.row(), type); });
    m_ui->columns->setItemDelegateForColumn(1, types);
    m_ui->columns->setItemDelegateForColumn(8, new ChoiceDelegate([](const QModelIndex &) { return identityChoices(); }, false, this));
    m_ui->columns->setItemDelegateForColumn(11, new ChoiceDelegate([](const QModelIndex &) { return storageChoices(); }, false, this));
    m_ui->columns->setItemDelegateForColumn(12, new ChoiceDelegate([](const QModelIndex &) { return compressionChoices(); }, false, this));
    m_ui->indexes->setItemDelegateForColumn(3, new ChoiceDelegate([](const QModelIndex &) { return indexMethodChoices(); }, false, this));
    m_ui->indexes->setItemDelegateForColumn(8, new ChoiceDelegate([](const QModelIndex &) { return deferrableChoices(); }, false, this));
    m_ui->primaryKeyDeferrable->addItems(deferrableChoices());
    m_ui->foreignKeys->setItemDelegateForColumn(2, new ChoiceDelegate([this](const QModelIndex &) {
        QStringList names;
        for (const Table &t : m_document->project().tables)
            names << (t.schema == QLatin1String("public") ? t.name : t.qualifiedName());
        return names;
    }, true, this));
    // Key columns from this table, referenced columns from the table the key points to
    // (editable, for keys of several columns: "a, b").
    const auto columnsOf = [](const Table *t) {
        QStringList names;
        if (t)
            for (const Column &c : t->columns)
                names << c.name;
        return names;
    };
    m_ui->foreignKeys->setItemDelegateForColumn(1, new ChoiceDelegate([this, columnsOf](const QModelIndex &) { return columnsOf(table()); }, true, this));
    m_ui->foreignKeys->setItemDelegateForColumn(3, new ChoiceDelegate([this, columnsOf](const QModelIndex &index) {
        const Table *t = table();
        return columnsOf(t ? m_document->project().findTable(index.siblingAtColumn(2).data().toString(), t->schema) : nullptr);
    }, true, this));
    for (int column : {4, 5})
        m_ui->foreignKeys->setItemDelegateForColumn(column, new ChoiceDelegate([](const QModelIndex &) { return referentialActionNames(); }, false, this));
    m_ui->indexes->setItemDelegateForColumn(1, new ChoiceDelegate([this, columnsOf](const QModelIndex &) { return columnsOf(table()); }, true, this));
}

// Each field of the table an edit of its own, undoable.
void TableEditor::connectTableFields()
{
    connect(m_ui->name, &QLineEdit::textEdited, this, [this](const QString &text) {
        editField(QStringLiteral("name"), [&](Table &t) { t.name = text; }, tr("Rename table to %1").arg(text));
    });
    connect(m_ui->schema, &QLineEdit::textEdited, this, [this](const QString &text) {
        editField(QStringLiteral("schema"), [&](Table &t) { t.schema = text; }, tr("Move table to schema %1").arg(text));
    });
    connect(m_ui->schemaComment, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (const Table *t = table())
            m_document->undoStack()->push(schemaCommentCommand(m_document, t->schema, text));
    });
    connect(m_ui->comment, &QLineEdit::textEdited, this, [this](const QString &text) {
        editField(QStringLiteral("comment"), [&](Table &t) { t.comment = text; }, tr("Change comment of table"));
    });
    connect(m_ui->partitionBy, &QLineEdit::textEdited, this, [this](const QString &text) {
        editField(QStringLiteral("partition_by"), [&](Table &t) { t.partitionBy = text.trimmed(); }, tr("Partition table by %1").arg(text));
    });
    connect(m_ui->partitionOf, &QComboBox::currentTextChanged, this, &TableEditor::setPartitionOf);
    connect(m_ui->partitionBound, &QLineEdit::textEdited, this, [this](const QString &text) {
        editField(QStringLiteral("partition_bound"), [&](Table &t) { t.partitionBound = text.trimmed(); }, tr("Change partition bound"));
    });
    connect(m_ui->unlogged, &QCheckBox::clicked, this, [this](bool on) {
        editField({}, [&](Table &t) { t.unlogged = on; }, on ? tr("Make table unlogged") : tr("Make table logged"));
    });
    connect(m_ui->storageParameters, &QLineEdit::textEdited, this, [this](const QString &text) {
        editField(QStringLiteral("with"), [&](Table &t) {
            t.storageParameters.clear();
            for (const QString &parameter : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
                t.storageParameters << parameter.simplified().remove(QLatin1Char(' '));
        }, tr("Change storage parameters of table"));
    });
    connect(m_ui->primaryKeyComment, &QLineEdit::textEdited, this, [this](const QString &text) {
        editField(QStringLiteral("primary_key_comment"), [&](Table &t) { t.primaryKeyComment = text; }, tr("Change comment of primary key"));
    });
    connect(m_ui->primaryKeyDeferrable, &QComboBox::currentTextChanged, this, [this](const QString &text) {
        if (!m_showing)
            editField({}, [&](Table &t) { t.primaryKeyDeferrable = text; }, tr("Change when the primary key is checked"));
    });
    connect(m_ui->historyPerStatement, &QCheckBox::clicked, this, [this](bool on) {
        editField({}, [&](Table &t) { t.historyMode = on ? QStringLiteral("statement") : QString(), t.historyModeSet = true; },
                  on ? tr("Write history of table once per statement") : tr("Write history of table row by row"));
    });
    connect(m_ui->updatedAtTrigger, &QCheckBox::clicked, this, [this](bool on) {
        editField({}, [&](Table &t) { t.updatedAtTrigger = on; }, on ? tr("Set updated_at of table on update") : tr("Stop setting updated_at of table"));
    });
    connect(m_ui->history, &QCheckBox::clicked, this, [this](bool on) {
        editField({}, [&](Table &t) { t.history = on; }, on ? tr("Keep history of table") : tr("Stop keeping history of table"));
    });
}

// A table that becomes a partition takes its parent's columns and keeps no history of its own;
// one that stops being a partition keeps what a DETACH leaves it, and history by the conventions.
void TableEditor::setPartitionOf(const QString &text)
{
    if (m_showing)
        return;
    editField(QStringLiteral("partition_of"), [&](Table &t) {
        const Table *parent = t.isPartition() ? m_document->project().findTable(t.partitionOf, t.schema) : nullptr;
        if (parent && text.trimmed().isEmpty() && parent->exclusions.isEmpty()) {  // PostgreSQL 15 refuses those (and says so in the preview)
            t = detachedPartition(t, *parent);
            t.history = true;
            for (Column &c : t.columns)
                c.id = newId(QStringLiteral("c"));
        }
        t.partitionOf = text.trimmed();
        if (t.isPartition()) {
            // What the parent gives every partition goes from the partition's own list.
            if (const Table *newParent = m_document->project().findTable(t.partitionOf, t.schema); newParent && newParent->exclusions.isEmpty()) {
                const Table copies = detachedPartition(t, *newParent);
                const auto copied = [](const auto &list, const QString &name) {
                    return std::any_of(list.begin(), list.end(), [&](const auto &item) { return item.name == name; });
                };
                t.indexes.removeIf([&](const Index &i) { return copied(copies.indexes, conventions::indexName(t, i)); });
                t.foreignKeys.removeIf([&](const ForeignKey &fk) { return copied(copies.foreignKeys, conventions::foreignKeyName(t, fk)); });
                for (int i = int(t.checks.size()) - 1; i >= 0; --i)
                    if (copied(copies.checks, conventions::checkName(t, i)))
                        t.checks.removeAt(i);
            }
            t.history = false;
            t.columns.clear();
            t.primaryKey.clear();
            t.primaryKeyDeferrable.clear();
        }
    }, text.trimmed().isEmpty() ? tr("Make table no partition") : tr("Make table a partition of %1").arg(text));
}

void TableEditor::connectRowButtons()
{
    connect(m_ui->addRow, &QPushButton::clicked, this, &TableEditor::addRow);
    connect(m_ui->removeRow, &QPushButton::clicked, this, &TableEditor::removeRow);
    connect(m_ui->moveUp, &QPushButton::clicked, this, [this] { moveRow(-1); });
    connect(m_ui->moveDown, &QPushButton::clicked, this, [this] { moveRow(1); });
    // Keyboard: Ctrl+Ins adds, Ctrl+Del removes, Ctrl+Up/Down move the current row.
    m_ui->addRow->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Insert));
    m_ui->removeRow->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete));
    m_ui->moveUp->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up));
    m_ui->moveDown->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down));
}

TableEditor::~TableEditor() = default;

// The built-in types, then the design's own and its extensions', then the database's.
QStringList TableEditor::typeChoices() const
{
    const Project &design = m_document->project();
    QStringList choices = columnTypeChoices() + db::DatabaseTypes{design.types, design.extensions}.names() + m_databaseTypes.names();
    choices.removeDuplicates();
    return choices;
}

void TableEditor::setColumnType(int row, const QString &type)
{
    const Project &design = m_document->project();
    const QString written = type.trimmed();
    const QString base = written.section(QLatin1Char('['), 0, 0).section(QLatin1Char('('), 0, 0).trimmed();
    const auto fromDatabase = std::find_if(m_databaseTypes.types.begin(), m_databaseTypes.types.end(),
                                           [&](const TypeDefinition &t) { return t.reference() == base; });
    const auto extension = std::find_if(m_databaseTypes.extensions.begin(), m_databaseTypes.extensions.end(),
                                        [&](const Extension &e) { return e.providedTypes().contains(base); });
    const bool held = design.findType(written) || design.extensionProviding(written);
    QList<TypeDefinition> types = design.types;
    QList<Extension> extensions = design.extensions;
    if (!held && fromDatabase != m_databaseTypes.types.end())
        types << *fromDatabase;  // a domain over another of the database's types brings only itself: validation names the rest
    else if (!held && extension != m_databaseTypes.extensions.end())
        extensions << *extension;
    if (types == design.types && extensions == design.extensions) {
        m_columns->setData(m_columns->index(row, 1), written, Qt::EditRole);
        return;
    }
    m_document->undoStack()->beginMacro(tr("Use type %1 of the database").arg(written));
    m_document->undoStack()->push(new SetTypesCommand(m_document, types, extensions, tr("Take type %1 from the database").arg(base)));
    m_columns->setData(m_columns->index(row, 1), written, Qt::EditRole);
    m_document->undoStack()->endMacro();
}

const Table *TableEditor::table() const
{
    const int index = m_document->tableIndex(m_tableId);
    return index < 0 ? nullptr : &m_document->project().tables.at(index);
}

void TableEditor::setTableId(const QString &tableId)
{
    m_tableId = tableId;
    for (TablePartModel *model : {m_columns, m_indexes, m_foreignKeys, m_checks, m_exclusions})
        model->setTableId(tableId);
    showTable();
}

void TableEditor::setProblems(const QList<Problem> &problems)
{
    m_problems = problems;
    for (TablePartModel *model : {m_columns, m_indexes, m_foreignKeys, m_checks, m_exclusions})
        model->setProblems(problems);
    showTable();
}

// Fields show the table without fighting the user's cursor.
void TableEditor::showTable()
{
    const Table *t = table();
    setEnabled(t != nullptr);
    const auto show = [](QLineEdit *edit, const QString &text) {
        if (edit->text() != text)
            edit->setText(text);
    };
    show(m_ui->name, t ? t->name : QString());
    show(m_ui->schema, t ? t->schema : QString());
    show(m_ui->comment, t ? t->comment : QString());
    show(m_ui->schemaComment, t ? m_document->project().schemaComment(t->schema) : QString());
    show(m_ui->partitionBy, t ? t->partitionBy : QString());
    show(m_ui->partitionBound, t ? t->partitionBound : QString());
    show(m_ui->primaryKeyComment, t ? t->primaryKeyComment : QString());
    m_showing = true;
    QStringList parents{QString()};
    for (const Table &other : m_document->project().tables)
        if (!other.partitionBy.isEmpty() && (!t || other.id != t->id))
            parents << (t && other.schema == t->schema ? other.name : other.qualifiedName());
    QStringList shown;
    for (int i = 0; i < m_ui->partitionOf->count(); ++i)
        shown << m_ui->partitionOf->itemText(i);
    if (shown != parents) {
        m_ui->partitionOf->clear();
        m_ui->partitionOf->addItems(parents);
    }
    if (m_ui->partitionOf->currentText() != (t ? t->partitionOf : QString()))
        m_ui->partitionOf->setCurrentText(t ? t->partitionOf : QString());
    m_ui->primaryKeyDeferrable->setCurrentText(t ? t->primaryKeyDeferrable : QString());
    m_showing = false;
    m_ui->unlogged->setChecked(t && t->unlogged);
    if (!m_ui->storageParameters->hasFocus())
        show(m_ui->storageParameters, t ? t->storageParameters.join(QStringLiteral(", ")) : QString());
    m_ui->history->setChecked(t && t->history);
    m_ui->history->setEnabled(t && !t->isPartition());
    m_ui->updatedAtTrigger->setChecked(t && t->updatedAtTrigger && t->hasColumn(conventions::kUpdatedAtColumn));
    m_ui->updatedAtTrigger->setEnabled(t && t->hasColumn(conventions::kUpdatedAtColumn));
    m_ui->historyPerStatement->setChecked(t && t->historyPerStatement());
    m_ui->historyPerStatement->setEnabled(t && t->history);
    QStringList tableProblems, all;
    for (const Problem &p : m_problems)
        if (t && p.table == t->name) {
            all << p.message;
            if (p.column.isEmpty() && (p.message.contains(QStringLiteral("table name")) || p.code == QLatin1String("duplicate-name")))
                tableProblems << p.message;
        }
    m_ui->name->setToolTip(tableProblems.join(QLatin1Char('\n')));
    m_ui->name->setStyleSheet(tableProblems.isEmpty() ? QString() : QStringLiteral("QLineEdit { border: 2px solid #d32f2f; }"));
    m_ui->problems->setText(all.isEmpty() ? QString() : QStringLiteral("⚠ ") + all.join(QStringLiteral("\n⚠ ")));
}

void TableEditor::editField(const QString &field, const std::function<void(Table &)> &change, const QString &text)
{
    const Table *t = table();
    if (!t)
        return;
    Table after = *t;
    change(after);
    if (after == *t)
        return;
    m_document->undoStack()->push(new EditTableCommand(m_document, *t, after, text, field.isEmpty() ? QString() : QStringLiteral("table/") + field));
}

QTableView *TableEditor::currentView() const
{
    return m_ui->parts->currentWidget()->findChild<QTableView *>();
}

TablePartModel *TableEditor::currentModel() const
{
    return static_cast<TablePartModel *>(currentView()->model());
}

// A table view claims Ctrl+Ins as "copy" (QKeySequence::Copy on X11): the
// grid's own row shortcuts must win while a grid has the focus.
bool TableEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const QKeySequence pressed(key->modifiers() | key->key());
        for (const QPushButton *button : {m_ui->addRow, m_ui->removeRow, m_ui->moveUp, m_ui->moveDown})
            if (button->shortcut() == pressed)
                return true;  // not accepted: the shortcut map gets the key
    }
    return QWidget::eventFilter(watched, event);
}

void TableEditor::addRow()
{
    QTableView *view = currentView();
    if (!view)
        return;  // a tab without rows (Partitioning)
    const int row = view->currentIndex().isValid() ? view->currentIndex().row() + 1 : currentModel()->rowCount();
    const int at = currentModel()->addItem(row);
    if (at < 0)
        return;
    const QModelIndex added = currentModel()->index(at, 0);
    view->setCurrentIndex(added);
    if (added.flags() & Qt::ItemIsEditable)
        view->edit(added);
}

void TableEditor::removeRow()
{
    QTableView *view = currentView();
    if (view && view->currentIndex().isValid())
        currentModel()->removeItem(view->currentIndex().row());
}

void TableEditor::moveRow(int delta)
{
    QTableView *view = currentView();
    const QModelIndex current = view ? view->currentIndex() : QModelIndex();
    if (!current.isValid())
        return;
    currentModel()->moveItem(current.row(), current.row() + delta);
    view->setCurrentIndex(currentModel()->index(current.row() + delta, current.column()));
}

} // namespace sw::app
