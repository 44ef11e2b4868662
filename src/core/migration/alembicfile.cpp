#include "migration/alembicfile.h"

#include <QRegularExpression>
#include <QStringList>

#include <numeric>

namespace sw {

namespace {

const QString kIndent = QStringLiteral("    ");

QString pythonString(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

// Where each line of `sql` starts inside a string or quoted name: its spaces are the value's,
// and indenting the line would change a comment or a default. A dollar-quoted body is
// scanned past (a quote in it is no string) but indented as the house style writes it.
QList<bool> linesInsideLiterals(const QString &sql)
{
    static const QRegularExpression dollarTag(QStringLiteral("\\$[A-Za-z_0-9]*\\$"));
    QList<bool> inside{false};
    QString closing;  // what ends the literal the scan is in: ', ", $tag$ or */; a line break ends a -- comment
    for (qsizetype i = 0; i < sql.size(); ++i) {
        const QChar c = sql.at(i);
        const QStringView rest = QStringView(sql).mid(i);
        if (c == QLatin1Char('\n')) {
            if (closing == QLatin1String("\n"))
                closing.clear();
            inside << (closing == QLatin1String("'") || closing == QLatin1String("\""));
        } else if (!closing.isEmpty()) {
            if (!rest.startsWith(closing))
                continue;
            if (closing.size() == 1 && i + 1 < sql.size() && sql.at(i + 1) == c)
                ++i;  // '' or "": the quote itself
            else
                i += closing.size() - 1, closing.clear();
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            closing = c;
        } else if (rest.startsWith(QLatin1String("--"))) {
            closing = QStringLiteral("\n");
        } else if (rest.startsWith(QLatin1String("/*"))) {
            closing = QStringLiteral("*/"), ++i;
        } else if (c == QLatin1Char('$')) {
            const auto tag = dollarTag.match(sql, i, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
            if (tag.hasMatch())
                closing = tag.captured(), i += closing.size() - 1;
        }
    }
    return inside;
}

void renderExecute(QString &out, const MigrationStep &step, const QString &indent)
{
    out += indent;
    out += QLatin1String("op.execute(\"\"\"\n");
    const QString sql = escapeSqlForAlembic(step.sql);
    const QList<bool> inside = step.verbatim ? QList<bool>{} : linesInsideLiterals(sql);
    for (qsizetype from = 0, line = 0; from <= sql.size(); ++line) {
        qsizetype end = sql.indexOf(QLatin1Char('\n'), from);
        if (end < 0)
            end = sql.size();
        if (end > from && !step.verbatim && !inside.value(line)) {
            out += indent;
            out += kIndent;
        }
        out += QStringView(sql).mid(from, end - from);
        out += QLatin1Char('\n');
        from = end + 1;
    }
    out += indent;
    out += QLatin1String("\"\"\")\n");
}

// Room for a function's body (the SQL indented, with its comments).
qsizetype renderedSize(const QList<MigrationStep> &steps)
{
    return std::accumulate(steps.begin(), steps.end(), qsizetype(256), [](qsizetype sum, const MigrationStep &step) {
        return sum + step.sql.size() * 3 / 2 + step.comment.size() + 96;
    });
}

// Steps that run outside the transaction share one autocommit block; each
// statement there is its own op.execute(), as PostgreSQL runs it on its own.
// Appended to `out`, which is laid out once, not grown by doubling: megabytes
// for 2,000 tables. `sqlLines`, if given, gets the 1-based line of `out` where
// each step's SQL begins.
void renderSteps(QString &out, const QList<MigrationStep> &steps, const QStringList &warnings, QList<int> *sqlLines = nullptr)
{
    if (steps.isEmpty()) {
        out += kIndent;
        out += QLatin1String("pass\n");
        return;
    }
    for (const QString &warning : warnings) {
        out += kIndent;
        out += QLatin1String("# WARNING: ");
        out += warning;
        out += QLatin1Char('\n');
    }
    qsizetype counted = 0;
    int lines = 0;
    for (int i = 0; i < steps.size(); ++i) {
        const MigrationStep &step = steps.at(i);
        const bool opensBlock = step.autocommit && (i == 0 || !steps.at(i - 1).autocommit);
        if ((i > 0 || !warnings.isEmpty()) && !(step.autocommit && !opensBlock))
            out += QLatin1Char('\n');
        if (opensBlock) {
            out += kIndent;
            out += QLatin1String("with op.get_context().autocommit_block():\n");
        }
        const QString indent = step.autocommit ? kIndent + kIndent : kIndent;
        out += indent;
        out += QLatin1String("# ");
        out += step.comment;
        out += QLatin1Char('\n');
        if (sqlLines) {  // counted as the file grows; `op.execute("""` comes next, on line lines + 1, its SQL after it
            lines += int(QStringView(out).mid(counted).count(QLatin1Char('\n')));
            counted = out.size();
            *sqlLines << lines + 2;
        }
        renderExecute(out, step, indent);
    }
}

} // namespace

QString migrationFileName(const QString &revision, const QString &message)
{
    return revision + QLatin1Char('_') + message + QStringLiteral(".py");
}

QList<MigrationHeader> chainedHeaders(const MigrationHeader &first, const QStringList &messages)
{
    QList<MigrationHeader> headers;
    bool numeric = false;
    const qint64 seconds = first.revision.toLongLong(&numeric);
    for (int i = 0; i < messages.size(); ++i) {
        MigrationHeader header = first;
        header.message = messages.at(i);
        if (i > 0) {
            header.revision = numeric ? QString::number(seconds + i) : first.revision + QStringLiteral("_%1").arg(i + 1);
            header.downRevision = headers.last().revision;
            if (numeric)
                header.created = QDateTime::fromSecsSinceEpoch(seconds + i, Qt::UTC);
        }
        headers << header;
    }
    return headers;
}

QString escapeSqlForAlembic(const QString &sql)
{
    if (!sql.contains(QLatin1Char('\\')) && !sql.contains(QLatin1Char(':')) && !sql.contains(QLatin1Char('"')))
        return sql;  // nothing to escape (most statements): no copy, no search
    static const QRegularExpression bindParameter(QStringLiteral("(?<![:\\w\\\\]):(?=\\w+(?!:))"),
                                                  QRegularExpression::UseUnicodePropertiesOption);
    QString text = sql;
    text.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    text.replace(bindParameter, QStringLiteral("\\\\:"));
    while (text.contains(QLatin1String("\"\"\"")))
        text.replace(QLatin1String("\"\"\""), QLatin1String("\"\"\\\""));
    return text;
}

QString renderMigrationFile(const MigrationHeader &header, const MigrationPlan &plan, QList<int> *upgradeSqlLines)
{
    const QString title = QString(header.message).replace(QLatin1Char('_'), QLatin1Char(' '));
    const QString down = header.downRevision ? pythonString(*header.downRevision) : QStringLiteral("None");
    QString file = QStringLiteral("\"\"\"%1\n"
                                  "\n"
                                  "Revision ID: %2\n"
                                  "Revises:%3\n"
                                  "Create Date: %4\n"
                                  "\"\"\"\n"
                                  "from alembic import op\n"
                                  "\n"
                                  "revision = %5\n"
                                  "down_revision = %6\n"
                                  "branch_labels = None\n"
                                  "depends_on = None\n"
                                  "\n"
                                  "\n"
                                  "def upgrade():\n")
                       .arg(title, header.revision, header.downRevision ? QLatin1Char(' ') + *header.downRevision : QString(),
                            header.created.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), pythonString(header.revision), down);
    file.reserve(file.size() + renderedSize(plan.upgrade) + renderedSize(plan.downgrade));
    renderSteps(file, plan.upgrade, plan.warnings, upgradeSqlLines);
    file += QLatin1String("\n\ndef downgrade():\n");
    renderSteps(file, plan.downgrade, {});
    return file;
}

} // namespace sw
