#pragma once
// A history trigger function read back from its plpgsql source (from a
// migration file or from pg_proc), and the guide's checklist applied to it.

#include "problem.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace sw {

struct HistoryBranch {
    QString operation;       // DELETE, UPDATE or INSERT: the TG_OP it handles
    QString target;          // the table it inserts into
    QStringList columns;     // as listed in INSERT INTO … (…)
    QStringList values;      // as listed in VALUES (…), normalised: OLD.id, NEW.id, 'DELETE', NOW()
    QString returned;        // OLD, NEW, NULL
    int line = 0;            // 0-based within the source
    // A statement-level function's: the transition table it copies (INSERT … SELECT … FROM old_rows);
    // its values read OLD.x or NEW.x when the table's name says which it is.
    QString rows = {};
};

struct HistoryFunctionSource {
    QList<HistoryBranch> branches;
    const HistoryBranch *branch(const QString &operation) const;
};

HistoryFunctionSource readHistoryFunction(const QString &plpgsqlSource);

// The guide's trigger function checklist. `historyColumns` are the history
// table's columns without history_id, when known. Problems carry code, message
// and a 0-based line within the source; callers add file, table and offset.
QList<Problem> checkHistoryFunction(const HistoryFunctionSource &source, const QString &functionName,
                                    const std::optional<QStringList> &historyColumns);

} // namespace sw
