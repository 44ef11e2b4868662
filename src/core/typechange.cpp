// What changing a column from one type to another does to the values it holds.

#include "columntype.h"

#include <QHash>
#include <QStringList>

namespace sw {

namespace {

enum class Family { Integer, Exact, Float, String, Timestamp, Date, Time, Interval, Boolean, Uuid, Json, Bytea };

Family familyOf(const QString &base)
{
    static const QHash<QString, Family> families = {
        {"smallint", Family::Integer}, {"integer", Family::Integer}, {"bigint", Family::Integer},
        {"numeric", Family::Exact}, {"real", Family::Float}, {"double precision", Family::Float},
        {"char", Family::String}, {"varchar", Family::String}, {"text", Family::String},
        {"timestamp", Family::Timestamp}, {"timestamptz", Family::Timestamp}, {"date", Family::Date},
        {"time", Family::Time}, {"interval", Family::Interval}, {"boolean", Family::Boolean},
        {"uuid", Family::Uuid}, {"json", Family::Json}, {"jsonb", Family::Json}, {"bytea", Family::Bytea},
    };
    return families.value(base, Family::String);
}

int integerWidth(const QString &base)
{
    return base == QLatin1String("smallint") ? 2 : base == QLatin1String("integer") ? 4 : 8;
}

// The numbers in "(18,8)"; missing ones are -1 (unbounded).
QList<int> modifierNumbers(const QString &modifiers)
{
    QList<int> numbers;
    for (const QString &part : modifiers.mid(1, modifiers.size() - 2).split(QLatin1Char(','), Qt::SkipEmptyParts))
        numbers << part.trimmed().toInt();
    while (numbers.size() < 2)
        numbers << -1;
    return numbers;
}

bool narrower(int newLimit, int oldLimit)
{
    return newLimit >= 0 && (oldLimit < 0 || newLimit < oldLimit);
}

// Decimal digits an integer type can hold.
int integerDigits(const QString &base)
{
    const int width = integerWidth(base);
    return width == 2 ? 5 : width == 4 ? 10 : 19;
}

bool numberIsNarrowed(const ColumnType &from, const ColumnType &to)
{
    const Family f = familyOf(from.base);
    if (familyOf(to.base) == Family::Integer)
        return f != Family::Integer || integerWidth(to.base) < integerWidth(from.base);
    if (to.base == QLatin1String("real"))
        return from.base != QLatin1String("smallint") && from.base != QLatin1String("real");
    if (to.base == QLatin1String("double precision"))
        return f == Family::Exact || from.base == QLatin1String("bigint");
    // numeric(p,s) holds p - s digits before the point and s after it.
    const QList<int> n = modifierNumbers(to.modifiers);
    if (n.at(0) < 0)
        return false;  // unbounded numeric holds every number
    const int newScale = qMax(n.at(1), 0), newIntegerDigits = n.at(0) - newScale;
    if (f == Family::Integer)
        return newIntegerDigits < integerDigits(from.base);
    if (f == Family::Float)
        return true;
    const QList<int> o = modifierNumbers(from.modifiers);
    if (o.at(0) < 0)
        return true;
    const int oldScale = qMax(o.at(1), 0);
    return newScale < oldScale || newIntegerDigits < o.at(0) - oldScale;
}

} // namespace

TypeChange classifyTypeChange(const ColumnType &from, const ColumnType &to)
{
    TypeChange change;
    if (from.withoutSerial() == to.withoutSerial())
        return change;
    if (from.userDefined || to.userDefined) {
        // An enum, domain or extension type: only PostgreSQL knows its casts.
        change.needsUsing = change.mayLoseData = true;
        change.viaText = from.userDefined && from.arrayDepth == 0;
        return change;
    }
    const Family f = familyOf(from.base), t = familyOf(to.base);
    const bool numeric = [](Family x) { return x == Family::Integer || x == Family::Exact || x == Family::Float; }(f)
        && (t == Family::Integer || t == Family::Exact || t == Family::Float);
    if (from.arrayDepth != to.arrayDepth) {
        change.needsUsing = change.mayLoseData = true;
        return change;
    }
    if (t == Family::String) {
        // Every type converts to text; a shorter or fixed length can cut values.
        const int newLength = modifierNumbers(to.modifiers).at(0);
        const int oldLength = f == Family::String ? modifierNumbers(from.modifiers).at(0) : -1;
        change.mayLoseData = narrower(newLength, oldLength) || (to.base == QLatin1String("char") && from.base != QLatin1String("char"));
        return change;
    }
    if (numeric) {
        change.mayLoseData = numberIsNarrowed(from, to);
        return change;
    }
    if (f == t) {
        // timestamp <-> timestamptz reinterpret through the session time zone; json <-> jsonb normalises.
        change.needsUsing = t == Family::Json;
        change.mayLoseData = t == Family::Timestamp || t == Family::Json || narrower(modifierNumbers(to.modifiers).at(0), modifierNumbers(from.modifiers).at(0));
        return change;
    }
    if (f == Family::Date && t == Family::Timestamp)
        return change;
    change.needsUsing = true;
    change.mayLoseData = true;
    return change;
}

bool typeChangeKeepsRows(const ColumnType &from, const ColumnType &to)
{
    if (from.arrayDepth != to.arrayDepth)
        return false;
    if (from.canonical() == to.canonical())
        return true;
    const QList<int> a = modifierNumbers(from.modifiers), b = modifierNumbers(to.modifiers);  // -1: not given
    if (from.base == QLatin1String("varchar"))
        return to.base == QLatin1String("text") || (to.base == QLatin1String("varchar") && (b.at(0) < 0 || (a.at(0) >= 0 && b.at(0) >= a.at(0))));
    if (from.base == QLatin1String("text"))
        return to.base == QLatin1String("varchar") && b.at(0) < 0;
    if (from.base == QLatin1String("numeric") && to.base == QLatin1String("numeric"))
        return b.at(0) < 0 || (a.at(1) >= 0 && b.at(1) >= 0 && b.at(0) >= a.at(0) && b.at(1) == a.at(1));
    return false;
}

} // namespace sw
