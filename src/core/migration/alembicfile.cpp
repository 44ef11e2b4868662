#include "migration/alembicfile.h"

#include <QRegularExpression>
#include <QStringList>

namespace sw {

namespace {

const QString kIndent = QStringLiteral("    ");
const QString kSqlIndent = QStringLiteral("        ");

QString pythonString(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString renderSteps(const QList<MigrationStep> &steps, const QStringList &warnings)
{
    if (steps.isEmpty())
        return kIndent + QStringLiteral("pass\n");
    QString body;
    for (const QString &warning : warnings)
        body += kIndent + QStringLiteral("# WARNING: ") + warning + QLatin1Char('\n');
    for (int i = 0; i < steps.size(); ++i) {
        if (i > 0 || !warnings.isEmpty())
            body += QLatin1Char('\n');
        body += kIndent + QStringLiteral("# ") + steps.at(i).comment + QLatin1Char('\n');
        QStringList lines = escapeSqlForAlembic(steps.at(i).sql).split(QLatin1Char('\n'));
        for (QString &line : lines)
            line = line.isEmpty() || steps.at(i).verbatim ? line : kSqlIndent + line;
        body += kIndent + QStringLiteral("op.execute(\"\"\"\n") + lines.join(QLatin1Char('\n')) + QLatin1Char('\n')
            + kIndent + QStringLiteral("\"\"\")\n");
    }
    return body;
}

} // namespace

QString migrationFileName(const QString &revision, const QString &message)
{
    return revision + QLatin1Char('_') + message + QStringLiteral(".py");
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

QString renderMigrationFile(const MigrationHeader &header, const MigrationPlan &plan)
{
    const QString title = QString(header.message).replace(QLatin1Char('_'), QLatin1Char(' '));
    const QString down = header.downRevision ? pythonString(*header.downRevision) : QStringLiteral("None");
    return QStringLiteral("\"\"\"%1\n"
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
                          "def upgrade():\n"
                          "%7"
                          "\n"
                          "\n"
                          "def downgrade():\n"
                          "%8")
        .arg(title, header.revision, header.downRevision ? QLatin1Char(' ') + *header.downRevision : QString(),
             header.created.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), pythonString(header.revision), down,
             renderSteps(plan.upgrade, plan.warnings), renderSteps(plan.downgrade, {}));
}

} // namespace sw
