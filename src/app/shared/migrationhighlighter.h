#pragma once
// Colours for a migration file: Python keywords and comments, and the SQL
// inside op.execute(). Colours come from the palette so dark themes work.

#include <QRegularExpression>
#include <QSyntaxHighlighter>

namespace sw::app {

class MigrationHighlighter : public QSyntaxHighlighter {
    Q_OBJECT
public:
    explicit MigrationHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;

private:
    struct Rule {
        QRegularExpression pattern;
        QTextCharFormat format;
    };
    QList<Rule> m_rules;
};

} // namespace sw::app
