#pragma once
// The drift report as a tree: database, schema, table, then the table's
// columns, indexes, constraints, triggers, history table and trigger
// function. Each node has a state; parents count the problems below them,
// so a problem deep in a table makes its path stand out while collapsed.

#include "driftanalysis.h"

#include <QAbstractItemModel>
#include <QColor>

#include <memory>
#include <vector>

namespace sw::app {

enum class NodeState { InSync, Missing, Unexpected, Different, Inconsistent };

struct DriftNode {
    QString label;
    QString schema;
    QString table;
    NodeState state = NodeState::InSync;
    QStringList details;     // expected vs actual, messages
    // A view's or routine's definition as the design and the database have it, shown side by side.
    QString designDefinition;
    QString databaseDefinition;
    int problemsBelow = 0;
    DriftNode *parent = nullptr;
    std::vector<std::unique_ptr<DriftNode>> children;

    DriftNode *child(const QString &label);   // found or made
    bool hasProblem() const { return state != NodeState::InSync || problemsBelow > 0; }
};

class DriftTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Role { StateRole = Qt::UserRole + 1, SchemaRole, TableRole, ProblemsBelowRole, DesignDefinitionRole, DatabaseDefinitionRole };

    explicit DriftTreeModel(QObject *parent = nullptr);
    ~DriftTreeModel() override;

    void setReport(const db::DriftReport &report, const QString &databaseName);
    void clear();
    int problemCount() const { return m_root->problemsBelow; }  // what the root shows

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString stateText(NodeState state);
    static QColor stateColour(NodeState state);  // invalid for InSync

    // For the diagram, by "schema.table": each table's worst news (its own or
    // below it), and its columns' states; tables and columns in step are left out.
    QHash<QString, NodeState> tableStates() const;
    QHash<QString, QHash<QString, NodeState>> columnStates() const;
    QModelIndex tableIndex(const QString &schema, const QString &table) const;

private:
    DriftNode *node(const QModelIndex &index) const;
    QList<const DriftNode *> tableNodes() const;
    DriftNode *sqlObjectNode(DriftNode *database, const QString &schema, const QString &kindTitle, const QString &label);
    // Building the tree from a report (setReport):
    DriftNode *tableNode(const QString &schema, const QString &table);
    DriftNode *schemaNode(const QString &schema);
    void addSkeleton(const db::DriftReport &report);
    DriftNode *itemNode(const DriftItem &item);
    void addItem(const DriftItem &item);

    std::unique_ptr<DriftNode> m_root;
    DriftNode *m_database = nullptr;           // while building
    QHash<QString, DriftNode *> m_tables;      // while building: by tableKey()
};

} // namespace sw::app
