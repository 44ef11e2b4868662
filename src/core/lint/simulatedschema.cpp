#include "lint/simulatedschema.h"

#include "columntype.h"
#include "conventions.h"
#include "identifiers.h"

namespace sw {

using sql::DdlAction;

QString SimulatedSchema::key(const sql::ObjectName &name)
{
    return name.schema.isEmpty() || name.schema == QLatin1String("public") ? name.name : name.schema + QLatin1Char('.') + name.name;
}

SimulatedSchema SimulatedSchema::of(const Project &project)
{
    SimulatedSchema schema;
    for (const Table &t : project.tables) {
        QList<sql::ColumnDefinition> columns, history;
        for (const Column &c : t.columns) {
            const auto type = parseColumnType(c.type);
            const QString canonical = type ? type->canonical() : c.type;
            columns << sql::ColumnDefinition{c.name, canonical, !t.isNullable(c), c.defaultExpr.has_value()};
            history << sql::ColumnDefinition{c.name, type ? type->withoutSerial().canonical() : c.type};
        }
        schema.tables.insert(key({t.schema, t.name}), columns);
        if (t.history)
            schema.tables.insert(key({t.schema, conventions::historyTableName(t.name)}), history);
    }
    return schema;
}

const sql::ColumnDefinition *SimulatedSchema::column(const QString &table, const QString &column) const
{
    const auto it = tables.constFind(table);
    if (it == tables.cend())
        return nullptr;
    for (const sql::ColumnDefinition &c : *it)
        if (c.name == column)
            return &c;
    return nullptr;
}

void SimulatedSchema::apply(const DdlAction &action)
{
    const QString table = key(action.object);
    const auto columnsOf = [&]() -> QList<sql::ColumnDefinition> * {
        const auto it = tables.find(table);
        return it == tables.end() ? nullptr : &*it;
    };
    const auto find = [&](QList<sql::ColumnDefinition> *columns, const QString &name) {
        return std::find_if(columns->begin(), columns->end(), [&](const sql::ColumnDefinition &c) { return c.name == name; });
    };
    switch (action.kind) {
    case DdlAction::Kind::CreateTable:
        tables.insert(table, action.columns);
        break;
    case DdlAction::Kind::DropTable:
        tables.remove(table);
        break;
    case DdlAction::Kind::RenameTable: {
        const QList<sql::ColumnDefinition> columns = tables.take(table);
        tables.insert(key({action.object.schema, action.newName}), columns);
        break;
    }
    case DdlAction::Kind::AddColumn:
        if (auto *columns = columnsOf())
            *columns << action.definition;
        break;
    case DdlAction::Kind::DropColumn:
        if (auto *columns = columnsOf())
            columns->removeIf([&](const sql::ColumnDefinition &c) { return c.name == action.column; });
        break;
    case DdlAction::Kind::RenameColumn:
        if (auto *columns = columnsOf(); columns && find(columns, action.column) != columns->end())
            find(columns, action.column)->name = action.newName;
        break;
    case DdlAction::Kind::AlterColumnType:
        if (auto *columns = columnsOf(); columns && find(columns, action.column) != columns->end())
            find(columns, action.column)->type = action.definition.type;
        break;
    case DdlAction::Kind::SetNotNull:
    case DdlAction::Kind::DropNotNull:
        if (auto *columns = columnsOf(); columns && find(columns, action.column) != columns->end())
            find(columns, action.column)->notNull = action.kind == DdlAction::Kind::SetNotNull;
        break;
    case DdlAction::Kind::CreateFunction:
        functions.insert(key(action.object), action.body);
        break;
    case DdlAction::Kind::DropFunction:
        functions.remove(key(action.object));
        break;
    default:
        break;
    }
}

QString SimulatedSchema::mainTableOfHistory(const QString &table) const
{
    if (!table.endsWith(QLatin1String("_history")))
        return {};
    // Keys are "orders" or "billing.orders": the derived name is the part after the schema.
    const qsizetype dot = table.indexOf(QLatin1Char('.'));
    const QString schema = table.left(dot + 1), name = table.mid(dot + 1);
    if (const QString main = conventions::unshortenedMainTable(name); !main.isEmpty() && tables.contains(schema + main))
        return schema + main;
    if (name.toUtf8().size() < kMaxIdentifierBytes - 3)  // a shortened name: 60 to 63 bytes (a character is never cut in half)
        return {};
    const auto historyKey = [](const QString &key) {
        const qsizetype keyDot = key.indexOf(QLatin1Char('.'));
        return key.left(keyDot + 1) + conventions::historyTableName(key.mid(keyDot + 1));
    };
    for (auto it = tables.cbegin(); it != tables.cend(); ++it)
        if (historyKey(it.key()) == table)
            return it.key();
    return {};
}

} // namespace sw
