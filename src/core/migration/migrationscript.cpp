#include "migration/migrationscript.h"

#include "problem.h"

#include <QFile>
#include <QRegularExpression>

namespace sw {

namespace {

// A cursor over one function body of Python source.
class BodyReader {
public:
    BodyReader(QStringView text, int firstLine) : m_text(text), m_line(firstLine) {}

    MigrationFunction read(MigrationFunction function);

private:
    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek(qsizetype ahead = 0) const { return m_pos + ahead < m_text.size() ? m_text.at(m_pos + ahead) : QChar(); }
    void advance()
    {
        if (peek() == u'\n')
            ++m_line;
        ++m_pos;
    }
    void skipSpaceAndComments();
    bool startsWith(const QString &word) const { return m_text.mid(m_pos, word.size()) == word; }
    bool readStringLiteral(QString *value);
    void skipStatement();
    QStringView currentLine() const;  // from the cursor to the end of its line
    qsizetype column() const { return m_pos - m_text.lastIndexOf(QLatin1Char('\n'), m_pos - 1) - 1; }

    QStringView m_text;  // the function's body, within the file's text
    qsizetype m_pos = 0;
    int m_line;
};

void BodyReader::skipSpaceAndComments()
{
    while (!atEnd()) {
        if (peek().isSpace() || peek() == u';') {
            advance();
        } else if (peek() == u'#') {
            while (!atEnd() && peek() != u'\n')
                advance();
        } else {
            break;
        }
    }
}

QStringView BodyReader::currentLine() const
{
    const qsizetype end = m_text.indexOf(QLatin1Char('\n'), m_pos);
    return QStringView(m_text).mid(m_pos, (end < 0 ? m_text.size() : end) - m_pos);
}

// A Python string literal (r/u prefixes, single or triple quotes), decoded.
bool BodyReader::readStringLiteral(QString *value)
{
    bool raw = false;
    while (peek() == u'r' || peek() == u'R' || peek() == u'u' || peek() == u'U') {
        raw = raw || peek().toLower() == u'r';
        advance();
    }
    const QChar quote = peek();
    if (quote != u'"' && quote != u'\'')
        return false;
    const bool triple = peek(1) == quote && peek(2) == quote;
    for (int i = 0; i < (triple ? 3 : 1); ++i)
        advance();
    while (!atEnd()) {
        if (triple ? (peek() == quote && peek(1) == quote && peek(2) == quote) : peek() == quote) {
            for (int i = 0; i < (triple ? 3 : 1); ++i)
                advance();
            return true;
        }
        if (!triple && peek() == u'\n')
            return false;
        if (peek() == u'\\' && !raw) {
            const QChar next = peek(1);
            advance();
            advance();
            switch (next.unicode()) {
            case 'n': *value += QLatin1Char('\n'); break;
            case 't': *value += QLatin1Char('\t'); break;
            case '\n': break;  // line continuation
            case '\\': case '\'': case '"': *value += next; break;
            default: *value += QLatin1Char('\\'); *value += next; break;
            }
            continue;
        }
        if (peek() == u'\\' && raw) {
            *value += peek();
            advance();
        }
        *value += peek();
        advance();
    }
    return false;
}

// Skips to the end of a statement: the end of its line outside brackets and strings.
void BodyReader::skipStatement()
{
    int depth = 0;
    while (!atEnd()) {
        const QChar c = peek();
        if (c == u'"' || c == u'\'') {
            QString ignored;
            if (!readStringLiteral(&ignored))
                advance();
            continue;
        }
        if (c == u'(' || c == u'[' || c == u'{')
            ++depth;
        else if (c == u')' || c == u']' || c == u'}')
            --depth;
        else if (c == u'\n' && depth <= 0)
            return;
        advance();
    }
}

MigrationFunction BodyReader::read(MigrationFunction function)
{
    static const QRegularExpression opCall(QStringLiteral("^op\\s*\\.\\s*(\\w+)\\s*\\("));
    static const QRegularExpression autocommitBlock(
        QStringLiteral("^with\\s+op\\s*\\.\\s*get_context\\s*\\(\\s*\\)\\s*\\.\\s*autocommit_block\\s*\\(\\s*\\)\\s*:"));
    qsizetype blockIndent = -1;  // of the `with` line of the autocommit block we are in
    while (true) {
        skipSpaceAndComments();
        if (atEnd())
            break;
        const int line = m_line;
        // Matched against this line alone: against the rest of the file, each
        // match cost as much as the file is long (a 2,000-table migration took minutes).
        const QStringView thisLine = currentLine();
        const QString lineText = thisLine.trimmed().left(80).toString();
        if (blockIndent >= 0 && column() <= blockIndent)
            blockIndent = -1;
        if (autocommitBlock.match(thisLine).hasMatch()) {
            blockIndent = column();
            skipStatement();
            continue;
        }
        if (startsWith(QStringLiteral("pass")) && !peek(4).isLetterOrNumber() && peek(4) != u'_') {
            m_pos += 4;
            continue;
        }
        const QRegularExpressionMatch call = opCall.match(thisLine);
        if (call.hasMatch() && call.captured(1) == QLatin1String("execute")) {
            const qsizetype afterParen = m_pos + call.capturedLength();
            while (m_pos < afterParen)
                advance();
            skipSpaceAndComments();
            SqlBlock block{{}, m_line, blockIndent >= 0};
            bool literal = false;
            // Adjacent literals concatenate, as in Python.
            while (peek() == u'"' || peek() == u'\'' || ((peek().toLower() == u'r' || peek().toLower() == u'u') && (peek(1) == u'"' || peek(1) == u'\''))) {
                if (!readStringLiteral(&block.sql))
                    break;
                literal = true;
                skipSpaceAndComments();
            }
            if (literal && peek() == u')') {
                advance();
                // SQLAlchemy's text() turns \: back into a colon.
                block.sql.replace(QLatin1String("\\:"), QLatin1String(":"));
                function.executes << block;
                continue;
            }
            function.notUnderstood << PythonStatement{lineText, line};
        } else if (call.hasMatch()) {
            function.otherOperations << PythonStatement{lineText, line};
        } else {
            function.notUnderstood << PythonStatement{lineText, line};
        }
        skipStatement();
    }
    return function;
}

// The body of top-level `def name(...):`, from the line after the def to the
// next line that starts at column 0 with code.
MigrationFunction readFunction(const QString &text, const QString &name)
{
    MigrationFunction function;
    const QRegularExpression def(QStringLiteral("^def\\s+%1\\s*\\([^)]*\\)\\s*(->[^:]*)?:[^\\n]*\\n").arg(name),
                                 QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = def.match(text);
    if (!m.hasMatch())
        return function;
    function.present = true;
    // Views into the file, not copies: a 2,000-table migration is megabytes.
    const QStringView file(text);
    function.line = int(file.left(m.capturedStart()).count(QLatin1Char('\n'))) + 1;
    static const QRegularExpression nextTopLevel(QStringLiteral("^[^\\s#]"), QRegularExpression::MultilineOption);
    qsizetype end = text.size();
    // Top-level lines inside a triple-quoted string are not the end: skip past strings.
    for (auto it = nextTopLevel.globalMatch(text, m.capturedEnd()); it.hasNext();) {
        const qsizetype candidate = it.next().capturedStart();
        const QStringView before = file.mid(m.capturedEnd(), candidate - m.capturedEnd());
        if (before.count(QLatin1String("\"\"\"")) % 2 == 0 && before.count(QLatin1String("'''")) % 2 == 0) {
            end = candidate;
            break;
        }
    }
    return BodyReader(file.mid(m.capturedEnd(), end - m.capturedEnd()), function.line + 1).read(function);
}

} // namespace

MigrationScript parseMigrationScript(const QString &text, const MigrationScriptInfo &info)
{
    return MigrationScript{info, readFunction(text, QStringLiteral("upgrade")), readFunction(text, QStringLiteral("downgrade"))};
}

QList<MigrationScript> readMigrationScripts(const QString &dir, QList<Problem> *problems)
{
    MigrationFolderScan scan = scanMigrationFolder(dir);
    QList<MigrationScript> scripts;
    for (const MigrationScriptInfo &info : scan.scripts) {
        QFile file(info.path);
        if (!file.open(QIODevice::ReadOnly)) {
            scan.problems << Problem{Problem::Severity::Error, QStringLiteral("cannot-read"), QStringLiteral("cannot read: %1").arg(file.errorString()),
                                     info.path, {}, {}, {}, 0};
            continue;
        }
        scripts << parseMigrationScript(QString::fromUtf8(file.readAll()), info);
    }
    if (problems)
        *problems += scan.problems;
    else
        throwFolderProblems(scan.problems);
    return scripts;
}

} // namespace sw
