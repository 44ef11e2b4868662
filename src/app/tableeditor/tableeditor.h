#pragma once
// The editor of the selected table: its name, schema, comment and history
// switch, and grids for its columns, indexes, foreign keys and checks.
// Problems show where they are: red cells with tooltips, and a summary line.

#include "databasetypes.h"
#include "document/designdocument.h"
#include "problem.h"
#include "tableeditor/tablepartmodel.h"

#include <QWidget>

#include <memory>

class QLineEdit;
class QTableView;

namespace Ui {
class TableEditor;
}

namespace sw::app {

class TableEditor : public QWidget {
    Q_OBJECT
public:
    explicit TableEditor(DesignDocument *document, QWidget *parent = nullptr);
    ~TableEditor() override;

    void setTableId(const QString &tableId);
    QString tableId() const { return m_tableId; }
    void setProblems(const QList<Problem> &problems);

    TablePartModel *columnsModel() const { return m_columns; }
    TablePartModel *indexesModel() const { return m_indexes; }
    TablePartModel *foreignKeysModel() const { return m_foreignKeys; }
    TablePartModel *checksModel() const { return m_checks; }
    TablePartModel *exclusionsModel() const { return m_exclusions; }
    // What the type column offers: built-in types, the design's, its extensions', the connected database's.
    QStringList typeChoices() const;
    void setDatabaseTypes(const db::DatabaseTypes &types) { m_databaseTypes = types; }
    // Sets a column's type; a type of the database the design does not hold
    // comes into the design (its definition, or its extension) in the same undo step.
    void setColumnType(int row, const QString &type);

    void addRow();
    void removeRow();
    void moveRow(int delta);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    const Table *table() const;
    void setUpGrids();
    void setUpChoices();
    void connectTableFields();
    void connectRowButtons();
    void setPartitionOf(const QString &text);
    void showTable();
    void editField(const QString &field, const std::function<void(Table &)> &change, const QString &text);
    QTableView *currentView() const;
    TablePartModel *currentModel() const;

    std::unique_ptr<Ui::TableEditor> m_ui;
    DesignDocument *m_document;
    QString m_tableId;
    bool m_showing = false;  // filling the fields: their signals are no edits
    TablePartModel *m_columns;
    TablePartModel *m_indexes;
    TablePartModel *m_foreignKeys;
    TablePartModel *m_checks;
    TablePartModel *m_exclusions;
    db::DatabaseTypes m_databaseTypes;
    QList<Problem> m_problems;
};

} // namespace sw::app
