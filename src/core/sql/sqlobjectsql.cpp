#include "sql/sqlobjectsql.h"

#include "identifiers.h"
#include "sql/sqlreader.h"

#include <QRegularExpression>

namespace sw::sql {

namespace {

// Always with its schema: pg_catalog comes first in every search path, and
// shadows a public function of the same name (numeric_mul, …).
QString ref(const SqlObject &o) { return schemaQualifiedIdentifier(o.schema, o.name); }

// How DROP and COMMENT ON name the object: "VIEW s.v", "FUNCTION s.f(integer)", "TRIGGER t ON s.orders".
QString designator(const SqlObject &o)
{
    switch (o.kind) {
    case SqlObject::Kind::View: return QStringLiteral("VIEW ") + ref(o);
    case SqlObject::Kind::MaterializedView: return QStringLiteral("MATERIALIZED VIEW ") + ref(o);
    case SqlObject::Kind::Function: return QStringLiteral("FUNCTION %1(%2)").arg(ref(o), o.arguments);
    case SqlObject::Kind::Procedure: return QStringLiteral("PROCEDURE %1(%2)").arg(ref(o), o.arguments);
    case SqlObject::Kind::Aggregate: return QStringLiteral("AGGREGATE %1(%2)").arg(ref(o), o.arguments.isEmpty() ? QStringLiteral("*") : o.arguments);
    // An operator's name is its symbol, never quoted.
    case SqlObject::Kind::Operator: return QStringLiteral("OPERATOR %1.%2 (%3)").arg(quoteIdentifier(o.schema), o.name, o.arguments);
    case SqlObject::Kind::OperatorFamily: return QStringLiteral("OPERATOR FAMILY %1 USING %2").arg(ref(o), o.arguments);
    case SqlObject::Kind::Cast: return QStringLiteral("CAST (%1)").arg(o.name);
    case SqlObject::Kind::Rule: return QStringLiteral("RULE %1 ON %2").arg(quoteIdentifier(o.name), schemaQualifiedIdentifier(o.schema, o.table));
    case SqlObject::Kind::Index: return QStringLiteral("INDEX ") + ref(o);
    case SqlObject::Kind::Trigger: return QStringLiteral("TRIGGER %1 ON %2").arg(quoteIdentifier(o.name), schemaQualifiedIdentifier(o.schema, o.table));
    }
    return {};
}

} // namespace

QString createSqlObject(const SqlObject &o)
{
    QString sql;
    if (o.kind == SqlObject::Kind::View)
        sql = QStringLiteral("CREATE VIEW %1 AS\n%2;").arg(ref(o), o.definition);
    else if (o.kind == SqlObject::Kind::MaterializedView)
        sql = QStringLiteral("CREATE MATERIALIZED VIEW %1 AS\n%2\nWITH DATA;").arg(ref(o), o.definition);
    else
        sql = o.definition + QLatin1Char(';');
    if (!o.comment.isEmpty())
        sql += QLatin1Char('\n') + commentOnSqlObject(o, o.comment);
    return sql;
}

QString dropSqlObject(const SqlObject &o)
{
    return QStringLiteral("DROP %1;").arg(designator(o));
}

QString replaceRoutine(const SqlObject &o)
{
    static const QRegularExpression create(QStringLiteral("^\\s*CREATE\\s+(?!OR\\s+REPLACE\\b)"), QRegularExpression::CaseInsensitiveOption);
    QString definition = o.definition;
    definition.replace(create, QStringLiteral("CREATE OR REPLACE "));
    return definition + QLatin1Char(';');
}

QString replaceView(const SqlObject &view)
{
    return QStringLiteral("CREATE OR REPLACE VIEW %1 AS\n%2;").arg(ref(view), view.definition);
}

QList<QStringList> selectList(const QString &query)
{
    const QList<Token> tokens = tokenize(query);
    if (tokens.isEmpty() || !tokens.first().isWord("select"))
        return {};
    QList<QStringList> items{{}};
    int depth = 0;
    for (qsizetype i = 1; i < tokens.size(); ++i) {
        const Token &t = tokens.at(i);
        if (depth == 0 && (t.isWord("from") || t.isWord("where") || t.isWord("group") || t.isWord("union") || t.isSymbol(";")))
            break;
        depth += t.isSymbol("(") ? 1 : t.isSymbol(")") ? -1 : 0;
        if (depth == 0 && t.isSymbol(","))
            items.append(QStringList());
        else
            items.last() << QString::number(int(t.kind)) + QLatin1Char(':') + t.text;
    }
    return items.last().isEmpty() ? QList<QStringList>() : items;
}

QString commentOnSqlObject(const SqlObject &o, const QString &comment)
{
    return QStringLiteral("COMMENT ON %1 IS %2;").arg(designator(o), comment.isEmpty() ? QStringLiteral("NULL") : quoteLiteral(comment));
}

QString routineHeader(const QString &definition)
{
    static const QRegularExpression body(QStringLiteral("\\bAS\\s+(\\$|')|\\bBEGIN\\s+ATOMIC\\b|\\bRETURN\\b"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression orReplace(QStringLiteral("^\\s*CREATE\\s+OR\\s+REPLACE\\s+"), QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = body.match(definition);
    if (!match.hasMatch())
        return {};
    QString header = definition.left(match.capturedStart());
    header.replace(orReplace, QStringLiteral("CREATE "));
    return header.simplified();
}

QString skeleton(SqlObject::Kind kind)
{
    switch (kind) {
    case SqlObject::Kind::View:
    case SqlObject::Kind::MaterializedView: return QStringLiteral("SELECT ");
    case SqlObject::Kind::Function: return QStringLiteral("CREATE FUNCTION name() RETURNS integer\nLANGUAGE sql AS $$\n    SELECT 1\n$$");
    case SqlObject::Kind::Procedure: return QStringLiteral("CREATE PROCEDURE name()\nLANGUAGE sql AS $$\n$$");
    case SqlObject::Kind::Aggregate: return QStringLiteral("CREATE AGGREGATE name(numeric) (SFUNC = numeric_add, STYPE = numeric)");
    case SqlObject::Kind::Trigger: return QStringLiteral("CREATE TRIGGER name BEFORE UPDATE ON table FOR EACH ROW EXECUTE FUNCTION function()");
    case SqlObject::Kind::Index: return QStringLiteral("CREATE UNIQUE INDEX name ON materialized_view (column)");
    case SqlObject::Kind::Operator: return QStringLiteral("CREATE OPERATOR public.=== (FUNCTION = function, LEFTARG = integer, RIGHTARG = integer)");
    case SqlObject::Kind::OperatorFamily: return QStringLiteral("CREATE OPERATOR FAMILY name USING btree");
    case SqlObject::Kind::Rule: return QStringLiteral("CREATE RULE name AS ON DELETE TO table DO INSTEAD NOTHING");
    case SqlObject::Kind::Cast: return QStringLiteral("CREATE CAST (text AS type) WITH FUNCTION function(text) AS ASSIGNMENT");
    }
    return {};
}

} // namespace sw::sql
