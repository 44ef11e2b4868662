#pragma once
// Sequence options in SQL: for CREATE SEQUENCE, identity columns, and the
// ALTERs that move a sequence from one set of options to another.

#include "model/schema.h"

#include <QString>

namespace sw::sql {

// "START WITH 100 INCREMENT BY 10 CACHE 20 CYCLE": only what is set.
QString sequenceOptions(const SequenceOptions &options);
// The other way, as a user types it: "START WITH 100 INCREMENT BY 5 NO CYCLE"
// (WITH and BY optional, any case); nullopt for text that is not only options.
std::optional<SequenceOptions> parseSequenceOptions(const QString &text);
// What takes a sequence of `type` from `from` to `to`, each option that
// changes said (back to its default where `to` has none); `prefix` is put
// before each ("SET " for an identity column).
QString sequenceChanges(const SequenceOptions &from, const SequenceOptions &to, const QString &type, const QString &prefix = {});

// A sequence as pg_sequence holds it, keeping only what PostgreSQL's defaults for `type` would not give.
SequenceOptions nonDefaultSequenceOptions(const QString &type, qint64 start, qint64 increment, qint64 minimum, qint64 maximum, qint64 cache, bool cycle);

QString sequenceRef(const Sequence &sequence);
// The sequence PostgreSQL makes for a serial column, as SQL names it.
QString serialSequenceRef(const Table &table, const QString &column);
QString createSequence(const Sequence &sequence);
QString dropSequence(const Sequence &sequence);

} // namespace sw::sql
