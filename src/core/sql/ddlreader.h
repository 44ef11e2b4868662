#pragma once
// What a DDL statement does to tables, columns, functions and triggers,
// read from its tokens. Statements it does not follow become `Other`.

#include <QList>
#include <QString>
#include <QStringList>

namespace sw::sql {

struct ObjectName {
    QString schema;  // empty: as written without a schema
    QString name;
    bool operator==(const ObjectName &) const = default;
};

struct ColumnDefinition {
    QString name;
    QString type;        // canonical where Schemawright knows the type
    bool notNull = false;
    bool hasDefault = false;
    bool operator==(const ColumnDefinition &) const = default;
};

struct DdlAction {
    enum class Kind {
        CreateTable, DropTable, AddColumn, DropColumn, RenameColumn, RenameTable, AlterColumnType,
        SetNotNull, DropNotNull, CreateFunction, DropFunction, CreateTrigger, DropTrigger,
        EnableTrigger, DisableTrigger, Other,
    };
    Kind kind = Kind::Other;
    ObjectName object;                 // the table, function or trigger's table
    QString column;                    // column, trigger or new name as the kind needs
    QString newName;
    ColumnDefinition definition;       // AddColumn, AlterColumnType (type)
    QList<ColumnDefinition> columns;   // CreateTable
    QString body;                      // CreateFunction: the source between the dollar quotes
    int bodyLine = 0;                  // CreateFunction: 0-based line where the body starts
    QString timing;                    // CreateTrigger: before / after / instead of
    QStringList events;                // CreateTrigger: insert / update / delete / truncate
    ObjectName function;               // CreateTrigger: the function it executes
    int line = 0;                      // 0-based within the SQL given to readDdl
};

QList<DdlAction> readDdl(const QString &sql);

} // namespace sw::sql
