#include "columntype.h"

#include <QHash>
#include <QRegularExpression>

namespace sw {

namespace {

// Precision1: a fractional seconds precision, 0 to 6 (timestamp(0) is common); the others start at 1.
enum class Modifiers { None, Optional1, Required1, Optional2, Precision1 };

struct TypeRule {
    QString canonical;
    Modifiers modifiers;
};

// Built into PostgreSQL 15 and common in real schemas, the system's identifier and
// reference types among them.
QHash<QString, TypeRule> realSchemaTypeRules()
{
    return {
        {"timetz", {"timetz", Modifiers::Precision1}},
        {"time with time zone", {"timetz", Modifiers::Precision1}},
        {"money", {"money", Modifiers::None}},
        {"inet", {"inet", Modifiers::None}},
        {"cidr", {"cidr", Modifiers::None}},
        {"macaddr", {"macaddr", Modifiers::None}},
        {"macaddr8", {"macaddr8", Modifiers::None}},
        {"bit", {"bit", Modifiers::Optional1}},
        {"varbit", {"varbit", Modifiers::Optional1}},
        {"bit varying", {"varbit", Modifiers::Optional1}},
        {"tsvector", {"tsvector", Modifiers::None}},
        {"tsquery", {"tsquery", Modifiers::None}},
        {"xml", {"xml", Modifiers::None}},
        {"point", {"point", Modifiers::None}},
        {"line", {"line", Modifiers::None}},
        {"lseg", {"lseg", Modifiers::None}},
        {"box", {"box", Modifiers::None}},
        {"path", {"path", Modifiers::None}},
        {"polygon", {"polygon", Modifiers::None}},
        {"circle", {"circle", Modifiers::None}},
        {"int4range", {"int4range", Modifiers::None}},
        {"int8range", {"int8range", Modifiers::None}},
        {"numrange", {"numrange", Modifiers::None}},
        {"tsrange", {"tsrange", Modifiers::None}},
        {"tstzrange", {"tstzrange", Modifiers::None}},
        {"daterange", {"daterange", Modifiers::None}},
        {"int4multirange", {"int4multirange", Modifiers::None}},
        {"int8multirange", {"int8multirange", Modifiers::None}},
        {"nummultirange", {"nummultirange", Modifiers::None}},
        {"tsmultirange", {"tsmultirange", Modifiers::None}},
        {"tstzmultirange", {"tstzmultirange", Modifiers::None}},
        {"datemultirange", {"datemultirange", Modifiers::None}},
        {"pg_lsn", {"pg_lsn", Modifiers::None}},
        {"oid", {"oid", Modifiers::None}},
        {"regclass", {"regclass", Modifiers::None}},
        {"regtype", {"regtype", Modifiers::None}},
        {"regproc", {"regproc", Modifiers::None}},
        {"regprocedure", {"regprocedure", Modifiers::None}},
        {"regoper", {"regoper", Modifiers::None}},
        {"regoperator", {"regoperator", Modifiers::None}},
        {"regconfig", {"regconfig", Modifiers::None}},
        {"regdictionary", {"regdictionary", Modifiers::None}},
        {"regnamespace", {"regnamespace", Modifiers::None}},
        {"regrole", {"regrole", Modifiers::None}},
        {"regcollation", {"regcollation", Modifiers::None}},
        {"name", {"name", Modifiers::None}},
        {"xid", {"xid", Modifiers::None}},
        {"xid8", {"xid8", Modifiers::None}},
        {"cid", {"cid", Modifiers::None}},
        {"tid", {"tid", Modifiers::None}},
        {"jsonpath", {"jsonpath", Modifiers::None}},
        {"txid_snapshot", {"txid_snapshot", Modifiers::None}},
        {"pg_snapshot", {"pg_snapshot", Modifiers::None}},
        {"refcursor", {"refcursor", Modifiers::None}},
    };
}

// Every spelling the project format accepts, mapped to its canonical name.
const QHash<QString, TypeRule> &typeRules()
{
    static const QHash<QString, TypeRule> rules = [] {
    QHash<QString, TypeRule> all = {
        {"bigserial", {"bigserial", Modifiers::None}},
        {"serial8", {"bigserial", Modifiers::None}},
        {"serial", {"serial", Modifiers::None}},
        {"serial4", {"serial", Modifiers::None}},
        {"smallserial", {"smallserial", Modifiers::None}},
        {"serial2", {"smallserial", Modifiers::None}},
        {"bigint", {"bigint", Modifiers::None}},
        {"int8", {"bigint", Modifiers::None}},
        {"integer", {"integer", Modifiers::None}},
        {"int", {"integer", Modifiers::None}},
        {"int4", {"integer", Modifiers::None}},
        {"smallint", {"smallint", Modifiers::None}},
        {"int2", {"smallint", Modifiers::None}},
        {"numeric", {"numeric", Modifiers::Optional2}},
        {"decimal", {"numeric", Modifiers::Optional2}},
        {"varchar", {"varchar", Modifiers::Optional1}},
        {"character varying", {"varchar", Modifiers::Optional1}},
        {"char", {"char", Modifiers::Optional1}},
        {"character", {"char", Modifiers::Optional1}},
        {"bpchar", {"char", Modifiers::Optional1}},
        {"text", {"text", Modifiers::None}},
        {"boolean", {"boolean", Modifiers::None}},
        {"bool", {"boolean", Modifiers::None}},
        {"timestamptz", {"timestamptz", Modifiers::Precision1}},
        {"timestamp with time zone", {"timestamptz", Modifiers::Precision1}},
        {"timestamp", {"timestamp", Modifiers::Precision1}},
        {"timestamp without time zone", {"timestamp", Modifiers::Precision1}},
        {"date", {"date", Modifiers::None}},
        {"time", {"time", Modifiers::Precision1}},
        {"time without time zone", {"time", Modifiers::Precision1}},
        {"interval", {"interval", Modifiers::Precision1}},
        {"uuid", {"uuid", Modifiers::None}},
        {"jsonb", {"jsonb", Modifiers::None}},
        {"json", {"json", Modifiers::None}},
        {"bytea", {"bytea", Modifiers::None}},
        {"double precision", {"double precision", Modifiers::None}},
        {"float8", {"double precision", Modifiers::None}},
        {"real", {"real", Modifiers::None}},
        {"float4", {"real", Modifiers::None}},
    };
    all.insert(realSchemaTypeRules());
    return all;
    }();
    return rules;
}

// "timestamp(3) with time zone" is how PostgreSQL writes a precision on these.
QString moveInnerModifier(const QString &text, QString *modifiers)
{
    static const QRegularExpression inner(
        QStringLiteral("^(timestamp|time)\\s*(\\(\\s*\\d+\\s*\\))\\s+(with|without) time zone$"));
    const QRegularExpressionMatch m = inner.match(text);
    if (!m.hasMatch())
        return text;
    *modifiers = m.captured(2);
    return m.captured(1) + QLatin1Char(' ') + m.captured(3) + QStringLiteral(" time zone");
}

bool fail(QString *problem, const QString &why)
{
    if (problem)
        *problem = why;
    return false;
}

bool checkModifiers(const QString &original, const QString &modifiers, Modifiers rule, QString *problem)
{
    if (modifiers.isEmpty())
        return rule != Modifiers::Required1 || fail(problem, QStringLiteral("type \"%1\" needs a length").arg(original));
    if (rule == Modifiers::None)
        return fail(problem, QStringLiteral("type \"%1\" takes no length or precision").arg(original));
    const QStringList parts = modifiers.mid(1, modifiers.size() - 2).split(QLatin1Char(','));
    const int maxParts = rule == Modifiers::Optional2 ? 2 : 1;
    const int least = rule == Modifiers::Precision1 ? 0 : 1;
    if (parts.size() > maxParts)
        return fail(problem, QStringLiteral("type \"%1\" takes at most %2 number(s) in parentheses").arg(original).arg(maxParts));
    for (const QString &p : parts) {
        bool ok = false;
        const int value = p.trimmed().toInt(&ok);
        if (!ok || value < 0 || (value < least && &p == &parts.front()) || (rule == Modifiers::Precision1 && value > 6))
            return fail(problem, QStringLiteral("type \"%1\" has an invalid length or precision \"%2\"").arg(original, p.trimmed()));
    }
    return true;
}

// An identifier as PostgreSQL reads it: folded to lower case unless quoted.
const QString kIdentifier = QStringLiteral(R"((?:[A-Za-z_][A-Za-z0-9_$]*|"(?:[^"]|"")+"))");

QString foldIdentifier(const QString &identifier)
{
    return identifier.startsWith(QLatin1Char('"')) ? identifier : identifier.toLower();
}

// "mood", "sales.mood", "geometry(Point, 4326)", each with [] for arrays.
std::optional<ColumnType> parseUserType(const QString &text, QString *problem)
{
    static const QRegularExpression form(QStringLiteral(R"(^(?:(%1)\s*\.\s*)?(%1)\s*(\([^()]*\))?((?:\s*\[\s*\])*)$)").arg(kIdentifier));
    const QRegularExpressionMatch m = form.match(text.simplified());
    const QString name = m.hasMatch() ? foldIdentifier(m.captured(2)) : QString();
    if (!m.hasMatch() || typeRules().contains(name) || name == QLatin1String("double") || name == QLatin1String("character")) {
        fail(problem, QStringLiteral("unknown type \"%1\"").arg(text));
        return std::nullopt;
    }
    ColumnType type;
    type.userDefined = true;
    const QString schema = foldIdentifier(m.captured(1));
    type.base = schema.isEmpty() || schema == QLatin1String("public") ? name : schema + QLatin1Char('.') + name;
    type.modifiers = m.captured(3).remove(QLatin1Char(' '));
    type.arrayDepth = int(m.captured(4).count(QLatin1Char('[')));
    return type;
}

} // namespace

QString ColumnType::canonical() const
{
    QString text = base + modifiers;
    for (int i = 0; i < arrayDepth; ++i)
        text += QStringLiteral("[]");
    return text;
}

QString ColumnType::sql() const
{
    return userDefined ? canonical() : canonical().toUpper();
}

bool ColumnType::isSerial() const
{
    return base.endsWith(QLatin1String("serial"));
}

ColumnType ColumnType::withoutSerial() const
{
    ColumnType copy = *this;
    if (base == QLatin1String("bigserial"))
        copy.base = QStringLiteral("bigint");
    else if (base == QLatin1String("serial"))
        copy.base = QStringLiteral("integer");
    else if (base == QLatin1String("smallserial"))
        copy.base = QStringLiteral("smallint");
    return copy;
}

namespace {

std::optional<ColumnType> parseColumnTypeUncached(const QString &text, QString *problem)
{
    QString rest = text.simplified().toLower();
    if (rest.isEmpty()) {
        fail(problem, QStringLiteral("the type is empty"));
        return std::nullopt;
    }
    ColumnType type;
    while (rest.endsWith(QLatin1String("[]"))) {
        ++type.arrayDepth;
        rest = rest.left(rest.size() - 2).trimmed();
    }
    rest = moveInnerModifier(rest, &type.modifiers);
    static const QRegularExpression withModifiers(QStringLiteral("^([a-z0-9 ]+?)\\s*(\\([0-9 ,]*\\))$"));
    const QRegularExpressionMatch m = withModifiers.match(rest);
    if (m.hasMatch() && type.modifiers.isEmpty()) {
        rest = m.captured(1);
        type.modifiers = m.captured(2);
        type.modifiers.remove(QLatin1Char(' '));
    }
    const auto rule = typeRules().constFind(rest);
    if (rule == typeRules().cend())
        return parseUserType(text, problem);
    if (!checkModifiers(text, type.modifiers, rule->modifiers, problem))
        return std::nullopt;
    if (type.arrayDepth > 0 && rule->canonical.endsWith(QLatin1String("serial"))) {
        fail(problem, QStringLiteral("type \"%1\": serial types cannot be arrays").arg(text));
        return std::nullopt;
    }
    type.base = rule->canonical;
    return type;
}

} // namespace

// A design of 2,000 tables asks for the same few types tens of thousands of
// times per preview; each thread (the preview plans in its own) keeps what it read.
std::optional<ColumnType> parseColumnType(const QString &text, QString *problem)
{
    struct Parsed {
        std::optional<ColumnType> type;
        QString problem;
    };
    thread_local QHash<QString, Parsed> parsed;
    auto it = parsed.constFind(text);
    if (it == parsed.constEnd()) {
        if (parsed.size() > 10000)
            parsed.clear();  // free SQL types are few; a flood of them is no reason to grow
        Parsed p;
        p.type = parseColumnTypeUncached(text, &p.problem);
        it = parsed.insert(text, p);
    }
    if (!it->type && problem)
        *problem = it->problem;
    return it->type;
}

} // namespace sw
