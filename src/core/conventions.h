#pragma once
// The house conventions: every name Schemawright derives from a table's name.
// generated-sql.md fixes the defaults; a project may one day configure others,
// so every rule that needs a derived name asks this one place.

#include "model/schema.h"

#include <QSet>
#include <QString>
#include <QStringList>

namespace sw {

namespace conventions {

inline const QString kHistoryIdColumn = QStringLiteral("history_id");
inline const QString kOperationColumn = QStringLiteral("operation");
inline const QString kChangedAtColumn = QStringLiteral("changed_at");
inline const QString kUpdatedAtColumn = QStringLiteral("updated_at");
// The transition tables statement-level history triggers read.
inline const QString kOldRows = QStringLiteral("old_rows");
inline const QString kNewRows = QStringLiteral("new_rows");

// A name the conventions derive keeps to PostgreSQL's 63 bytes: where
// `start` + `ending` would be longer, `start` loses bytes at its end and is
// followed by "_" and the first 8 hex digits of the MD5 of the whole name
// (SQL: left(md5(start || ending), 8)), then `ending`. Two long names that
// share their first bytes so still differ; docs/conventions.md says it.
QString fittedName(const QString &start, const QString &ending = {});
// PostgreSQL's makeObjectName, for the names the server derives itself (a
// serial's sequence, an unnamed primary key): "name1_name2_label" in at most
// 63 bytes, the longer of the two names losing bytes first.
QString serverDerivedName(const QString &name1, const QString &name2, const QString &label);

QString historyTableName(const QString &table);
// "orders" for "orders_history": the table whose history table has this name
// unshortened; empty for any other name (whose a shortened one is, only the
// list of tables can tell).
QString unshortenedMainTable(const QString &history);
QString historyFunctionName(const QString &table);
QString historyTriggerName(const QString &table, const QString &operation); // "insert" | "update" | "delete"
QString historyPrimaryKeyName(const QString &table);  // the server's, of the history table's BIGSERIAL PRIMARY KEY
QString historyIdSequenceName(const QString &table);
QString updatedAtFunctionName(const QString &table);
QString updatedAtTriggerName(const QString &table);
QString primaryKeyName(const QString &table);
QString primaryKeyName(const Table &table);  // the declared name, or the derived one
QString sequenceName(const QString &table, const QString &column);   // PostgreSQL's serial sequence

// Index, foreign key and check names: the declared name, or the derived one.
QString indexName(const Table &table, const Index &index);
QString foreignKeyName(const Table &table, const ForeignKey &fk);
QString checkName(const Table &table, int checkPosition);           // position among the table's checks
QString foreignKeyIndexName(const Table &table, const ForeignKey &fk);

// The table gets the conventions' updated_at function and trigger: it has an
// updated_at column, and the design does not say it goes without (updatedAtTrigger).
bool hasUpdatedAt(const Table &table);

// Foreign keys that get their own index: those no declared index already
// covers as its leading columns.
QList<ForeignKey> foreignKeysNeedingIndex(const Table &table);

// Every name Schemawright derives for `table` (history objects, key, indexes,
// sequences), with a label saying what each one is, for the duplicate-name check.
struct DerivedName {
    QString what;
    QString name;
    bool relation = true;  // a table, index or sequence: no two relations of a schema share a name
};
QList<DerivedName> derivedNames(const Table &table);

// The identities (SqlObject::identity) of the functions and triggers the
// conventions make for `tables` (history, updated_at): never objects of the
// design's own.
QSet<QString> derivedObjectIdentities(const QList<Table> &tables);

} // namespace conventions

} // namespace sw
