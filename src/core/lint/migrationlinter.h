#pragma once
// `schemawright-cli lint`: the house conventions checked on a folder of
// migration files, including files people wrote by hand.

#include "lint/tablesizes.h"
#include "problem.h"

#include <QList>
#include <QString>

namespace sw {

// What one statement of an upgrade() locks, and what it does to the table.
struct StatementLockReport {
    QString file;
    QString revision;
    int line = 0;
    QString lock;      // "ACCESS EXCLUSIVE"
    QString work;      // "rewrites the table", "scans the table", "catalog only", "changes rows"
    QString blocks;    // "reads and writes", "writes", …
    QString table;
    bool newTable = false;  // created earlier in the same migration
    QString statement; // its first line
};

struct LintOptions {
    // Receives the lock of every statement of every upgrade() that locks a table, in chain order.
    QList<StatementLockReport> *statements = nullptr;
    // The live size of each table ("schema.name"): lock findings weighed by it.
    const QHash<QString, TableSize> *tableSizes = nullptr;
};

// Every finding names its file and line. Throws SchemaError when the folder
// cannot be read at all.
QList<Problem> lintMigrationFolder(const QString &dir, const LintOptions &options = {});

} // namespace sw
