#include "model/sqlobject.h"

namespace sw {

namespace {

const QList<QPair<SqlObject::Kind, const char *>> kKindNames = {
    {SqlObject::Kind::Function, "function"},   {SqlObject::Kind::Procedure, "procedure"},
    {SqlObject::Kind::Aggregate, "aggregate"}, {SqlObject::Kind::Operator, "operator"},
    {SqlObject::Kind::OperatorFamily, "operator_family"}, {SqlObject::Kind::Cast, "cast"}, {SqlObject::Kind::View, "view"},
    {SqlObject::Kind::MaterializedView, "materialized_view"}, {SqlObject::Kind::Index, "index"},
    {SqlObject::Kind::Trigger, "trigger"}, {SqlObject::Kind::Rule, "rule"},
};

} // namespace

QString SqlObject::key() const
{
    const QString qualified = schema + QLatin1Char('.') + name;
    return hasArguments() ? qualified + QLatin1Char('(') + arguments + QLatin1Char(')') : qualified;
}

QString SqlObject::identity() const
{
    return sqlObjectKindName(kind) + QLatin1Char(' ') + key() + (table.isEmpty() ? QString() : QStringLiteral(" on ") + table);
}

QString SqlObject::title() const
{
    if (table.isEmpty())
        return sqlObjectKindTitle(kind) + QLatin1Char(' ') + key();
    return sqlObjectKindTitle(kind) + QLatin1Char(' ') + name + QStringLiteral(" on ") + schema + QLatin1Char('.') + table;
}

QString SqlObject::label() const
{
    if (hasArguments())
        return name + QLatin1Char('(') + arguments + QLatin1Char(')');
    return table.isEmpty() ? name : name + QStringLiteral(" on ") + table;
}

QString sqlObjectKindName(SqlObject::Kind kind)
{
    for (const auto &[k, name] : kKindNames)
        if (k == kind)
            return QLatin1String(name);
    return {};
}

std::optional<SqlObject::Kind> sqlObjectKind(const QString &name)
{
    for (const auto &[k, n] : kKindNames)
        if (name == QLatin1String(n))
            return k;
    return std::nullopt;
}

QString sqlObjectKindTitle(SqlObject::Kind kind)
{
    return sqlObjectKindName(kind).replace(QLatin1Char('_'), QLatin1Char(' '));
}

} // namespace sw
