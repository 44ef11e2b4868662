#include "model/schema.h"

#include "identifiers.h"

#include "columntype.h"

#include <QHash>
#include <QJsonDocument>

namespace sw {

QString MergeConflict::shown(const QJsonValue &v)
{
    if (v.isUndefined())
        return QStringLiteral("(removed)");
    if (v.isString())
        return QLatin1Char('"') + v.toString() + QLatin1Char('"');
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

QString MergeConflict::text() const
{
    return QStringLiteral("%1: ours %2, theirs %3").arg(where, shown(ours), shown(theirs));
}

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
    for (const TypeDefinition &t : types)
        if (!names.contains(t.schema))
            names << t.schema;
    for (const Sequence &s : sequences)
        if (!names.contains(s.schema))
            names << s.schema;
    for (const SqlObject &o : sqlObjects)
        if (!names.contains(o.schema))
            names << o.schema;
    for (const QString &schema : schemaComments.keys())
        if (!names.contains(schema))
            names << schema;
    if (names.isEmpty())
        names << QStringLiteral("public");
    names.sort();
    return names;
}

TableIndex::TableIndex(const Project &project)
{
    for (const Table &t : project.tables)
        if (const QString key = t.schema + QLatin1Char('.') + t.name; !m_tables.contains(key))
            m_tables.insert(key, &t);  // the first of twins, as findTable
}

const Table *TableIndex::find(const QString &reference, const QString &fromSchema) const
{
    if (const Table *t = m_tables.value(fromSchema + QLatin1Char('.') + reference))
        return t;
    return reference.indexOf(QLatin1Char('.')) > 0 ? m_tables.value(reference) : nullptr;
}

QString Project::schemaComment(const QString &schema) const
{
    if (schemaComments.contains(schema))
        return schemaComments.value(schema);
    return schema == QLatin1String("public") ? QStringLiteral("standard public schema") : QString();  // as initdb leaves it
}

Project Project::baselineProject() const
{
    Project p;
    if (baseline) {
        p.tables = baseline->tables;
        p.types = baseline->types;
        p.extensions = baseline->extensions;
        p.sequences = baseline->sequences;
        p.schemaComments = baseline->schemaComments;
        p.sqlObjects = baseline->sqlObjects;
    }
    return p;
}

namespace {

// The name a column type gives its base type, as the design's types are
// referred to: "mood" for public.mood, "sales.mood" otherwise.
QString userTypeName(const QString &columnType)
{
    const auto type = parseColumnType(columnType);
    return type && type->userDefined ? type->base : QString();
}

} // namespace

const TypeDefinition *Project::findType(const QString &columnType) const
{
    const QString name = userTypeName(columnType);
    if (name.isEmpty())
        return nullptr;
    for (const TypeDefinition &t : types) {
        // "StepRunStatus" in a column is the type StepRunStatus: its name as SQL must write it.
        const QString quoted = t.schema == QLatin1String("public") ? quoteIdentifier(t.name) : qualifiedIdentifier(t.schema, t.name);
        if (t.reference() == name || quoted == name)
            return &t;
    }
    return nullptr;
}

const Table *Project::rowTypeTable(const QString &columnType) const
{
    const QString name = userTypeName(columnType);
    if (name.isEmpty())
        return nullptr;
    for (const Table &t : tables) {
        const bool unqualified = t.schema == QLatin1String("public") && (t.name == name || quoteIdentifier(t.name) == name);
        if (unqualified || t.qualifiedName() == name || qualifiedIdentifier(t.schema, t.name) == name)
            return &t;
    }
    return nullptr;
}

const Extension *Project::extensionProviding(const QString &columnType) const
{
    const QString name = userTypeName(columnType);
    for (const Extension &e : extensions)
        if (!name.isEmpty() && e.providedTypes().contains(name))
            return &e;
    return nullptr;
}

QStringList Extension::providedTypes() const
{
    // The types of the extensions shipped with PostgreSQL (and PostGIS) that
    // columns use, so that a hand-written design need only name the extension.
    static const QHash<QString, QStringList> known = {
        {"citext", {"citext"}},
        {"hstore", {"hstore"}},
        {"ltree", {"ltree", "lquery", "ltxtquery"}},
        {"cube", {"cube"}},
        {"seg", {"seg"}},
        {"isn", {"ean13", "isbn", "isbn13", "ismn", "ismn13", "issn", "issn13", "upc"}},
        {"postgis", {"geometry", "geography", "box2d", "box3d"}},
    };
    QStringList all = known.value(name);
    for (const QString &t : types)
        if (!all.contains(t))
            all << t;
    if (schema != QLatin1String("public"))
        for (QString &t : all)
            if (!t.contains(QLatin1Char('.')))
                t = schema + QLatin1Char('.') + t;
    return all;
}

QString typeKindName(TypeDefinition::Kind kind)
{
    switch (kind) {
    case TypeDefinition::Kind::Enum: return QStringLiteral("enum");
    case TypeDefinition::Kind::Domain: return QStringLiteral("domain");
    case TypeDefinition::Kind::Composite: return QStringLiteral("composite");
    case TypeDefinition::Kind::Range: return QStringLiteral("range");
    }
    return {};
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
