#include "sql/typesql.h"

#include "columntype.h"
#include "identifiers.h"

#include <QStringList>

namespace sw::sql {

namespace {

bool isDomain(const TypeDefinition &type)
{
    return type.kind == TypeDefinition::Kind::Domain;
}

QString typeSql(const QString &written)
{
    return parseColumnType(written).value_or(ColumnType{}).sql();
}

} // namespace

QString typeRef(const TypeDefinition &type)
{
    return qualifiedIdentifier(type.schema, type.name);
}

QString domainCheckClause(const Check &check)
{
    return QStringLiteral("CONSTRAINT %1 CHECK (%2)").arg(quoteIdentifier(check.name), check.expression);
}

QString createType(const TypeDefinition &type)
{
    switch (type.kind) {
    case TypeDefinition::Kind::Enum: {
        QStringList labels;
        for (const QString &v : type.values)
            labels << quoteLiteral(v);
        return QStringLiteral("CREATE TYPE %1 AS ENUM (%2);").arg(typeRef(type), labels.join(QStringLiteral(", ")));
    }
    case TypeDefinition::Kind::Domain: {
        QString statement = QStringLiteral("CREATE DOMAIN %1 AS %2").arg(typeRef(type), typeSql(type.base));
        if (type.defaultExpr)
            statement += QStringLiteral(" DEFAULT %1").arg(*type.defaultExpr);
        if (!type.nullable)
            statement += QStringLiteral(" NOT NULL");
        for (const Check &c : type.checks)
            statement += QLatin1Char(' ') + domainCheckClause(c);
        return statement + QLatin1Char(';');
    }
    case TypeDefinition::Kind::Composite: {
        QStringList attributes;
        for (const Column &a : type.attributes)
            attributes << quoteIdentifier(a.name) + QLatin1Char(' ') + typeSql(a.type);
        return QStringLiteral("CREATE TYPE %1 AS (%2);").arg(typeRef(type), attributes.join(QStringLiteral(", ")));
    }
    case TypeDefinition::Kind::Range:
        return QStringLiteral("CREATE TYPE %1 AS RANGE (%2);")
            .arg(typeRef(type), (QStringList{QStringLiteral("SUBTYPE = ") + typeSql(type.base)} + type.rangeOptions).join(QStringLiteral(", ")));
    }
    return {};
}

QString dropType(const TypeDefinition &type)
{
    return QStringLiteral("DROP %1 %2;").arg(isDomain(type) ? QStringLiteral("DOMAIN") : QStringLiteral("TYPE"), typeRef(type));
}

QString typeComment(const TypeDefinition &type, const QString &comment)
{
    return QStringLiteral("COMMENT ON %1 %2 IS %3;")
        .arg(isDomain(type) ? QStringLiteral("DOMAIN") : QStringLiteral("TYPE"), typeRef(type),
             comment.isEmpty() ? QStringLiteral("NULL") : quoteLiteral(comment));
}

// IF NOT EXISTS, as pg_dump writes it: an extension a superuser installed
// beforehand is the same extension.
QString createExtension(const Extension &extension)
{
    return QStringLiteral("CREATE EXTENSION IF NOT EXISTS %1 WITH SCHEMA %2;").arg(quoteIdentifier(extension.name), quoteIdentifier(extension.schema));
}

QString extensionComment(const Extension &extension)
{
    if (extension.comment)
        return QStringLiteral("COMMENT ON EXTENSION %1 IS %2;")
            .arg(quoteIdentifier(extension.name), extension.comment->isEmpty() ? QStringLiteral("NULL") : quoteLiteral(*extension.comment));
    // Only the server knows the comment its version of the extension comes with.
    return QStringLiteral("DO $$ DECLARE own text; BEGIN\n"
                          "    SELECT 'COMMENT ON EXTENSION ' || quote_ident(e.extname) || ' IS ' || quote_nullable(v.comment) INTO own\n"
                          "    FROM pg_extension e JOIN pg_available_extension_versions v ON v.name = e.extname AND v.version = e.extversion\n"
                          "    WHERE e.extname = %1;\n"
                          "    EXECUTE own;\n"
                          "END $$;")
        .arg(quoteLiteral(extension.name));
}

QString dropExtension(const Extension &extension)
{
    return QStringLiteral("DROP EXTENSION %1;").arg(quoteIdentifier(extension.name));
}

} // namespace sw::sql
