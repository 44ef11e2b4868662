#pragma once
// Errors as values: what is wrong and exactly where (file, table, column, line).
// Core reports problems; the GUI and the CLI only present them.

#include <QList>
#include <QString>

#include <exception>

namespace sw {

struct Problem {
    // Info: worth knowing, nothing to fix (never counted as a problem).
    enum class Severity { Error, Warning, Info };

    Severity severity = Severity::Error;
    QString code;      // stable, machine-readable: "unknown-type", "identifier-too-long", ...
    QString message;   // what is wrong and what to do, for a person
    QString file;
    QString schema;
    QString table;
    QString column;
    int line = 0;      // 1-based; 0 when no line applies
    QString revision{};  // the migration's, where a migration file is concerned
    // The same finding's rule in squawk, the PostgreSQL migration linter
    // ("changing-column-type"; comma-separated where squawk reports two rules
    // for one statement); empty when squawk has none.
    QString squawk{};

    bool isError() const { return severity == Severity::Error; }
    bool isInfo() const { return severity == Severity::Info; }
    bool operator==(const Problem &) const = default;
    // "orders.json:12: table orders, column status: unknown type \"strng\""
    QString text() const;
};

bool hasErrors(const QList<Problem> &problems);

// The one exception type core throws; it carries the problem that stopped the work.
class SchemaError : public std::exception {
public:
    explicit SchemaError(Problem problem);
    SchemaError(const QString &code, const QString &message);
    const Problem &problem() const { return m_problem; }
    const char *what() const noexcept override { return m_what.constData(); }

private:
    Problem m_problem;
    QByteArray m_what;
};

} // namespace sw
