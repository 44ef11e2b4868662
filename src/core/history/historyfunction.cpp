#include "history/historyfunction.h"

#include "conventions.h"
#include "sql/sqlreader.h"

#include <QSet>

namespace sw {

namespace {

using sql::Token;

// Splits tokens between "(" and its ")" on top-level commas, starting at `pos` (the "(").
QList<QList<Token>> parenthesisedList(const QList<Token> &tokens, qsizetype &pos)
{
    QList<QList<Token>> items{{}};
    int depth = 0;
    for (++pos; pos < tokens.size(); ++pos) {
        const Token &t = tokens.at(pos);
        if (t.isSymbol("(")) {
            ++depth;
        } else if (t.isSymbol(")")) {
            if (depth-- == 0)
                break;
        } else if (t.isSymbol(",") && depth == 0) {
            items.append(QList<Token>());
            continue;
        }
        items.last() << t;
    }
    return items;
}

QString normalisedValue(const QList<Token> &value)
{
    if (value.size() == 3 && value.at(1).isSymbol(".") && (value.at(0).isWord("old") || value.at(0).isWord("new")))
        return value.at(0).text.toUpper() + QLatin1Char('.') + value.at(2).text;
    if (value.size() == 1 && value.first().kind == Token::Kind::String)
        return QLatin1Char('\'') + value.first().text + QLatin1Char('\'');
    QString text;
    for (const Token &t : value)
        text += t.kind == Token::Kind::Word ? t.text.toUpper() : t.text;
    return text;
}

// "SELECT 'DELETE', NOW(), o.id, … FROM old_rows o": the values, with the
// transition table's columns as OLD.x / NEW.x when its name starts so.
void readSelectFromRows(const QList<Token> &tokens, qsizetype &pos, HistoryBranch &branch)
{
    QList<QList<Token>> items{{}};
    int depth = 0;
    for (++pos; pos < tokens.size(); ++pos) {
        const Token &t = tokens.at(pos);
        if (depth == 0 && (t.isWord("from") || t.isSymbol(";")))
            break;
        depth += t.isSymbol("(") ? 1 : t.isSymbol(")") ? -1 : 0;
        if (t.isSymbol(",") && depth == 0)
            items.append(QList<Token>());
        else
            items.last() << t;
    }
    if (pos + 1 >= tokens.size() || !tokens.at(pos).isWord("from"))
        return;
    branch.rows = tokens.at(++pos).text;
    QString alias = branch.rows;
    if (pos + 1 < tokens.size() && tokens.at(pos + 1).isWord("as"))
        ++pos;
    if (pos + 1 < tokens.size() && tokens.at(pos + 1).kind == Token::Kind::Word && !tokens.at(pos + 1).isWord("where"))
        alias = tokens.at(++pos).text;
    const QString lower = branch.rows.toLower();
    const QString record = lower.startsWith(QLatin1String("old")) ? QStringLiteral("old") : lower.startsWith(QLatin1String("new")) ? QStringLiteral("new") : QString();
    for (QList<Token> value : items) {
        if (value.size() == 3 && value.at(1).isSymbol(".") && value.at(0).text == alias && !record.isEmpty())
            value[0] = Token{Token::Kind::Word, record, value.at(0).line};  // read as OLD.x / NEW.x
        branch.values << normalisedValue(value);
    }
}

} // namespace

const HistoryBranch *HistoryFunctionSource::branch(const QString &operation) const
{
    for (const HistoryBranch &b : branches)
        if (b.operation == operation)
            return &b;
    return nullptr;
}

HistoryFunctionSource readHistoryFunction(const QString &plpgsqlSource)
{
    const QList<Token> tokens = sql::tokenize(plpgsqlSource);
    HistoryFunctionSource source;
    HistoryBranch *current = nullptr;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const Token &t = tokens.at(i);
        // IF (TG_OP = 'DELETE') THEN / ELSIF TG_OP = 'UPDATE' THEN
        if (t.isWord("if") || t.isWord("elsif") || t.isWord("elseif")) {
            if (i > 0 && tokens.at(i - 1).isWord("end"))
                continue;
            qsizetype j = i + 1;
            while (j < tokens.size() && tokens.at(j).isSymbol("("))
                ++j;
            if (j + 2 < tokens.size() && tokens.at(j).isWord("tg_op") && tokens.at(j + 1).isSymbol("=")
                && tokens.at(j + 2).kind == Token::Kind::String) {
                source.branches.append(HistoryBranch{tokens.at(j + 2).text.toUpper(), {}, {}, {}, {}, t.line});
                current = &source.branches.last();
            } else {
                current = nullptr;
            }
        } else if ((t.isWord("else") || (t.isWord("end") && i + 1 < tokens.size() && tokens.at(i + 1).isWord("if")))) {
            current = nullptr;
        } else if (current && t.isWord("insert") && i + 2 < tokens.size() && tokens.at(i + 1).isWord("into")) {
            qsizetype j = i + 2;
            current->target = tokens.at(j).text;
            if (j + 2 < tokens.size() && tokens.at(j + 1).isSymbol(".")) {
                j += 2;
                current->target = tokens.at(j).text;
            }
            ++j;
            if (j < tokens.size() && tokens.at(j).isSymbol("(")) {
                for (const QList<Token> &column : parenthesisedList(tokens, j))
                    current->columns << (column.isEmpty() ? QString() : column.first().text);
                ++j;
            }
            if (j + 1 < tokens.size() && tokens.at(j).isWord("values") && tokens.at(j + 1).isSymbol("(")) {
                ++j;
                for (const QList<Token> &value : parenthesisedList(tokens, j))
                    current->values << normalisedValue(value);
            } else if (j < tokens.size() && tokens.at(j).isWord("select")) {
                readSelectFromRows(tokens, j, *current);
            }
            i = j;
        } else if (current && t.isWord("return") && i + 1 < tokens.size()) {
            current->returned = tokens.at(i + 1).text.toUpper();
        }
    }
    return source;
}

QList<Problem> checkHistoryFunction(const HistoryFunctionSource &source, const QString &functionName,
                                    const std::optional<QStringList> &historyColumns)
{
    QList<Problem> problems;
    const auto add = [&](const QString &code, int line, const QString &message, const QString &column = {}) {
        problems.append(Problem{Problem::Severity::Error, code, message, {}, {}, {}, column, line});
    };
    struct Rule {
        const char *operation;
        const char *record;
        const char *returned;
    };
    const HistoryBranch *first = nullptr;
    for (const Rule &rule : {Rule{"DELETE", "OLD", "OLD"}, Rule{"UPDATE", "OLD", "NEW"}, Rule{"INSERT", "NEW", "NEW"}}) {
        const QString operation = QLatin1String(rule.operation);
        const HistoryBranch *b = source.branch(operation);
        if (!b) {
            add(QStringLiteral("trigger-missing-operation"), 0, QStringLiteral("%1 does not handle %2").arg(functionName, operation));
            continue;
        }
        if (b->columns.isEmpty()) {
            add(QStringLiteral("trigger-missing-insert"), b->line, QStringLiteral("the %1 branch of %2 inserts no history row").arg(operation, functionName));
            continue;
        }
        if (b->rows.isEmpty() && b->returned != QLatin1String(rule.returned))  // a statement's return value means nothing
            add(QStringLiteral("trigger-wrong-return"), b->line,
                QStringLiteral("the %1 branch of %2 returns %3; it must return %4").arg(operation, functionName, b->returned.isEmpty() ? QStringLiteral("nothing") : b->returned, QLatin1String(rule.returned)));
        for (const char *required : {"operation", "changed_at"})
            if (!b->columns.contains(QLatin1String(required)))
                add(QStringLiteral("trigger-missing-column"), b->line,
                    QStringLiteral("the %1 branch of %2 does not set %3").arg(operation, functionName, QLatin1String(required)));
        if (b->columns.size() != b->values.size()) {
            add(QStringLiteral("trigger-value-mismatch"), b->line,
                QStringLiteral("the %1 branch of %2 lists %3 columns but %4 values").arg(operation, functionName).arg(b->columns.size()).arg(b->values.size()));
            continue;
        }
        const QString wrongRecord = QLatin1String(rule.record) == QLatin1String("OLD") ? QStringLiteral("NEW.") : QStringLiteral("OLD.");
        for (int i = 0; i < b->columns.size(); ++i) {
            const QString &column = b->columns.at(i), &value = b->values.at(i);
            if (column == conventions::kOperationColumn && value != QLatin1Char('\'') + operation + QLatin1Char('\''))
                add(QStringLiteral("trigger-wrong-operation"), b->line,
                    QStringLiteral("the %1 branch of %2 records operation %3").arg(operation, functionName, value));
            if (value.startsWith(wrongRecord)) {
                add(QStringLiteral("trigger-wrong-record"), b->line,
                    QStringLiteral("the %1 branch of %2 records %3; it must record %4.* values").arg(operation, functionName, value, QLatin1String(rule.record)),
                    column);
                break;
            }
            if ((value.startsWith(QLatin1String("OLD.")) || value.startsWith(QLatin1String("NEW."))) && value.mid(4) != column)
                add(QStringLiteral("trigger-value-mismatch"), b->line,
                    QStringLiteral("the %1 branch of %2 puts %3 into column %4").arg(operation, functionName, value, column), column);
        }
        if (!first) {
            first = b;
        } else if (b->columns != first->columns) {
            add(QStringLiteral("trigger-column-order"), b->line,
                QStringLiteral("the %1 branch of %2 lists (%3), the %4 branch (%5): all branches must list the same columns in one order")
                    .arg(operation, functionName, b->columns.join(QStringLiteral(", ")), first->operation, first->columns.join(QStringLiteral(", "))));
        }
    }
    if (first && historyColumns) {
        const QSet<QString> listed(first->columns.begin(), first->columns.end());
        for (const QString &c : *historyColumns)
            if (!listed.contains(c))
                add(QStringLiteral("trigger-column-missing"), first->line,
                    QStringLiteral("%1 does not copy column %2 of %3").arg(functionName, c, first->target), c);
        for (const QString &c : first->columns)
            if (!historyColumns->contains(c))
                add(QStringLiteral("trigger-column-unknown"), first->line,
                    QStringLiteral("%1 writes column %2, which %3 does not have").arg(functionName, c, first->target), c);
    }
    return problems;
}

} // namespace sw
