#include "sql/indexdefinition.h"

#include "identifiers.h"

namespace sw::sql {

namespace {

// Visits each character of `text` from `from` on that is outside quotes, with
// the parenthesis depth after it; stops where `visit` says so and returns that index (-1: the end).
template <typename Visit>
qsizetype walkOutsideQuotes(const QString &text, qsizetype from, Visit visit)
{
    int depth = 0;
    QChar quote;
    for (qsizetype i = from; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            continue;
        }
        if (c == u'\'' || c == u'"')
            quote = c;
        depth += c == u'(' ? 1 : c == u')' ? -1 : 0;
        if (quote.isNull() && visit(i, c, depth))
            return i;
    }
    return -1;
}

// The index of the parenthesis that closes the one at `open`; -1 when unbalanced.
qsizetype closingParenthesis(const QString &text, qsizetype open)
{
    return walkOutsideQuotes(text, open, [](qsizetype, QChar c, int depth) { return c == u')' && depth == 0; });
}

} // namespace

QStringList splitElements(const QString &text)
{
    QStringList parts;
    qsizetype start = 0;
    walkOutsideQuotes(text, 0, [&](qsizetype i, QChar c, int depth) {
        if (c == u',' && depth == 0) {
            parts << text.mid(start, i - start).trimmed();
            start = i + 1;
        }
        return false;
    });
    parts << text.mid(start).trimmed();
    parts.removeAll(QString());
    return parts;
}

namespace {

// A name as quote_ident prints it, or an empty string when `text` is not one name.
QString unquotedName(const QString &text)
{
    if (text.size() > 2 && text.startsWith(u'"') && text.endsWith(u'"')) {
        const QString inner = text.mid(1, text.size() - 2);
        return QString(inner).remove(QStringLiteral("\"\"")).contains(u'"') ? QString() : QString(inner).replace(QStringLiteral("\"\""), QStringLiteral("\""));
    }
    return quoteIdentifier(text) == text ? text : QString();
}

QString elementText(const QString &element, const Table &table)
{
    return table.hasColumn(element) ? quoteIdentifier(element) : element;
}

} // namespace

std::optional<Index> indexFromDefinition(const QString &definition, const Table &table)
{
    Index index;
    index.unique = definition.startsWith(QLatin1String("CREATE UNIQUE INDEX "));
    const qsizetype on = definition.indexOf(QLatin1String(" ON "));
    const qsizetype using_ = definition.indexOf(QLatin1String(" USING "), on);
    if (on < 0 || using_ < 0)
        return std::nullopt;
    index.name = unquotedName(definition.mid(index.unique ? 20 : 13, on - (index.unique ? 20 : 13)));
    const qsizetype open = definition.indexOf(u'(', using_);
    const qsizetype close = open < 0 ? -1 : closingParenthesis(definition, open);
    if (index.name.isEmpty() || close < 0)
        return std::nullopt;
    const QString method = definition.mid(using_ + 7, open - using_ - 7).trimmed();
    index.method = method == QLatin1String("btree") ? QString() : method;
    for (const QString &element : splitElements(definition.mid(open + 1, close - open - 1))) {
        const QString name = unquotedName(element);
        index.columns << (!name.isEmpty() && table.hasColumn(name) ? name : element);
    }
    QString rest = definition.mid(close + 1);
    if (rest.startsWith(QLatin1String(" INCLUDE ("))) {
        const qsizetype end = closingParenthesis(rest, 9);
        if (end < 0)
            return std::nullopt;
        for (const QString &element : splitElements(rest.mid(10, end - 10))) {
            const QString name = unquotedName(element);
            if (name.isEmpty())
                return std::nullopt;
            index.include << name;
        }
        rest = rest.mid(end + 1);
    }
    if (rest.startsWith(QLatin1String(" NULLS NOT DISTINCT"))) {
        index.nullsNotDistinct = true;
        rest = rest.mid(19);
    }
    // The server prints a predicate in parentheses, but a bare boolean column without: WHERE is_default.
    const bool bareWhere = rest.startsWith(QLatin1String(" WHERE ")) && !rest.startsWith(QLatin1String(" WHERE ("));
    if (bareWhere) {
        index.where = rest.mid(7);
        rest.clear();
    } else if (rest.startsWith(QLatin1String(" WHERE ("))) {
        const qsizetype end = closingParenthesis(rest, 7);
        if (end != rest.size() - 1)
            return std::nullopt;
        index.where = rest.mid(8, end - 8);
        rest.clear();
    }
    if (!rest.isEmpty())  // WITH (…), TABLESPACE: more than a design holds
        return std::nullopt;
    // What the design would write must be what the server wrote, or the index is not held whole.
    QStringList elements;
    for (const QString &element : index.columns)
        elements << elementText(element, table);
    QStringList include;
    for (const QString &name : index.include)
        include << quoteIdentifier(name);
    QString rebuilt = QStringLiteral("CREATE %1INDEX %2%3 USING %4 (%5)")
                          .arg(index.unique ? QStringLiteral("UNIQUE ") : QString(), quoteIdentifier(index.name), definition.mid(on, using_ - on),
                               method, elements.join(QStringLiteral(", ")));
    if (!include.isEmpty())
        rebuilt += QStringLiteral(" INCLUDE (%1)").arg(include.join(QStringLiteral(", ")));
    if (index.nullsNotDistinct)
        rebuilt += QStringLiteral(" NULLS NOT DISTINCT");
    if (index.where)
        rebuilt += (bareWhere ? QStringLiteral(" WHERE %1") : QStringLiteral(" WHERE (%1)")).arg(*index.where);
    if (rebuilt != definition)
        return std::nullopt;
    return index;
}

} // namespace sw::sql
