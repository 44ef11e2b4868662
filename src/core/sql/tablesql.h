#pragma once
// DDL for a main table: CREATE/DROP TABLE, its indexes and its comments.
// Pure functions of the model; each returns complete statements ending in ";".

#include "model/schema.h"

#include <QString>
#include <QStringList>

namespace sw::sql {

QString tableRef(const Table &table);                       // orders, or app.orders
QString partitionParentRef(const Table &partition);         // its parent, as tableRef would name it
QString columnDefinition(const Table &table, const Column &column);
// "TEXT COLLATE \"C\"": the type and collation a column (or its history copy) has.
QString typeWithCollation(const Column &column, bool history = false);
// The type as a column definition says it: "TEXT COMPRESSION lz4 COLLATE \"C\"".
QString definedType(const Column &column);
// A table storage parameter, "name=value" as pg_class.reloptions says it,
// checked: the name a (namespaced) word, never text that could end the list.
bool isStorageParameter(const QString &nameValue);
// As WITH (…) and SET (…) take it: a plain word or number as it is, any other value quoted.
// Throws SchemaError for one that is not isStorageParameter().
QString storageParameter(const QString &nameValue);
// The parameter's name alone, as RESET (…) takes it.
QString storageParameterName(const QString &nameValue);

// ALTER TABLE … SET STORAGE for the columns that say so (CREATE TABLE cannot in PostgreSQL 15).
QString setStorage(const Table &table, const Column &column, const QString &storage);
// ALTER SEQUENCE giving a new serial column's sequence its options; empty when it has none.
// `fresh`: the table is new and holds no rows, so the sequence restarts at its start.
QString serialSequenceOptions(const Table &table, const Column &column, bool fresh);
// " GENERATED ALWAYS AS IDENTITY", " GENERATED ALWAYS AS (expr) STORED", or nothing.
QString generationClause(const Column &column);
QString foreignKeyClause(const Table &table, const ForeignKey &fk);  // CONSTRAINT … FOREIGN KEY …
// The table a key references, as SQL names it: in the key's table's schema unless it says "schema.table".
QString referencedTableRef(const Table &table, const ForeignKey &fk);

// `deferredForeignKeys` names keys left out here and added later by ALTER TABLE
// (foreign keys in a cycle between new tables).
QString createTable(const Table &table, const QStringList &deferredForeignKeys = {});
QString dropTable(const Table &table);

QString addForeignKey(const Table &table, const ForeignKey &fk);
// ALTER TABLE … ADD … NOT VALID for the table's keys and checks that say so
// (CREATE TABLE cannot), but the keys in `deferredForeignKeys`.
QString addUnvalidatedConstraints(const Table &table, const QStringList &deferredForeignKeys = {});
QString dropForeignKey(const Table &table, const ForeignKey &fk);

// An index as it will exist: declared, or made for a foreign key no declared index covers.
struct IndexDefinition {
    QString name;
    QStringList columns;             // columns, or SQL elements (see Index)
    bool unique = false;
    QString method = {};             // empty: btree
    QStringList include = {};
    std::optional<QString> where = {};
    bool constraint = false;         // UNIQUE constraint: added and dropped with ALTER TABLE
    bool nullsNotDistinct = false;
    QString deferrable = {};
    QString comment = {};

    bool operator==(const IndexDefinition &) const = default;
};
// What makes two indexes the same index, whatever their names: "UNIQUE gin (a, lower(b)) INCLUDE (c) WHERE …".
QString indexSignature(const IndexDefinition &index);
QList<IndexDefinition> indexDefinitions(const Table &table);
// Statements that make an index or a constraint say nothing of its comment: a
// migration comments what it makes in its Comments step, last (generated-sql.md).
// `concurrently`: without blocking writes, outside a transaction (not for a UNIQUE constraint).
QString createIndex(const Table &table, const IndexDefinition &index, bool concurrently = false);
QString dropIndex(const Table &table, const IndexDefinition &index, bool concurrently = false);

QString createIndexes(const Table &table);
QString dropIndexes(const Table &table);
bool hasIndexes(const Table &table);

QString primaryKeyClause(const Table &table);   // CONSTRAINT …_pkey PRIMARY KEY (…)
QString deferrableClause(const QString &deferrable);
QString checkClause(const Table &table, int checkPosition);
QString exclusionClause(const Exclusion &exclusion);   // CONSTRAINT … EXCLUDE …

// The comments of the table and of all it holds (not the keys in
// `deferredForeignKeys`, added and commented once both tables exist).
QString comments(const Table &table, const QStringList &deferredForeignKeys = {});
// COMMENT ON INDEX, or ON CONSTRAINT for a unique constraint; IS NULL for no comment.
QString commentOnIndex(const Table &table, const IndexDefinition &index);
QString commentOnConstraint(const Table &table, const QString &constraint, const QString &comment);
// The statement that makes an index or constraint, then its comment when it
// has one: how a downgrade makes again what its upgrade dropped, and how a key
// added after every table exists is commented.
QString createIndexWithComment(const Table &table, const IndexDefinition &index);
QString withConstraintComment(const Table &table, const QString &statement, const QString &constraint, const QString &comment);

} // namespace sw::sql
