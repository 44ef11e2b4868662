#pragma once
// What one statement of a migration does to a table that already holds rows:
// the lock it takes, whether it rewrites the table, scans it or only touches
// the catalog (PostgreSQL 15's rules), and the risky patterns among them, each
// with the name squawk (the PostgreSQL migration linter) gives it, if any.

#include "lint/simulatedschema.h"
#include "migration/migrationplan.h"
#include "sql/sqlreader.h"

#include <QMap>
#include <QSet>

#include <functional>
#include <optional>

namespace sw {

// Weakest first, as PostgreSQL's table-level lock modes.
enum class LockMode { None, AccessShare, RowShare, RowExclusive, ShareUpdateExclusive, Share, ShareRowExclusive, Exclusive, AccessExclusive };
enum class TableWork { None, Catalog, Rows, Scan, Rewrite };

QString lockModeName(LockMode lock);     // "ACCESS EXCLUSIVE"; "none"
QString lockBlocks(LockMode lock);       // "reads and writes", "writes", …
QString tableWorkName(TableWork work);   // "rewrites the table", "scans the table", …

struct SafetyFinding {
    QString code;     // ours, stable: "type-change-rewrites"
    // squawk's rules for it ("changing-column-type"; "a,b" where squawk reports two for the
    // statement), empty when it has none
    QString squawk;
    QString table;
    QString column;
    QString message;  // what happens, and how to do it safely
    bool note = false;  // worth knowing, never a risk: an info finding
};

struct StatementSafety {
    LockMode lock = LockMode::None;
    TableWork work = TableWork::None;
    QString table;    // the table locked, as written; empty when none
    bool newTable = false;  // made earlier in the same migration: nothing to wait for, nothing at risk
    QList<SafetyFinding> findings;
};

// What the statements of one upgrade() know as they are read in order.
struct MigrationLocks {
    explicit MigrationLocks(const SimulatedSchema &before) : m_before(&before) {}
    // `before` made when first asked for: only a column's type change asks,
    // and the preview's refresh would otherwise simulate 4,000 tables for none.
    explicit MigrationLocks(std::function<SimulatedSchema()> makeBefore) : m_makeBefore(std::move(makeBefore)) {}
    MigrationLocks(const MigrationLocks &) = delete;  // would point at the other's schema
    MigrationLocks &operator=(const MigrationLocks &) = delete;

    StatementSafety analyse(const QString &statement);
    const SimulatedSchema &schema();    // the tables as the chain left them before this migration

    QSet<QString> created;              // tables this migration created: empty, nobody waits for them
    bool lockTimeout = false;           // SET [LOCAL] lock_timeout seen
    bool lockTimeoutReported = false;
    // Carried from one migration of the chain to the next: the production-safe
    // NOT NULL adds the check in one, validates it in the next, SETs NOT NULL after.
    QMap<QString, QSet<QString>> provenNotNull;  // table -> columns a valid CHECK (col IS NOT NULL) proves
    QMap<QString, QString> notValidNotNull;      // "table#constraint" -> the column its NOT VALID check would prove

private:
    const SimulatedSchema *m_before = nullptr;
    std::function<SimulatedSchema()> m_makeBefore;
    std::optional<SimulatedSchema> m_made;
};

// One statement of an upgrade() with what it locks, at its line of the file.
struct StatementLockMark {
    int line = 0;        // 1-based line of the migration file
    QString statement;   // its text
    StatementSafety safety;
};

// Every statement of the SQL block that starts at file line `firstLine`, in order.
QList<StatementLockMark> blockLocks(const QString &sql, int firstLine, MigrationLocks &locks);
// Every statement of a planned upgrade, from the tables the design `before` holds, each
// step's SQL starting at file line sqlLines[i] (renderMigrationFile's): what
// the linter reads back from the file, without reading the file.
QList<StatementLockMark> planLocks(const QList<MigrationStep> &upgrade, const QList<int> &sqlLines, const Project &before);

} // namespace sw
