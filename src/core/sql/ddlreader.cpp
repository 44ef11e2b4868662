#include "sql/ddlreader.h"

#include "columntype.h"
#include "sql/sqlreader.h"

#include <QSet>

namespace sw::sql {

namespace {

class TokenStream {
public:
    explicit TokenStream(QList<Token> tokens) : m_tokens(std::move(tokens)) {}

    bool atEnd() const { return m_pos >= m_tokens.size(); }
    const Token &peek(qsizetype ahead = 0) const
    {
        static const Token end{Token::Kind::Symbol, QString(), 0};
        return m_pos + ahead < m_tokens.size() ? m_tokens.at(m_pos + ahead) : end;
    }
    Token next() { return atEnd() ? peek() : m_tokens.at(m_pos++); }
    bool accept(const char *word)
    {
        if (!peek().isWord(word) && !peek().isSymbol(word))
            return false;
        ++m_pos;
        return true;
    }
    bool acceptAll(std::initializer_list<const char *> words)
    {
        const qsizetype start = m_pos;
        for (const char *w : words)
            if (!accept(w)) {
                m_pos = start;
                return false;
            }
        return true;
    }
    ObjectName name()
    {
        ObjectName result{{}, next().text};
        if (peek().isSymbol(".")) {
            next();
            result.schema = result.name;
            result.name = next().text;
        }
        return result;
    }
    // Tokens up to a top-level "," or ")" (or the end), consumed.
    QList<Token> item()
    {
        QList<Token> tokens;
        int depth = 0;
        while (!atEnd()) {
            const Token &t = peek();
            if (depth == 0 && (t.isSymbol(",") || t.isSymbol(")")))
                break;
            if (t.isSymbol("("))
                ++depth;
            if (t.isSymbol(")"))
                --depth;
            tokens << next();
        }
        return tokens;
    }

private:
    QList<Token> m_tokens;
    qsizetype m_pos = 0;
};

QString typeText(const QList<Token> &tokens)
{
    QString text;
    for (const Token &t : tokens) {
        const bool tight = t.isSymbol("(") || t.isSymbol(")") || t.isSymbol(",") || t.isSymbol("[") || t.isSymbol("]")
            || text.endsWith(QLatin1Char('(')) || text.isEmpty();
        text += (tight ? QString() : QStringLiteral(" ")) + t.text;
    }
    const auto parsed = parseColumnType(text);
    return parsed ? parsed->canonical() : text;
}

ColumnDefinition columnDefinition(const QList<Token> &tokens)
{
    static const QSet<QString> constraintWords = {"not", "null", "default", "primary", "references", "unique", "check",
                                                  "constraint", "collate", "generated"};
    ColumnDefinition column;
    if (tokens.isEmpty())
        return column;
    column.name = tokens.first().text;
    qsizetype i = 1;
    QList<Token> type;
    int depth = 0;
    for (; i < tokens.size(); ++i) {
        const Token &t = tokens.at(i);
        if (depth == 0 && t.kind == Token::Kind::Word && constraintWords.contains(t.text))
            break;
        depth += t.isSymbol("(") ? 1 : t.isSymbol(")") ? -1 : 0;
        type << t;
    }
    column.type = typeText(type);
    for (; i < tokens.size(); ++i) {
        if (tokens.at(i).isWord("not") && i + 1 < tokens.size() && tokens.at(i + 1).isWord("null"))
            column.notNull = true;
        if (tokens.at(i).isWord("primary"))
            column.notNull = true;
        if (tokens.at(i).isWord("default"))
            column.hasDefault = true;
    }
    if (column.type.endsWith(QLatin1String("serial")))
        column.hasDefault = column.notNull = true;
    return column;
}

bool isTableConstraint(const QList<Token> &item)
{
    static const QSet<QString> words = {"constraint", "primary", "unique", "check", "foreign", "exclude", "like"};
    return !item.isEmpty() && item.first().kind == Token::Kind::Word && words.contains(item.first().text);
}

void readCreateTable(TokenStream &s, DdlAction &action)
{
    action.kind = DdlAction::Kind::CreateTable;
    s.acceptAll({"if", "not", "exists"});
    action.object = s.name();
    if (!s.accept("("))
        return;
    while (!s.atEnd() && !s.peek().isSymbol(")")) {
        const QList<Token> item = s.item();
        if (!isTableConstraint(item))
            action.columns << columnDefinition(item);
        s.accept(",");
    }
}

QList<DdlAction> readAlterTable(TokenStream &s, const DdlAction &base)
{
    QList<DdlAction> actions;
    s.acceptAll({"if", "exists"});
    s.accept("only");
    const ObjectName table = s.name();
    while (!s.atEnd()) {
        DdlAction action = base;
        action.object = table;
        QList<Token> item = s.item();
        if (item.isEmpty()) {
            s.next();  // a stray ")" or ",": step over it rather than loop
            continue;
        }
        s.accept(",");
        TokenStream a(item);
        if (a.accept("add")) {
            if (a.peek().isWord("constraint") || a.peek().isWord("primary") || a.peek().isWord("unique")
                || a.peek().isWord("check") || a.peek().isWord("foreign")) {
                action.kind = DdlAction::Kind::Other;
            } else {
                a.accept("column");
                a.acceptAll({"if", "not", "exists"});
                action.kind = DdlAction::Kind::AddColumn;
                QList<Token> rest;
                while (!a.atEnd())
                    rest << a.next();
                action.definition = columnDefinition(rest);
                action.column = action.definition.name;
            }
        } else if (a.accept("drop")) {
            if (a.peek().isWord("constraint")) {
                action.kind = DdlAction::Kind::Other;
            } else {
                a.accept("column");
                a.acceptAll({"if", "exists"});
                action.kind = DdlAction::Kind::DropColumn;
                action.column = a.next().text;
            }
        } else if (a.accept("rename")) {
            if (a.accept("to")) {
                action.kind = DdlAction::Kind::RenameTable;
                action.newName = a.next().text;
            } else if (!a.peek().isWord("constraint")) {
                a.accept("column");
                action.kind = DdlAction::Kind::RenameColumn;
                action.column = a.next().text;
                a.accept("to");
                action.newName = a.next().text;
            }
        } else if (a.accept("alter")) {
            a.accept("column");
            action.column = a.next().text;
            if (a.acceptAll({"set", "data", "type"}) || a.accept("type")) {
                action.kind = DdlAction::Kind::AlterColumnType;
                QList<Token> type;
                while (!a.atEnd() && !a.peek().isWord("using") && !a.peek().isWord("collate"))
                    type << a.next();
                action.definition.type = typeText(type);
            } else if (a.acceptAll({"set", "not", "null"})) {
                action.kind = DdlAction::Kind::SetNotNull;
            } else if (a.acceptAll({"drop", "not", "null"})) {
                action.kind = DdlAction::Kind::DropNotNull;
            }
        } else if (a.accept("enable") || a.accept("disable")) {
            const bool enable = item.first().isWord("enable");
            a.accept("always");
            a.accept("replica");
            if (a.accept("trigger")) {
                action.kind = enable ? DdlAction::Kind::EnableTrigger : DdlAction::Kind::DisableTrigger;
                action.column = a.next().text;
            }
        }
        actions << action;
    }
    return actions;
}

void readCreateFunction(TokenStream &s, DdlAction &action)
{
    action.kind = DdlAction::Kind::CreateFunction;
    action.object = s.name();
    while (!s.atEnd()) {
        const Token t = s.next();
        if (t.isWord("as") && (s.peek().kind == Token::Kind::DollarString || s.peek().kind == Token::Kind::String)) {
            action.bodyLine = action.line + s.peek().line;
            action.body = s.next().text;
            return;
        }
    }
}

void readCreateTrigger(TokenStream &s, DdlAction &action)
{
    action.kind = DdlAction::Kind::CreateTrigger;
    action.column = s.next().text;
    if (s.acceptAll({"instead", "of"}))
        action.timing = QStringLiteral("instead of");
    else
        action.timing = s.next().text;
    while (!s.atEnd() && !s.peek().isWord("on")) {
        const Token t = s.next();
        if (!t.isWord("or") && !t.isWord("of"))
            action.events << t.text;
    }
    s.accept("on");
    action.object = s.name();
    while (!s.atEnd()) {
        if (s.accept("function") || s.accept("procedure")) {
            action.function = s.name();
            return;
        }
        s.next();
    }
}

} // namespace

QList<DdlAction> readDdl(const QString &sql)
{
    QList<DdlAction> actions;
    for (const Statement &statement : splitStatements(sql)) {
        TokenStream s(tokenize(statement.text));
        DdlAction action;
        action.line = statement.line;
        if (s.accept("create")) {
            s.acceptAll({"or", "replace"});
            s.accept("temporary") || s.accept("temp") || s.accept("unlogged");
            s.accept("constraint");
            if (s.accept("table"))
                readCreateTable(s, action);
            else if (s.accept("function"))
                readCreateFunction(s, action);
            else if (s.accept("trigger"))
                readCreateTrigger(s, action);
            actions << action;
        } else if (s.accept("drop")) {
            if (s.accept("table")) {
                s.acceptAll({"if", "exists"});
                do {
                    DdlAction drop = action;
                    drop.kind = DdlAction::Kind::DropTable;
                    drop.object = s.name();
                    actions << drop;
                } while (s.accept(","));
            } else if (s.accept("function")) {
                s.acceptAll({"if", "exists"});
                action.kind = DdlAction::Kind::DropFunction;
                action.object = s.name();
                actions << action;
            } else if (s.accept("trigger")) {
                s.acceptAll({"if", "exists"});
                action.kind = DdlAction::Kind::DropTrigger;
                action.column = s.next().text;
                s.accept("on");
                action.object = s.name();
                actions << action;
            } else {
                actions << action;
            }
        } else if (s.acceptAll({"alter", "table"})) {
            actions += readAlterTable(s, action);
        } else {
            actions << action;
        }
    }
    return actions;
}

} // namespace sw::sql
