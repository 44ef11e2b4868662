#pragma once
// The Alembic migration file Schemawright writes (docs/generated-sql.md,
// "The migration file"), and its name.

#include "migration/migrationplan.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace sw {

struct MigrationHeader {
    QString revision;
    std::optional<QString> downRevision;  // nullopt for the first migration
    QString message;                      // snake_case
    QDateTime created;
};

QString migrationFileName(const QString &revision, const QString &message);
// The headers of migrations written one after another from `first`, one per
// message: each revises the one before; a numeric revision counts up by one
// second, another gets _2, _3….
QList<MigrationHeader> chainedHeaders(const MigrationHeader &first, const QStringList &messages);
// `upgradeSqlLines`, if given, gets the 1-based line of the file where each
// step of plan.upgrade has its SQL's first line.
QString renderMigrationFile(const MigrationHeader &header, const MigrationPlan &plan, QList<int> *upgradeSqlLines = nullptr);

// `sql` as the body of a Python triple-quoted string that reaches the database
// unchanged through op.execute(): backslashes doubled, and colons that
// SQLAlchemy's text() would take for bind parameters escaped.
QString escapeSqlForAlembic(const QString &sql);

} // namespace sw
