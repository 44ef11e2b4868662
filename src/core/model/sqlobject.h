#pragma once
// A view, function or other object the design holds as SQL (the project's key
// "sql_objects"): what real databases keep around their tables. The history
// functions and triggers and the updated_at triggers of the conventions are
// derived from the tables and are never one.

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sw {

struct SqlObject {
    // In the order a migration creates them when nothing else decides.
    // A cast has no schema of its own: its name is "source AS target", as CREATE CAST says it.
    enum class Kind { Function, Procedure, Aggregate, Operator, OperatorFamily, Cast, View, MaterializedView, Index, Trigger, Rule };

    Kind kind = Kind::View;
    QString schema = QStringLiteral("public");
    QString name{};
    // A function's, procedure's or aggregate's argument types as PostgreSQL
    // prints them ("integer, text"), an operator's two ("NONE, integer" for a
    // prefix one), an operator family's index method ("gist"): with the name,
    // what tells overloads apart.
    QString arguments{};
    QString table{};        // a trigger's or rule's table or view; an index's materialized view
    // A view's or materialized view's query; the whole CREATE statement of any
    // other kind. Without a final semicolon.
    QString definition{};
    QString comment{};
    // "schema.name" of the tables and objects it reads ("schema.name(args)" for
    // a routine), as the catalog says; the definition's mentions count too.
    QStringList dependsOn{};
    QJsonObject unknownKeys{};

    bool operator==(const SqlObject &) const = default;

    bool isRoutine() const { return kind == Kind::Function || kind == Kind::Procedure || kind == Kind::Aggregate; }
    bool isRelation() const { return kind == Kind::View || kind == Kind::MaterializedView; }
    bool hasArguments() const { return isRoutine() || kind == Kind::Operator || kind == Kind::OperatorFamily; }
    bool isOnTable() const { return kind == Kind::Trigger || kind == Kind::Index || kind == Kind::Rule; }
    // How other objects name it in their dependsOn: "public.v", "public.f(integer)".
    QString key() const;
    // What makes it the same object in two designs: kind, key, and table.
    QString identity() const;
    // For messages: "view public.v", "trigger audit on public.orders".
    QString title() const;
    // Where its kind and schema are said already: "v", "f(integer)", "audit on orders".
    QString label() const;
};

QString sqlObjectKindName(SqlObject::Kind kind);                 // "materialized_view"
std::optional<SqlObject::Kind> sqlObjectKind(const QString &name);
QString sqlObjectKindTitle(SqlObject::Kind kind);                // "materialized view"

} // namespace sw
