#pragma once
// A cell editor offering choices: column types (editable, for lengths),
// tables a foreign key can reference, referential actions.

#include <QStyledItemDelegate>

#include <functional>

namespace sw::app {

class ChoiceDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    // `choices` gets the cell being edited: choices may depend on its row.
    ChoiceDelegate(std::function<QStringList(const QModelIndex &)> choices, bool editable, QObject *parent = nullptr);
    // What a chosen value does, instead of setting it on the model.
    void setCommit(std::function<void(const QModelIndex &, const QString &)> commit) { m_commit = std::move(commit); }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    std::function<QStringList(const QModelIndex &)> m_choices;
    bool m_editable;
    std::function<void(const QModelIndex &, const QString &)> m_commit;
};

QStringList columnTypeChoices();

} // namespace sw::app
