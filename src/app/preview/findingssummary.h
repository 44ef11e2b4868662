#pragma once
// What the preview says under its SQL: the generator's notes, then the lint
// findings that need a look, one line per finding code (its lines listed),
// at most a few lines: a big migration's findings never take the SQL's room.
// The whole list goes in the tooltip.

#include "lint/statementlocks.h"

#include <QStringList>

namespace sw::app {

struct FindingsSummary {
    QString shown;  // at most `maxLines` lines, the last saying how many more there are
    QString all;    // every note and finding, one per line
};

FindingsSummary summarizeFindings(const QStringList &notes, const QList<StatementLockMark> &locks, int maxLines);

} // namespace sw::app
