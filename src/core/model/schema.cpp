#include "model/schema.h"

namespace sw {

const Column *Table::column(const QString &columnName) const
{
    for (const Column &c : columns)
        if (c.name == columnName)
            return &c;
    return nullptr;
}

const Table *Project::findTable(const QString &reference, const QString &fromSchema) const
{
    for (const Table &t : tables)
        if (t.schema == fromSchema && t.name == reference)
            return &t;
    const qsizetype dot = reference.indexOf(QLatin1Char('.'));
    if (dot > 0) {
        const QString schema = reference.left(dot);
        const QString name = reference.mid(dot + 1);
        for (const Table &t : tables)
            if (t.schema == schema && t.name == name)
                return &t;
    }
    return nullptr;
}

QStringList Project::schemas() const
{
    QStringList names;
    for (const Table &t : tables)
        if (!names.contains(t.schema))
            names << t.schema;
    if (names.isEmpty())
        names << QStringLiteral("public");
    names.sort();
    return names;
}

Project Project::baselineProject() const
{
    Project p;
    if (baseline)
        p.tables = baseline->tables;
    return p;
}

QString referentialActionSql(ReferentialAction action)
{
    switch (action) {
    case ReferentialAction::NoAction: return QStringLiteral("NO ACTION");
    case ReferentialAction::Restrict: return QStringLiteral("RESTRICT");
    case ReferentialAction::Cascade: return QStringLiteral("CASCADE");
    case ReferentialAction::SetNull: return QStringLiteral("SET NULL");
    case ReferentialAction::SetDefault: return QStringLiteral("SET DEFAULT");
    }
    return {};
}

} // namespace sw
