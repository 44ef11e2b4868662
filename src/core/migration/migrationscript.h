#pragma once
// Reading an Alembic migration file the way Schemawright needs it: its
// revisions, and the SQL each of upgrade() and downgrade() passes to
// op.execute(), with line numbers. Anything else in those functions (other
// op.* calls, Python logic) is reported, never guessed at.

#include "migration/migrationfolder.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>

namespace sw {

struct SqlBlock {
    QString sql;    // as the database receives it (Python and SQLAlchemy escapes resolved)
    int line = 0;   // line of the file where the string starts
    // Inside `with op.get_context().autocommit_block():`: runs outside the
    // migration's transaction, which commits before it and begins again after.
    bool autocommit = false;
};

struct PythonStatement {
    QString text;   // first line of it, for messages
    int line = 0;
};

struct MigrationFunction {
    bool present = false;
    int line = 0;                              // of `def ...`
    QList<SqlBlock> executes;
    QList<PythonStatement> otherOperations;    // op.add_column(...) and the like
    QList<PythonStatement> notUnderstood;      // Python logic: loops, variables, calls
    bool isEmpty() const { return executes.isEmpty() && otherOperations.isEmpty() && notUnderstood.isEmpty(); }
    // Every statement is op.execute() with a literal string: Schemawright can run it itself.
    bool isPlainSql() const { return otherOperations.isEmpty() && notUnderstood.isEmpty(); }
    bool hasAutocommit() const { return std::any_of(executes.begin(), executes.end(), [](const SqlBlock &b) { return b.autocommit; }); }
};

struct MigrationScript {
    MigrationScriptInfo info;
    MigrationFunction upgrade;
    MigrationFunction downgrade;
};

MigrationScript parseMigrationScript(const QString &text, const MigrationScriptInfo &info);

// Every migration of the folder, parsed. A file that is not a migration
// Alembic can load is added to `problems`; without `problems`, it throws
// SchemaError naming every such file. A missing folder always throws.
QList<MigrationScript> readMigrationScripts(const QString &dir, QList<Problem> *problems = nullptr);

} // namespace sw
