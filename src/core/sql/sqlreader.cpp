#include "sql/sqlreader.h"

#include <QRegularExpression>

namespace sw::sql {

namespace {

// Length of the quoted, dollar-quoted or comment span starting at `pos`, or 0.
qsizetype skippableSpan(const QString &sql, qsizetype pos)
{
    const QChar c = sql.at(pos);
    const auto until = [&](const QString &end, qsizetype from) {
        const qsizetype found = sql.indexOf(end, from);
        return (found < 0 ? sql.size() : found + end.size()) - pos;
    };
    if (c == u'-' && sql.mid(pos, 2) == QLatin1String("--"))
        return until(QStringLiteral("\n"), pos + 2);
    if (c == u'/' && sql.mid(pos, 2) == QLatin1String("/*"))
        return until(QStringLiteral("*/"), pos + 2);
    if (c == u'\'' || c == u'"') {
        qsizetype i = pos + 1;
        while (i < sql.size()) {
            if (sql.at(i) == c) {
                if (i + 1 < sql.size() && sql.at(i + 1) == c) {
                    i += 2;
                    continue;
                }
                return i + 1 - pos;
            }
            ++i;
        }
        return sql.size() - pos;
    }
    if (c == u'$') {
        static const QRegularExpression tag(QStringLiteral("^\\$([A-Za-z_][A-Za-z0-9_]*)?\\$"));
        const QRegularExpressionMatch m = tag.match(QStringView(sql).mid(pos));
        if (m.hasMatch())
            return until(m.captured(0), pos + m.capturedLength());
    }
    return 0;
}

} // namespace

QList<Statement> splitStatements(const QString &sql)
{
    QList<Statement> statements;
    qsizetype start = 0;
    // Lines counted once as the statements go forward (from the start each time, a long file took seconds).
    qsizetype counted = 0;
    int lines = 0;
    const auto isBlank = [](QChar c) { return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f' || c == u'\v'; };
    const auto flush = [&](qsizetype end) {
        qsizetype firstCode = start;
        while (firstCode < end && isBlank(sql.at(firstCode)))
            ++firstCode;
        const QString text = sql.mid(start, end - start).trimmed();
        if (firstCode == end || text.isEmpty())
            return;
        lines += int(QStringView(sql).mid(counted, firstCode - counted).count(u'\n'));
        counted = firstCode;
        statements.append({text, lines});
    };
    qsizetype i = 0;
    while (i < sql.size()) {
        const qsizetype span = skippableSpan(sql, i);
        if (span > 0) {
            i += span;
            continue;
        }
        if (sql.at(i) == u';') {
            flush(i);
            start = i + 1;
        }
        ++i;
    }
    flush(sql.size());
    return statements;
}

std::optional<Token> Tokenizer::next()
{
    const QString &sql = m_sql;
    qsizetype &i = m_at;
    const auto token = [&](Token::Kind kind, const QString &text, qsizetype length) {
        const Token t{kind, text, m_line};
        m_line += int(QStringView(sql).mid(i, length).count(QLatin1Char('\n')));
        i += length;
        return t;
    };
    while (i < sql.size()) {
        const QChar c = sql.at(i);
        if (c.isSpace()) {
            if (c == u'\n')
                ++m_line;
            ++i;
            continue;
        }
        const qsizetype span = skippableSpan(sql, i);
        if (span > 0 && (c == u'-' || c == u'/')) {
            m_line += int(QStringView(sql).mid(i, span).count(QLatin1Char('\n')));
            i += span;
            continue;
        }
        if (span > 0 && c == u'\'')
            return token(Token::Kind::String, sql.mid(i + 1, span - 2).replace(QLatin1String("''"), QLatin1String("'")), span);
        if (span > 0 && c == u'"')
            return token(Token::Kind::QuotedIdentifier, sql.mid(i + 1, span - 2).replace(QLatin1String("\"\""), QLatin1String("\"")), span);
        if (span > 0 && c == u'$') {
            const qsizetype tagEnd = sql.indexOf(QLatin1Char('$'), i + 1) + 1;
            const qsizetype tagLength = tagEnd - i;
            return token(Token::Kind::DollarString, sql.mid(tagEnd, span - 2 * tagLength), span);
        }
        if (c.isLetter() || c == u'_') {
            qsizetype j = i;
            while (j < sql.size() && (sql.at(j).isLetterOrNumber() || sql.at(j) == u'_' || sql.at(j) == u'$'))
                ++j;
            return token(Token::Kind::Word, sql.mid(i, j - i).toLower(), j - i);
        }
        if (c.isDigit()) {
            qsizetype j = i;
            while (j < sql.size() && (sql.at(j).isDigit() || sql.at(j) == u'.'))
                ++j;
            return token(Token::Kind::Number, sql.mid(i, j - i), j - i);
        }
        const QStringView two = QStringView(sql).mid(i, 2);
        const bool pair = two == QLatin1String("::") || two == QLatin1String(":=") || two == QLatin1String("<>")
            || two == QLatin1String(">=") || two == QLatin1String("<=") || two == QLatin1String("!=");
        return token(Token::Kind::Symbol, pair ? two.toString() : QString(c), pair ? 2 : 1);
    }
    return std::nullopt;
}

QList<Token> tokenize(const QString &sql)
{
    QList<Token> tokens;
    Tokenizer tokenizer(sql);
    while (std::optional<Token> t = tokenizer.next())
        tokens.append(std::move(*t));
    return tokens;
}

} // namespace sw::sql
