#include "sql/sequencesql.h"

#include "conventions.h"
#include "identifiers.h"

#include <QRegularExpression>
#include <QStringList>

namespace sw::sql {

namespace {

qint64 typeMaximum(const QString &type)
{
    return type == QLatin1String("smallint") ? 32767 : type == QLatin1String("integer") ? 2147483647 : std::numeric_limits<qint64>::max();
}

// PostgreSQL's defaults for a sequence of `type` going up or down.
qint64 defaultMinimum(const QString &type, bool ascending) { return ascending ? 1 : -typeMaximum(type) - 1; }
qint64 defaultMaximum(const QString &type, bool ascending) { return ascending ? typeMaximum(type) : -1; }

} // namespace

SequenceOptions nonDefaultSequenceOptions(const QString &type, qint64 start, qint64 increment, qint64 minimum, qint64 maximum, qint64 cache, bool cycle)
{
    const bool ascending = increment > 0;
    SequenceOptions o;
    if (increment != 1)
        o.increment = increment;
    if (minimum != defaultMinimum(type, ascending))
        o.minValue = minimum;
    if (maximum != defaultMaximum(type, ascending))
        o.maxValue = maximum;
    if (start != (ascending ? minimum : maximum))
        o.start = start;
    if (cache != 1)
        o.cache = cache;
    o.cycle = cycle;
    return o;
}

QString serialSequenceRef(const Table &table, const QString &column)
{
    return qualifiedIdentifier(table.schema, conventions::sequenceName(table.name, column));
}

QString sequenceOptions(const SequenceOptions &o)
{
    QStringList parts;
    if (o.start)
        parts << QStringLiteral("START WITH %1").arg(*o.start);
    if (o.increment)
        parts << QStringLiteral("INCREMENT BY %1").arg(*o.increment);
    if (o.minValue)
        parts << QStringLiteral("MINVALUE %1").arg(*o.minValue);
    if (o.maxValue)
        parts << QStringLiteral("MAXVALUE %1").arg(*o.maxValue);
    if (o.cache)
        parts << QStringLiteral("CACHE %1").arg(*o.cache);
    if (o.cycle)
        parts << QStringLiteral("CYCLE");
    return parts.join(QLatin1Char(' '));
}

std::optional<SequenceOptions> parseSequenceOptions(const QString &text)
{
    const QStringList words = text.toUpper().split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    SequenceOptions options;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString &word = words.at(i);
        const auto number = [&](const QString &optionalWord, std::optional<qint64> &into) {
            if (i + 1 < words.size() && words.at(i + 1) == optionalWord && !optionalWord.isEmpty())
                ++i;
            bool ok = false;
            into = i + 1 < words.size() ? words.at(++i).toLongLong(&ok) : 0;
            return ok;
        };
        bool ok = true;
        if (word == QLatin1String("START"))
            ok = number(QStringLiteral("WITH"), options.start);
        else if (word == QLatin1String("INCREMENT"))
            ok = number(QStringLiteral("BY"), options.increment);
        else if (word == QLatin1String("MINVALUE"))
            ok = number({}, options.minValue);
        else if (word == QLatin1String("MAXVALUE"))
            ok = number({}, options.maxValue);
        else if (word == QLatin1String("CACHE"))
            ok = number({}, options.cache);
        else if (word == QLatin1String("CYCLE"))
            options.cycle = true;
        else if (word == QLatin1String("NO") && i + 1 < words.size() && words.at(i + 1) == QLatin1String("CYCLE"))
            options.cycle = false, ++i;
        else
            ok = false;
        if (!ok)
            return std::nullopt;
    }
    return options;
}

QString sequenceChanges(const SequenceOptions &from, const SequenceOptions &to, const QString &type, const QString &prefix)
{
    QStringList parts;
    const bool ascending = to.increment.value_or(1) > 0;
    // PostgreSQL's defaults, which an option left out returns to.
    const qint64 minimum = to.minValue.value_or(defaultMinimum(type, ascending));
    const qint64 maximum = to.maxValue.value_or(defaultMaximum(type, ascending));
    if (from.increment != to.increment)
        parts << QStringLiteral("INCREMENT BY %1").arg(to.increment.value_or(1));
    if (from.minValue != to.minValue)
        parts << (to.minValue ? QStringLiteral("MINVALUE %1").arg(*to.minValue) : QStringLiteral("NO MINVALUE"));
    if (from.maxValue != to.maxValue)
        parts << (to.maxValue ? QStringLiteral("MAXVALUE %1").arg(*to.maxValue) : QStringLiteral("NO MAXVALUE"));
    // A start left to its default follows the bounds, which ALTER SEQUENCE does not do by itself.
    const bool boundsMove = from.minValue != to.minValue || from.maxValue != to.maxValue || from.increment != to.increment;
    if (from.start != to.start || (!to.start && boundsMove))
        parts << QStringLiteral("START WITH %1").arg(to.start.value_or(ascending ? minimum : maximum));
    if (from.cache != to.cache)
        parts << QStringLiteral("CACHE %1").arg(to.cache.value_or(1));
    if (from.cycle != to.cycle)
        parts << (to.cycle ? QStringLiteral("CYCLE") : QStringLiteral("NO CYCLE"));
    for (QString &p : parts)
        p.prepend(prefix);
    return parts.join(QLatin1Char(' '));
}

QString sequenceRef(const Sequence &sequence)
{
    return qualifiedIdentifier(sequence.schema, sequence.name);
}

QString createSequence(const Sequence &sequence)
{
    const QString options = sequenceOptions(sequence.options);
    return QStringLiteral("CREATE SEQUENCE %1 AS %2%3;").arg(sequenceRef(sequence), sequence.type.toUpper(), options.isEmpty() ? QString() : QLatin1Char(' ') + options);
}

QString dropSequence(const Sequence &sequence)
{
    return QStringLiteral("DROP SEQUENCE %1;").arg(sequenceRef(sequence));
}

} // namespace sw::sql
