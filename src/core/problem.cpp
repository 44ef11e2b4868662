#include "problem.h"

#include <QStringList>

namespace sw {

QString Problem::text() const
{
    QString where;
    if (!file.isEmpty())
        where = line > 0 ? QStringLiteral("%1:%2: ").arg(file).arg(line) : file + QStringLiteral(": ");
    QStringList objects;
    // Types and extensions are named with their kind ("type mood"), tables without.
    if (table.startsWith(QLatin1String("type ")) || table.startsWith(QLatin1String("extension ")))
        objects << table;
    else if (!table.isEmpty())
        objects << QStringLiteral("table %1").arg(table);
    if (!column.isEmpty())
        objects << QStringLiteral("column %1").arg(column);
    if (!objects.isEmpty())
        where += objects.join(QStringLiteral(", ")) + QStringLiteral(": ");
    return where + message;
}

bool hasErrors(const QList<Problem> &problems)
{
    for (const Problem &p : problems)
        if (p.isError())
            return true;
    return false;
}

SchemaError::SchemaError(Problem problem)
    : m_problem(std::move(problem)), m_what(m_problem.text().toUtf8())
{
}

SchemaError::SchemaError(const QString &code, const QString &message)
    : SchemaError(Problem{Problem::Severity::Error, code, message, {}, {}, {}, {}, 0})
{
}

} // namespace sw
