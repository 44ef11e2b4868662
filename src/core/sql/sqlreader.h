#pragma once
// Reading SQL back: statements and tokens, as PostgreSQL's lexer sees them
// (quotes, dollar quotes and comments respected). Used to follow what a
// migration file does and to read trigger functions from the catalog.

#include <QList>
#include <QString>

#include <optional>

namespace sw::sql {

struct Statement {
    QString text;      // without the closing ";"
    int line = 0;      // 0-based line of its first character within the SQL
};

QList<Statement> splitStatements(const QString &sql);

struct Token {
    enum class Kind { Word, QuotedIdentifier, String, DollarString, Number, Symbol };
    Kind kind;
    QString text;      // words lower-cased; identifiers, strings and dollar bodies unquoted
    int line = 0;      // 0-based, within the text tokenized

    bool isWord(const char *word) const { return kind == Kind::Word && text == QLatin1String(word); }
    bool isSymbol(const char *symbol) const { return kind == Kind::Symbol && text == QLatin1String(symbol); }
    bool isName() const { return kind == Kind::Word || kind == Kind::QuotedIdentifier; }
};

QList<Token> tokenize(const QString &sql);

// The tokens of `sql` one at a time, for a reader whose first words tell it
// what it needs (a statement's kind and table), not a whole function body.
class Tokenizer {
public:
    explicit Tokenizer(const QString &sql) : m_sql(sql) {}  // `sql` must outlive the tokenizer
    std::optional<Token> next();  // nullopt at the end

private:
    const QString &m_sql;
    qsizetype m_at = 0;
    int m_line = 0;
};

} // namespace sw::sql
