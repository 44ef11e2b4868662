#include "drift/drifttreemodel.h"

#include "conventions.h"
#include "sql/tablesql.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QIcon>

namespace sw::app {

namespace {

NodeState stateOf(DriftState state)
{
    switch (state) {
    case DriftState::Missing: return NodeState::Missing;
    case DriftState::Unexpected: return NodeState::Unexpected;
    case DriftState::Different: return NodeState::Different;
    case DriftState::Inconsistent: return NodeState::Inconsistent;
    case DriftState::Information: return NodeState::InSync;  // a note, not a state
    }
    return NodeState::InSync;
}

QString tableKey(const QString &schema, const QString &table) { return schema + QLatin1Char('.') + table; }

// The group a drift item belongs under in its table.
QString groupOf(const DriftItem &item)
{
    static const QHash<QString, const char *> groups = {
        {"column", QT_TRANSLATE_NOOP("DriftTreeModel", "Columns")},          {"comment", QT_TRANSLATE_NOOP("DriftTreeModel", "Columns")},
        {"column order", QT_TRANSLATE_NOOP("DriftTreeModel", "Columns")},    {"index", QT_TRANSLATE_NOOP("DriftTreeModel", "Indexes")},
        {"primary key", QT_TRANSLATE_NOOP("DriftTreeModel", "Constraints")}, {"foreign key", QT_TRANSLATE_NOOP("DriftTreeModel", "Constraints")},
        {"check", QT_TRANSLATE_NOOP("DriftTreeModel", "Constraints")},       {"trigger", QT_TRANSLATE_NOOP("DriftTreeModel", "Triggers")},
        {"exclusion constraint", QT_TRANSLATE_NOOP("DriftTreeModel", "Constraints")},
        {"history table", QT_TRANSLATE_NOOP("DriftTreeModel", "History table")},
        {"history trigger function", QT_TRANSLATE_NOOP("DriftTreeModel", "Trigger function")},
    };
    return DriftTreeModel::tr(groups.value(item.category, QT_TRANSLATE_NOOP("DriftTreeModel", "Other")));
}

void addTableSkeleton(DriftNode *tableNode, const Table *expected, const Table *actual, const LiveSchema &live)
{
    for (const Table *t : {expected, actual}) {
        if (!t)
            continue;
        for (const Column &c : t->columns)
            tableNode->child(DriftTreeModel::tr("Columns"))->child(c.name);
        for (const sql::IndexDefinition &i : sql::indexDefinitions(*t))
            tableNode->child(DriftTreeModel::tr("Indexes"))->child(i.name);
        if (!t->primaryKey.isEmpty())
            tableNode->child(DriftTreeModel::tr("Constraints"))->child(conventions::primaryKeyName(*t));
        for (const ForeignKey &fk : t->foreignKeys)
            tableNode->child(DriftTreeModel::tr("Constraints"))->child(conventions::foreignKeyName(*t, fk));
        for (int i = 0; i < t->checks.size(); ++i)
            tableNode->child(DriftTreeModel::tr("Constraints"))->child(conventions::checkName(*t, i));
        for (const Exclusion &e : t->exclusions)
            tableNode->child(DriftTreeModel::tr("Constraints"))->child(e.name);
    }
    const QString table = tableNode->table;
    for (const LiveTrigger &trigger : live.triggersOn(tableNode->schema, table))
        tableNode->child(DriftTreeModel::tr("Triggers"))->child(trigger.name);
    if ((expected && expected->history) || (actual && actual->history)) {
        tableNode->child(DriftTreeModel::tr("History table"))->details << conventions::historyTableName(table);
        tableNode->child(DriftTreeModel::tr("Trigger function"))->details << conventions::historyFunctionName(table) + QStringLiteral("()");
    }
}

int countProblems(DriftNode *node)
{
    int below = 0;
    for (const auto &c : node->children)
        below += countProblems(c.get()) + (c->state != NodeState::InSync ? 1 : 0);
    node->problemsBelow = below;
    return below;
}

} // namespace

DriftNode *DriftNode::child(const QString &label)
{
    for (const auto &c : children)
        if (c->label == label)
            return c.get();
    auto made = std::make_unique<DriftNode>();
    made->label = label;
    made->schema = schema;
    made->table = table;
    made->parent = this;
    children.push_back(std::move(made));
    return children.back().get();
}

DriftTreeModel::DriftTreeModel(QObject *parent) : QAbstractItemModel(parent), m_root(std::make_unique<DriftNode>()) {}
DriftTreeModel::~DriftTreeModel() = default;

void DriftTreeModel::clear()
{
    beginResetModel();
    m_root = std::make_unique<DriftNode>();
    endResetModel();
}

// Schema › Views › order_summary: where a view, routine or trigger of either side goes.
DriftNode *DriftTreeModel::sqlObjectNode(DriftNode *database, const QString &schema, const QString &kindTitle, const QString &label)
{
    static const QHash<QString, const char *> groups = {
        {"view", QT_TR_NOOP("Views")}, {"materialized view", QT_TR_NOOP("Materialized views")}, {"function", QT_TR_NOOP("Functions")},
        {"procedure", QT_TR_NOOP("Procedures")}, {"aggregate", QT_TR_NOOP("Aggregates")}, {"index", QT_TR_NOOP("Indexes of materialized views")},
        {"trigger", QT_TR_NOOP("Triggers of the design")}};
    DriftNode *s = database->child(tr("Schema %1").arg(schema));
    s->schema = schema;
    return s->child(tr(groups.value(kindTitle, "Other")))->child(label);
}

DriftNode *DriftTreeModel::tableNode(const QString &schema, const QString &table)
{
    const QString key = tableKey(schema, table);
    if (!m_tables.contains(key)) {
        DriftNode *s = schemaNode(schema);
        DriftNode *t = s->child(table);
        t->schema = schema;
        t->table = table;
        m_tables.insert(key, t);
    }
    return m_tables.value(key);
}

DriftNode *DriftTreeModel::schemaNode(const QString &schema)
{
    DriftNode *s = m_database->child(tr("Schema %1").arg(schema));
    s->schema = schema;
    return s;
}

// Every object of either side, in step until an item says otherwise.
void DriftTreeModel::addSkeleton(const db::DriftReport &report)
{
    for (const Project *p : {&report.expected, &report.actual})
        for (const Table &t : p->tables)
            addTableSkeleton(tableNode(t.schema, t.name), report.expected.findTable(t.name, t.schema), report.actual.findTable(t.name, t.schema), report.live);
    for (const Project *p : {&report.expected, &report.actual}) {
        for (const TypeDefinition &t : p->types)
            schemaNode(t.schema)->child(tr("Types"))->child(t.name);
        for (const Extension &e : p->extensions)
            m_database->child(tr("Extensions"))->child(e.name);
        for (const Sequence &s : p->sequences)
            schemaNode(s.schema)->child(tr("Sequences"))->child(s.name);
        for (const SqlObject &o : p->sqlObjects)
            sqlObjectNode(m_database, o.schema, sqlObjectKindTitle(o.kind), o.label());
    }
}

// The node an item is about.
DriftNode *DriftTreeModel::itemNode(const DriftItem &item)
{
    if (!item.table.isEmpty()) {
        DriftNode *target = tableNode(item.schema.isEmpty() ? QStringLiteral("public") : item.schema, item.table);
        if (item.category != QLatin1String("table"))
            target = target->child(groupOf(item));
        return item.name.isEmpty() ? target : target->child(item.name);
    }
    if (item.category == QLatin1String("type") || item.category == QLatin1String("sequence"))
        return schemaNode(item.schema)->child(item.category == QLatin1String("type") ? tr("Types") : tr("Sequences"))->child(item.name);
    if (sqlObjectKind(QString(item.category).replace(QLatin1Char(' '), QLatin1Char('_')))) {
        DriftNode *target = sqlObjectNode(m_database, item.schema, item.category, item.name);
        if (item.finding.code == QLatin1String("sql-object-different")) {
            target->designDefinition = item.expected;
            target->databaseDefinition = item.actual;
        }
        return target;
    }
    if (item.category == QLatin1String("extension"))
        return m_database->child(tr("Extensions"))->child(item.name);
    if (item.category == QLatin1String("schema"))  // its comment
        return schemaNode(item.schema);
    return m_database->child(item.name.isEmpty() ? item.category : item.name);
}

void DriftTreeModel::addItem(const DriftItem &item)
{
    DriftNode *target = itemNode(item);
    if (item.state == DriftState::Information) {  // a note, not a state: nothing to fix
        target->details << tr("Note: %1").arg(item.finding.message);
        return;
    }
    // The worst news wins: missing or unexpected over different over inconsistent.
    const NodeState state = stateOf(item.state);
    if (target->state == NodeState::InSync || state < target->state)
        target->state = state;
    QString detail = item.finding.message;
    // Definitions are too long for a line: shown side by side instead (DriftWindow::showDetails).
    const bool definitions = item.finding.code.startsWith(QLatin1String("sql-object-")) && !item.finding.code.endsWith(QLatin1String("comment-different"));
    if ((!item.expected.isEmpty() || !item.actual.isEmpty()) && !definitions)
        detail += tr("\n  expected: %1\n  actual: %2").arg(item.expected.isEmpty() ? tr("(none)") : item.expected,
                                                           item.actual.isEmpty() ? tr("(none)") : item.actual);
    target->details << detail;
}

void DriftTreeModel::setReport(const db::DriftReport &report, const QString &databaseName)
{
    beginResetModel();
    m_root = std::make_unique<DriftNode>();
    m_database = m_root->child(tr("Database %1").arg(databaseName));
    m_tables.clear();
    addSkeleton(report);
    for (const DriftItem &item : report.items)
        addItem(item);
    m_database = nullptr;  // the tree is built
    m_tables.clear();
    countProblems(m_root.get());
    endResetModel();
}

DriftNode *DriftTreeModel::node(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<DriftNode *>(index.internalPointer()) : m_root.get();
}

QModelIndex DriftTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    DriftNode *p = node(parent);
    if (row < 0 || column < 0 || column >= 2 || row >= int(p->children.size()))
        return {};
    return createIndex(row, column, p->children.at(row).get());
}

QModelIndex DriftTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    DriftNode *p = node(child)->parent;
    if (!p || p == m_root.get())
        return {};
    const auto &siblings = p->parent->children;
    const auto it = std::find_if(siblings.begin(), siblings.end(), [&](const auto &c) { return c.get() == p; });
    return createIndex(int(it - siblings.begin()), 0, p);
}

int DriftTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(node(parent)->children.size());
}

int DriftTreeModel::columnCount(const QModelIndex &) const { return 2; }

QString DriftTreeModel::stateText(NodeState state)
{
    switch (state) {
    case NodeState::InSync: return tr("in step");
    case NodeState::Missing: return tr("missing in the database");
    case NodeState::Unexpected: return tr("not in the design");
    case NodeState::Different: return tr("different");
    case NodeState::Inconsistent: return tr("out of step");
    }
    return {};
}

QColor DriftTreeModel::stateColour(NodeState state)
{
    switch (state) {
    case NodeState::InSync: return {};
    case NodeState::Missing: return QColor(0xd3, 0x2f, 0x2f, 70);
    case NodeState::Unexpected: return QColor(0x19, 0x76, 0xd2, 70);
    case NodeState::Different: return QColor(0xf5, 0x7c, 0x00, 70);
    case NodeState::Inconsistent: return QColor(0x8e, 0x24, 0xaa, 70);
    }
    return {};
}

QList<const DriftNode *> DriftTreeModel::tableNodes() const
{
    QList<const DriftNode *> tables;
    QList<const DriftNode *> pending{m_root.get()};
    while (!pending.isEmpty()) {
        const DriftNode *n = pending.takeLast();
        if (!n->table.isEmpty() && n->parent && n->parent->table.isEmpty()) {
            tables << n;
            continue;
        }
        for (const auto &c : n->children)
            pending << c.get();
    }
    return tables;
}

namespace {

// The worst news at or below a node: missing or unexpected over different over out of step.
NodeState worstState(const DriftNode *n)
{
    NodeState worst = n->state;
    for (const auto &c : n->children) {
        const NodeState s = worstState(c.get());
        if (s != NodeState::InSync && (worst == NodeState::InSync || s < worst))
            worst = s;
    }
    return worst;
}

} // namespace

QHash<QString, NodeState> DriftTreeModel::tableStates() const
{
    QHash<QString, NodeState> states;
    for (const DriftNode *t : tableNodes())
        if (const NodeState s = worstState(t); s != NodeState::InSync)
            states.insert(tableKey(t->schema, t->table), s);
    return states;
}

QHash<QString, QHash<QString, NodeState>> DriftTreeModel::columnStates() const
{
    QHash<QString, QHash<QString, NodeState>> states;
    for (const DriftNode *t : tableNodes())
        for (const auto &group : t->children)
            if (group->label == tr("Columns"))
                for (const auto &c : group->children)
                    if (c->state != NodeState::InSync)
                        states[tableKey(t->schema, t->table)].insert(c->label, c->state);
    return states;
}

QModelIndex DriftTreeModel::tableIndex(const QString &schema, const QString &table) const
{
    for (const DriftNode *t : tableNodes()) {
        if (t->schema != schema || t->table != table)
            continue;
        const auto &siblings = t->parent->children;
        for (int row = 0; row < int(siblings.size()); ++row)
            if (siblings.at(row).get() == t)
                return createIndex(row, 0, const_cast<DriftNode *>(t));
    }
    return {};
}

QVariant DriftTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const DriftNode *n = node(index);
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == 0)
            return n->label;
        if (n->state != NodeState::InSync)
            return stateText(n->state);
        return n->problemsBelow > 0 ? tr("%n problem(s) below", nullptr, n->problemsBelow) : stateText(NodeState::InSync);
    case Qt::DecorationRole:
        if (index.column() != 0)
            return {};
        if (n->state == NodeState::InSync)
            return n->problemsBelow > 0 ? QIcon::fromTheme(QStringLiteral("dialog-warning"), QIcon(QStringLiteral(":/icons/warning.svg"))) : QVariant();
        return QIcon::fromTheme(QStringLiteral("dialog-error"), QIcon(QStringLiteral(":/icons/warning.svg")));
    case Qt::BackgroundRole:
        return n->state == NodeState::InSync ? QVariant() : QVariant(QBrush(stateColour(n->state)));
    case Qt::FontRole: {
        QFont font;
        font.setBold(n->hasProblem());
        return font;
    }
    case Qt::ToolTipRole:
        return n->details.isEmpty() ? QVariant() : QVariant(n->details.join(QStringLiteral("\n\n")));
    case StateRole:
        return int(n->state);
    case SchemaRole:
        return n->schema;
    case TableRole:
        return n->table;
    case ProblemsBelowRole:
        return n->problemsBelow;
    case DesignDefinitionRole:
        return n->designDefinition;
    case DatabaseDefinitionRole:
        return n->databaseDefinition;
    default:
        return {};
    }
}

QVariant DriftTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == 0 ? tr("Object") : tr("State");
}

} // namespace sw::app
