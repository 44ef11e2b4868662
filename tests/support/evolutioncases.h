#pragma once
// One case per kind of change to an existing design: the base design
// (tests/data/evolution/base.json), how the case changes it, and the
// insert/update/delete that proves the history still records every column.

#include "model/schema.h"

#include <functional>

namespace sw::test {

struct EvolutionCase {
    QString name;                            // also the golden file's name
    std::function<void(Project &)> change;
    QString table;                           // the table the DML below works on
    QString dml;                             // one INSERT, one UPDATE, one DELETE, in that order
    bool keepsAllRows = true;                // false where the change drops a table's rows on purpose
    // Proof that a constraint or key the change makes is really there (and
    // really gone after the downgrade): SQL that must fail after the upgrade,
    // and SQL that must fail after the downgrade. Empty: nothing to prove.
    QString failsAfterUpgrade = {};
    QString failsAfterDowngrade = {};
};

Project evolutionBase();
QList<EvolutionCase> evolutionCases();
// Rows in the base design's tables (main and history) before any change.
QString evolutionSeedSql();
// The base design with the named cases' changes applied one after another.
Project evolvedDesign(const QStringList &caseNames);

} // namespace sw::test
