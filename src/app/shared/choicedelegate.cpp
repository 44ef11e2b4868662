#include "shared/choicedelegate.h"

#include <QComboBox>

namespace sw::app {

QStringList columnTypeChoices()
{
    return {QStringLiteral("bigserial"), QStringLiteral("serial"), QStringLiteral("bigint"), QStringLiteral("integer"), QStringLiteral("smallint"),
            QStringLiteral("numeric(18,8)"), QStringLiteral("varchar(255)"), QStringLiteral("char(3)"), QStringLiteral("text"),
            QStringLiteral("boolean"), QStringLiteral("timestamptz"), QStringLiteral("timestamp"), QStringLiteral("date"), QStringLiteral("time"),
            QStringLiteral("interval"), QStringLiteral("uuid"), QStringLiteral("jsonb"), QStringLiteral("json"), QStringLiteral("bytea"),
            QStringLiteral("double precision"), QStringLiteral("real"), QStringLiteral("text[]"), QStringLiteral("inet"), QStringLiteral("money"),
            QStringLiteral("tsvector"), QStringLiteral("tstzrange"), QStringLiteral("timetz")};
}

ChoiceDelegate::ChoiceDelegate(std::function<QStringList(const QModelIndex &)> choices, bool editable, QObject *parent)
    : QStyledItemDelegate(parent), m_choices(std::move(choices)), m_editable(editable)
{
}

QWidget *ChoiceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    auto *combo = new QComboBox(parent);
    combo->setEditable(m_editable);
    combo->addItems(m_choices(index));
    return combo;
}

void ChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    const QString value = index.data(Qt::EditRole).toString();
    const int found = combo->findText(value);
    if (found >= 0)
        combo->setCurrentIndex(found);
    else if (m_editable)
        combo->setEditText(value);
}

void ChoiceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    const QString chosen = static_cast<QComboBox *>(editor)->currentText();
    if (m_commit)
        m_commit(index, chosen);
    else
        model->setData(index, chosen, Qt::EditRole);
}

} // namespace sw::app
