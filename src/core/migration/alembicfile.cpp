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

QString renderExecute(const MigrationStep &step, const QString &indent)
{
    QStringList lines = escapeSqlForAlembic(step.sql).split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = line.isEmpty() || step.verbatim ? line : indent + kIndent + line;
    return indent + QStringLiteral("op.execute(\"\"\"\n") + lines.join(QLatin1Char('\n')) + QLatin1Char('\n') + indent + QStringLiteral("\"\"\")\n");
}

// Steps that run outside the transaction share one autocommit block; each
// statement there is its own op.execute(), as PostgreSQL runs it on its own.
// `sqlLines`, if given, gets the 0-based line of the body where each step's SQL begins.
QString renderSteps(const QList<MigrationStep> &steps, const QStringList &warnings, QList<int> *sqlLines = nullptr)
{
    if (steps.isEmpty())
        return kIndent + QStringLiteral("pass\n");
    QString body;
    // Room for it all at once (the SQL indented, with its comment), not grown by doubling: megabytes for 2,000 tables.
    body.reserve(std::accumulate(steps.begin(), steps.end(), qsizetype(1024), [](qsizetype sum, const MigrationStep &step) {
        return sum + step.sql.size() * 3 / 2 + step.comment.size() + 96;
    }));
    for (const QString &warning : warnings)
        body += kIndent + QStringLiteral("# WARNING: ") + warning + QLatin1Char('\n');
    qsizetype counted = 0;
    int lines = 0;
    for (int i = 0; i < steps.size(); ++i) {
        const MigrationStep &step = steps.at(i);
        const bool opensBlock = step.autocommit && (i == 0 || !steps.at(i - 1).autocommit);
        if ((i > 0 || !warnings.isEmpty()) && !(step.autocommit && !opensBlock))
            body += QLatin1Char('\n');
        if (opensBlock)
            body += kIndent + QStringLiteral("with op.get_context().autocommit_block():\n");
        const QString indent = step.autocommit ? kIndent + kIndent : kIndent;
        body += indent + QStringLiteral("# ") + step.comment + QLatin1Char('\n');
        if (sqlLines) {  // counted as the body grows: the line after `op.execute("""`
            lines += int(QStringView(body).mid(counted).count(QLatin1Char('\n')));
            counted = body.size();
            *sqlLines << lines + 1;
        }
        body += renderExecute(step, indent);
    }
    return body;
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
    const QString head = QStringLiteral("\"\"\"%1\n"
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
    const QString upgrade = renderSteps(plan.upgrade, plan.warnings, upgradeSqlLines);
    if (upgradeSqlLines) {  // from lines of upgrade()'s body to lines of the file
        const int bodyLine = int(head.count(QLatin1Char('\n'))) + 1;
        for (int &line : *upgradeSqlLines)
            line += bodyLine;
    }
    return head + upgrade + QStringLiteral("\n\ndef downgrade():\n") + renderSteps(plan.downgrade, {});
}

} // namespace sw
