#include "sql/expressionform.h"

#include <QRegularExpression>
#include <QStringList>

namespace sw {

namespace {

struct Token {
    enum Kind { Word, Literal, QuotedName, Number, Symbol } kind;
    QString text;       // lower case for words: what compares
    QString written;    // as written: what renders
    bool is(const char *s) const { return kind == Symbol ? text == QLatin1String(s) : kind == Word && text == QLatin1String(s); }
};

QList<Token> tokenize(const QString &sql)
{
    QList<Token> tokens;
    for (qsizetype i = 0; i < sql.size();) {
        const QChar c = sql.at(i);
        if (c.isSpace()) {
            ++i;
        } else if (c == u'\'' || c == u'"') {
            qsizetype end = i + 1;
            while (end < sql.size() && !(sql.at(end) == c && !(end + 1 < sql.size() && sql.at(end + 1) == c)))
                end += sql.at(end) == c ? 2 : 1;
            const QString text = sql.mid(i, end + 1 - i);
            const QString inner = text.mid(1, text.size() - 2);
            // "status" is status; "Status" stays quoted.
            static const QRegularExpression number(QStringLiteral("^(-?)([0-9]+(?:\\.[0-9]+)?)$"));
            const QRegularExpressionMatch m = number.match(inner);
            if (c == u'"' && !inner.isEmpty() && inner == inner.toLower() && !inner.contains(u' ') && !inner.at(0).isDigit()) {
                tokens.append({Token::Word, inner, inner});
            } else if (c == u'\'' && m.hasMatch()) {  // '-1'::integer is how the server prints -1
                if (!m.captured(1).isEmpty())
                    tokens.append({Token::Symbol, QStringLiteral("-"), QStringLiteral("-")});
                tokens.append({Token::Number, m.captured(2), m.captured(2)});
            } else {
                tokens.append({c == u'\'' ? Token::Literal : Token::QuotedName, text, text});
            }
            i = end + 1;
        } else if (c.isDigit() || (c == u'.' && i + 1 < sql.size() && sql.at(i + 1).isDigit())) {
            qsizetype end = i;
            while (end < sql.size() && (sql.at(end).isDigit() || sql.at(end) == u'.' || sql.at(end) == u'e' || sql.at(end) == u'E'))
                ++end;
            tokens.append({Token::Number, sql.mid(i, end - i), sql.mid(i, end - i)});
            i = end;
        } else if (c.isLetter() || c == u'_') {
            qsizetype end = i;
            while (end < sql.size() && (sql.at(end).isLetterOrNumber() || sql.at(end) == u'_' || sql.at(end) == u'$'))
                ++end;
            tokens.append({Token::Word, sql.mid(i, end - i).toLower(), sql.mid(i, end - i)});
            i = end;
        } else if (c == u':' && i + 1 < sql.size() && sql.at(i + 1) == u':') {
            tokens.append({Token::Symbol, QStringLiteral("::"), QStringLiteral("::")});
            i += 2;
        } else if (QStringLiteral("()[],").contains(c)) {
            tokens.append({Token::Symbol, QString(c), QString(c)});
            ++i;
        } else {
            qsizetype end = i;
            while (end < sql.size() && QStringLiteral("+-*/<>=~!@#%^&|`?").contains(sql.at(end)))
                ++end;
            end = std::max(end, i + 1);
            tokens.append({Token::Symbol, sql.mid(i, end - i), sql.mid(i, end - i)});
            i = end;
        }
    }
    return tokens;
}

// Words that continue a type name after its first word: double precision,
// character varying, timestamp with time zone.
bool continuesTypeName(const Token &t)
{
    static const QStringList words{QStringLiteral("precision"), QStringLiteral("varying"), QStringLiteral("with"),
                                   QStringLiteral("without"), QStringLiteral("time"), QStringLiteral("zone")};
    return t.kind == Token::Word && words.contains(t.text);
}

qsizetype matchingClose(const QList<Token> &tokens, qsizetype open)
{
    int depth = 0;
    for (qsizetype i = open; i < tokens.size(); ++i) {
        depth += tokens.at(i).is("(") ? 1 : tokens.at(i).is(")") ? -1 : 0;
        if (depth == 0)
            return i;
    }
    return -1;
}

// `::type`, `::schema.type(10,2)[]` removed.
bool removeCasts(QList<Token> &tokens)
{
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (!tokens.at(i).is("::"))
            continue;
        qsizetype end = i + 1;
        if (end < tokens.size() && (tokens.at(end).kind == Token::Word || tokens.at(end).kind == Token::QuotedName))
            ++end;
        while (end + 1 < tokens.size() && tokens.at(end).text == QLatin1String(".") && tokens.at(end + 1).kind != Token::Symbol)
            end += 2;
        while (end < tokens.size() && continuesTypeName(tokens.at(end)))
            ++end;
        if (end < tokens.size() && tokens.at(end).is("(")) {
            const qsizetype close = matchingClose(tokens, end);
            if (close > 0)
                end = close + 1;
        }
        while (end + 1 < tokens.size() && tokens.at(end).is("[") && tokens.at(end + 1).is("]"))
            end += 2;
        tokens.remove(i, end - i);
        return true;
    }
    return false;
}

bool isBoolean(const Token &t) { return t.is("and") || t.is("or"); }

// What may stand before or after a parenthesised condition without binding to it.
bool isClauseWord(const Token &t) { return t.is("when") || t.is("then") || t.is("else") || t.is("end"); }

bool hasTopLevelBoolean(const QList<Token> &tokens, qsizetype open, qsizetype close)
{
    int depth = 0;
    for (qsizetype i = open + 1; i < close; ++i) {
        depth += tokens.at(i).is("(") ? 1 : tokens.at(i).is(")") ? -1 : 0;
        if (depth == 0 && (isBoolean(tokens.at(i)) || tokens.at(i).is("not")))
            return true;
    }
    return false;
}

// Parentheses that group nothing: around one operand, around the whole
// expression or a whole argument, and around a comparison that stands between
// AND/OR (comparisons bind tighter than AND and OR).
bool removeParentheses(QList<Token> &tokens)
{
    for (qsizetype open = 0; open < tokens.size(); ++open) {
        if (!tokens.at(open).is("("))
            continue;
        // A function call's or ANY's own parentheses stay.
        if (open > 0 && tokens.at(open - 1).kind == Token::Word && !isBoolean(tokens.at(open - 1)) && !isClauseWord(tokens.at(open - 1)))
            continue;
        const qsizetype close = matchingClose(tokens, open);
        if (close < 0)
            return false;
        const bool single = close == open + 2 || (close == open + 3 && tokens.at(open + 1).is("-") && tokens.at(open + 2).kind == Token::Number);
        const auto separates = [&](qsizetype i) {
            return i < 0 || i >= tokens.size() || tokens.at(i).is("(") || tokens.at(i).is(")") || tokens.at(i).is(",") || isBoolean(tokens.at(i))
                || isClauseWord(tokens.at(i));
        };
        const bool alone = separates(open - 1) && separates(close + 1) && !hasTopLevelBoolean(tokens, open, close);
        const bool wholeArgument = (open == 0 || tokens.at(open - 1).is("(") || tokens.at(open - 1).is(","))
            && (close + 1 == tokens.size() || tokens.at(close + 1).is(")") || tokens.at(close + 1).is(","));
        if (single || alone || wholeArgument) {
            tokens.remove(close);
            tokens.remove(open);
            return true;
        }
    }
    return false;
}

QList<Token> withoutNoise(const QString &sql)
{
    QList<Token> tokens = tokenize(sql);
    while (removeCasts(tokens) || removeParentheses(tokens)) {
    }
    return tokens;
}

// Spacing as a person writes SQL: f(a, b), ARRAY['A', 'B'], x > -1.
QString render(const QList<Token> &tokens)
{
    QString sql;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const Token &t = tokens.at(i);
        if (i > 0) {
            const Token &previous = tokens.at(i - 1);
            const bool call = t.is("(") && (previous.kind == Token::Word || previous.kind == Token::QuotedName) && !isBoolean(previous)
                && !previous.is("not") && !previous.is("any") && !previous.is("all") && !previous.is("in") && !isClauseWord(previous);
            const bool unaryMinus = previous.is("-")
                && (i == 1 || (tokens.at(i - 2).kind == Token::Symbol && !tokens.at(i - 2).is(")") && !tokens.at(i - 2).is("]")));
            const bool tight = previous.is("(") || previous.is("[") || t.is(")") || t.is("]") || t.is(",") || call || unaryMinus
                || (t.is("[") && previous.is("array")) || t.is("::") || previous.is("::") || t.is(".") || previous.is(".");
            if (!tight)
                sql += QLatin1Char(' ');
        }
        sql += t.written;
    }
    return sql;
}

} // namespace

QString plainExpression(const QString &sql)
{
    return render(withoutNoise(sql));
}

namespace {

Token symbol(const char *text) { return {Token::Symbol, QLatin1String(text), QLatin1String(text)}; }
Token word(const char *text) { return {Token::Word, QLatin1String(text), QLatin1String(text)}; }

// Forms the server prints in its own way: LIKE as ~~, IN (...) as
// = ANY (ARRAY[...]), trim(x) as TRIM(BOTH FROM x), != as <>.
QList<Token> inTheServersForm(QList<Token> tokens)
{
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const bool negated = tokens.at(i).is("not") && i + 1 < tokens.size();
        const Token &t = negated ? tokens.at(i + 1) : tokens.at(i);
        if (t.is("like") || t.is("ilike")) {
            const QString op = QLatin1String(negated ? "!" : "") + (t.is("like") ? QStringLiteral("~~") : QStringLiteral("~~*"));
            tokens.remove(i, negated ? 2 : 1);
            tokens.insert(i, {Token::Symbol, op, op});
        } else if (t.is("in") && i + (negated ? 2 : 1) < tokens.size() && tokens.at(i + (negated ? 2 : 1)).is("(")
                   && !(i + (negated ? 3 : 2) < tokens.size() && tokens.at(i + (negated ? 3 : 2)).is("select"))) {
            const qsizetype open = i + (negated ? 2 : 1);
            const qsizetype close = matchingClose(tokens, open);
            if (close < 0)
                break;
            tokens.replace(close, symbol("]"));
            tokens.insert(close + 1, symbol(")"));
            tokens.remove(i, open - i + 1);
            const QList<Token> anyArray{symbol(negated ? "<>" : "="), word(negated ? "all" : "any"), symbol("("), word("array"), symbol("[")};
            for (qsizetype k = 0; k < anyArray.size(); ++k)
                tokens.insert(i + k, anyArray.at(k));
        } else if (tokens.at(i).is("trim") && i + 2 < tokens.size() && tokens.at(i + 1).is("(")
                   && !tokens.at(i + 2).is("both") && !tokens.at(i + 2).is("leading") && !tokens.at(i + 2).is("trailing")) {
            tokens.insert(i + 2, word("from"));
            tokens.insert(i + 2, word("both"));
        } else if (tokens.at(i).is("!=")) {
            tokens.replace(i, symbol("<>"));
        }
    }
    return tokens;
}

} // namespace

QString comparableExpression(const QString &sql)
{
    QList<Token> tokens = inTheServersForm(tokenize(sql));
    while (removeCasts(tokens) || removeParentheses(tokens)) {
    }
    QStringList words;
    for (const Token &t : tokens)
        words << t.text;
    return words.join(QLatin1Char(' '));
}

bool sameExpression(const QString &a, const QString &b)
{
    return a == b || comparableExpression(a) == comparableExpression(b);
}

bool sameExpression(const std::optional<QString> &a, const std::optional<QString> &b)
{
    return a.has_value() == b.has_value() && (!a || sameExpression(*a, *b));
}

bool isLiteral(const QString &sql)
{
    static const QRegularExpression literal(
        QStringLiteral("^\\s*(?:'(?:[^']|'')*'|[-+]?\\d+(?:\\.\\d+)?|true|false|null)(?:\\s*::\\s*[a-z_][a-z0-9_ ]*(?:\\(\\d+(?:,\\s*\\d+)?\\))?(?:\\[\\])?)?\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    return literal.match(sql).hasMatch();
}

} // namespace sw
