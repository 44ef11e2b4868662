#include "migration/migrationmessage.h"

#include <QRegularExpression>
#include <QSet>

namespace sw {

namespace {

// Words that say nothing about what a migration does. A message made of these
// alone ("update_schema", "fix_db", "changes", "migration_v2") is refused.
bool isVagueWord(const QString &word)
{
    static const QSet<QString> vague = {
        "update", "updates", "updated", "fix", "fixes", "fixed", "change", "changes", "changed", "schema",
        "db", "database", "migration", "migrations", "migrate", "misc", "stuff", "wip", "temp", "tmp",
        "test", "new", "various", "some", "more", "tweak", "tweaks", "cleanup", "patch", "edit", "edits",
        "modify", "modifications", "tables", "table", "columns", "column", "initial", "init", "final", "latest",
    };
    static const QRegularExpression version(QStringLiteral("^v?\\d+$"));
    return vague.contains(word) || version.match(word).hasMatch();
}

} // namespace

QString migrationMessageProblem(const QString &message)
{
    static const QRegularExpression snakeCase(QStringLiteral("^[a-z][a-z0-9]*(_[a-z0-9]+)*$"));
    const QString hint = QStringLiteral("; say what it does, e.g. create_orders_table or add_status_column_to_orders");
    if (message.isEmpty())
        return QStringLiteral("the migration message is empty") + hint;
    if (!snakeCase.match(message).hasMatch())
        return QStringLiteral("the migration message \"%1\" is not snake_case (lower-case words joined by _)").arg(message) + hint;
    if (message.size() > 80)
        return QStringLiteral("the migration message \"%1\" is longer than 80 characters").arg(message);
    const QStringList words = message.split(QLatin1Char('_'));
    if (words.size() < 2 || std::all_of(words.begin(), words.end(), isVagueWord))
        return QStringLiteral("the migration message \"%1\" is too vague").arg(message) + hint;
    return {};
}

} // namespace sw
