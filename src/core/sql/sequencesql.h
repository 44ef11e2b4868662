#pragma once
// Sequence options in SQL: for CREATE SEQUENCE, identity columns, and the
// ALTERs that move a sequence from one set of options to another.

#include "model/schema.h"

#include <QString>

namespace sw::sql {

// "START WITH 100 INCREMENT BY 10 CACHE 20 CYCLE": only what is set.
QString sequenceOptions(const SequenceOptions &options);
// What takes a sequence of `type` from `from` to `to`, each option that
// changes said (back to its default where `to` has none); `prefix` is put
// before each ("SET " for an identity column).
QString sequenceChanges(const SequenceOptions &from, const SequenceOptions &to, const QString &type, const QString &prefix = {});

QString sequenceRef(const Sequence &sequence);
QString createSequence(const Sequence &sequence);
QString dropSequence(const Sequence &sequence);

} // namespace sw::sql
