#include "identifiers.h"

#include <QSet>
#include <QStringList>

namespace sw {

namespace {

// SELECT word FROM pg_get_keywords() WHERE catcode <> 'U' on PostgreSQL 15:
// every keyword that quote_ident() quotes.
const QSet<QString> &reservedKeywords()
{
    static const QSet<QString> words = [] {
        const QStringList list = QStringLiteral(
            "all analyse analyze and any array as asc asymmetric authorization between bigint binary bit boolean both case cast char character check coalesce collate collation column concurrently constraint create cross current_catalog current_date current_role current_schema current_time current_timestamp current_user dec decimal default deferrable desc distinct do else end except exists extract false fetch float for foreign freeze from full grant greatest group grouping having ilike in initially inner inout int integer intersect interval into is isnull join lateral leading least left like limit localtime localtimestamp national natural nchar none normalize not notnull null nullif numeric offset on only or order out outer overlaps overlay placing position precision primary real references returning right row select session_user setof similar smallint some substring symmetric table tablesample then time timestamp to trailing treat trim true union unique user using values varchar variadic verbose when where window with xmlattributes xmlconcat xmlelement xmlexists xmlforest xmlnamespaces xmlparse xmlpi xmlroot xmlserialize xmltable").split(QLatin1Char(' '));
        return QSet<QString>(list.begin(), list.end());
    }();
    return words;
}

bool isPlainIdentifier(const QString &name)
{
    if (name.isEmpty())
        return false;
    const QChar first = name.front();
    if (!((first >= u'a' && first <= u'z') || first == u'_'))
        return false;
    for (QChar c : name)
        if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_'))
            return false;
    return true;
}

} // namespace

bool isReservedKeyword(const QString &lowerCaseWord)
{
    return reservedKeywords().contains(lowerCaseWord);
}

QString quoteIdentifier(const QString &name)
{
    if (isPlainIdentifier(name) && !isReservedKeyword(name))
        return name;
    QString quoted = name;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString qualifiedIdentifier(const QString &schema, const QString &name)
{
    if (schema.isEmpty() || schema == QLatin1String("public"))
        return quoteIdentifier(name);
    return schemaQualifiedIdentifier(schema, name);
}

QString schemaQualifiedIdentifier(const QString &schema, const QString &name)
{
    return quoteIdentifier(schema) + QLatin1Char('.') + quoteIdentifier(name);
}

QString identifierProblem(const QString &name)
{
    if (name.trimmed().isEmpty())
        return QStringLiteral("the name is empty");
    const qsizetype bytes = name.toUtf8().size();
    if (bytes > kMaxIdentifierBytes)
        return QStringLiteral("\"%1\" is %2 bytes long; PostgreSQL would cut it to %3 bytes")
            .arg(name).arg(bytes).arg(kMaxIdentifierBytes);
    for (QChar c : name)
        if (c.category() == QChar::Other_Control)
            return QStringLiteral("\"%1\" contains a control character").arg(name);
    if (name.contains(QLatin1String("$$")))
        return QStringLiteral("\"%1\" contains $$").arg(name);
    return {};
}

QString quoteLiteral(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

} // namespace sw
