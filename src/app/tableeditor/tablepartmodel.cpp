#include "tableeditor/tablepartmodel.h"

#include "document/designcommands.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QPalette>

namespace sw::app {

TablePartModel::TablePartModel(DesignDocument *document, PartSpec spec, QObject *parent)
    : QAbstractTableModel(parent), m_document(document), m_spec(std::move(spec))
{
    connect(document, &DesignDocument::changed, this, &TablePartModel::documentChanged);
}

const Table *TablePartModel::table() const
{
    const int index = m_document->tableIndex(m_tableId);
    return index < 0 ? nullptr : &m_document->project().tables.at(index);
}

void TablePartModel::setTableId(const QString &tableId)
{
    beginResetModel();
    m_tableId = tableId;
    m_rows = table() ? m_spec.count(*table()) : 0;
    endResetModel();
}

// Same number of rows: repaint in place, so the current cell and selection stay.
void TablePartModel::documentChanged()
{
    const int rows = table() ? m_spec.count(*table()) : 0;
    if (rows != m_rows) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    } else if (rows > 0) {
        emit dataChanged(index(0, 0), index(rows - 1, columnCount() - 1));
    }
}

void TablePartModel::setProblems(const QList<Problem> &problems)
{
    m_problems = problems;
    if (m_rows > 0)
        emit dataChanged(index(0, 0), index(m_rows - 1, columnCount() - 1), {Qt::BackgroundRole, Qt::ToolTipRole, Qt::DecorationRole});
}

bool TablePartModel::isDerived(int row) const
{
    return m_spec.ownCount && table() && row >= m_spec.ownCount(*table());
}

QList<Problem> TablePartModel::problemsAt(int row) const
{
    QList<Problem> result;
    if (const Table *t = table())
        for (const Problem &p : m_problems)
            if (p.table == t->name && m_spec.concerns(p, *t, row))
                result << p;
    return result;
}

int TablePartModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int TablePartModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_spec.fields.size());
}

QVariant TablePartModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !table())
        return {};
    const PartField &field = m_spec.fields.at(index.column());
    const QVariant value = field.value(*table(), index.row());
    if (isDerived(index.row())) {
        switch (role) {
        case Qt::DisplayRole:
            return field.checkable ? QVariant() : value;
        case Qt::CheckStateRole:
            return field.checkable ? QVariant(value.toBool() ? Qt::Checked : Qt::Unchecked) : QVariant();
        case Qt::FontRole: {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        case Qt::ToolTipRole:
            return m_spec.derivedNote(*table(), index.row());
        default:
            return {};
        }
    }
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return field.checkable ? QVariant() : value;
    case Qt::CheckStateRole:
        return field.checkable ? QVariant(value.toBool() ? Qt::Checked : Qt::Unchecked) : QVariant();
    case Qt::BackgroundRole: {
        if (problemsAt(index.row()).isEmpty())
            return {};
        QColor warning(0xd3, 0x2f, 0x2f);
        warning.setAlpha(60);  // readable on light and dark palettes
        return QBrush(warning);
    }
    case Qt::ToolTipRole: {
        QStringList messages;
        for (const Problem &p : problemsAt(index.row()))
            messages << p.message;
        return messages.isEmpty() ? QVariant() : QVariant(messages.join(QLatin1Char('\n')));
    }
    default:
        return {};
    }
}

bool TablePartModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !table() || isDerived(index.row()))
        return false;
    const PartField &field = m_spec.fields.at(index.column());
    if ((field.checkable && role != Qt::CheckStateRole) || (!field.checkable && role != Qt::EditRole))
        return false;
    const QVariant newValue = field.checkable ? QVariant(value.toInt() == Qt::Checked) : value;
    if (newValue == field.value(*table(), index.row()))
        return false;
    Table after = *table();
    const QString text = field.apply(after, index.row(), newValue);
    if (text.isEmpty())
        return false;
    push(after, text, field.checkable ? QString() : QStringLiteral("%1/%2/%3").arg(m_spec.kind).arg(index.row()).arg(index.column()));
    return true;
}

Qt::ItemFlags TablePartModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Qt::ItemFlags base = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (isDerived(index.row()))
        return base;
    return m_spec.fields.at(index.column()).checkable ? base | Qt::ItemIsUserCheckable : base | Qt::ItemIsEditable;
}

QVariant TablePartModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return isDerived(section) ? QVariant(tr("derived")) : QVariant(section + 1);
    return section < m_spec.fields.size() ? QVariant(m_spec.fields.at(section).header) : QVariant();
}

void TablePartModel::push(const Table &after, const QString &text, const QString &mergeKey)
{
    m_document->undoStack()->push(new EditTableCommand(m_document, *table(), after, text, mergeKey));
}

int TablePartModel::addItem(int row)
{
    if (!table())
        return -1;
    Table after = *table();
    row = qBound(0, row, m_spec.ownCount ? m_spec.ownCount(after) : m_spec.count(after));
    m_spec.insertNew(after, row);
    push(after, tr("Add %1 %2 to %3").arg(m_spec.kind, m_spec.itemName(after, row), after.name));
    return row;
}

void TablePartModel::removeItem(int row)
{
    if (!table() || row < 0 || row >= m_rows || isDerived(row))
        return;
    Table after = *table();
    const QString name = m_spec.itemName(after, row);
    m_spec.remove(after, row);
    push(after, tr("Remove %1 %2 from %3").arg(m_spec.kind, name, after.name));
}

void TablePartModel::moveItem(int from, int to)
{
    if (!table() || from < 0 || from >= m_rows || to < 0 || to >= m_rows || from == to || isDerived(from) || isDerived(to))
        return;
    Table after = *table();
    const QString name = m_spec.itemName(after, from);
    m_spec.move(after, from, to);
    push(after, tr("Move %1 %2 in %3").arg(m_spec.kind, name, after.name));
}

} // namespace sw::app
