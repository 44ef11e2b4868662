#include "shared/migrationhighlighter.h"

#include <QGuiApplication>
#include <QPalette>

namespace sw::app {

namespace {

QTextCharFormat charFormat(const QColor &color, bool bold = false, bool italic = false)
{
    QTextCharFormat f;
    f.setForeground(color);
    f.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    f.setFontItalic(italic);
    return f;
}

} // namespace

MigrationHighlighter::MigrationHighlighter(QTextDocument *document) : QSyntaxHighlighter(document)
{
    const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
    const QColor keyword = dark ? QColor(0x82, 0xaa, 0xff) : QColor(0x1a, 0x4f, 0xa0);
    const QColor sql = dark ? QColor(0xc7, 0x92, 0xea) : QColor(0x7b, 0x1f, 0xa2);
    const QColor string = dark ? QColor(0xc3, 0xe8, 0x8d) : QColor(0x2e, 0x7d, 0x32);
    const QColor comment = dark ? QColor(0x90, 0x90, 0x90) : QColor(0x75, 0x75, 0x75);
    m_rules = {
        {QRegularExpression(QStringLiteral("\\b(def|from|import|return|None|pass)\\b")), charFormat(keyword, true)},
        {QRegularExpression(QStringLiteral("\\b(CREATE|OR|REPLACE|TABLE|INDEX|UNIQUE|DROP|ALTER|ADD|COLUMN|CONSTRAINT|PRIMARY|KEY|FOREIGN|"
                                           "REFERENCES|CHECK|NOT|NULL|DEFAULT|FUNCTION|TRIGGER|RETURNS|AS|BEGIN|END|IF|ELSIF|THEN|INSERT|INTO|"
                                           "VALUES|RETURN|LANGUAGE|AFTER|BEFORE|UPDATE|DELETE|ON|FOR|EACH|ROW|EXECUTE|COMMENT|IS|RENAME|TO|TYPE|"
                                           "USING|SET|SEQUENCE|WHERE|CASCADE|RESTRICT|ENABLE|DISABLE)\\b")),
         charFormat(sql, true)},
        {QRegularExpression(QStringLiteral("'(?:[^']|'')*'")), charFormat(string)},
        {QRegularExpression(QStringLiteral("\"\"\"|\"[^\"]*\"")), charFormat(string)},
        {QRegularExpression(QStringLiteral("#[^\\n]*|--[^\\n]*")), charFormat(comment, false, true)},
    };
}

void MigrationHighlighter::highlightBlock(const QString &text)
{
    for (const Rule &rule : m_rules)
        for (auto it = rule.pattern.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            setFormat(int(m.capturedStart()), int(m.capturedLength()), rule.format);
        }
}

} // namespace sw::app
