#pragma once
// One reader per catalog query (catalogqueries.h): each turns the rows of its
// query into the design's values, on the tables read so far. import calls
// them in the order the design is built: tables, columns, constraints,
// indexes, sequences, then extensions, types and triggers.

#include "catalogvalues.h"
#include "drift/liveschema.h"
#include "model/schema.h"

#include <QHash>
#include <QSet>

namespace sw::db::catalog {

std::string oidArray(const QSet<pqxx::oid> &oids);  // an oid[] literal for a query parameter
inline pqxx::oid oidAt(const pqxx::row &row, int column) { return row[column].as<pqxx::oid>(); }

// The tables read, found by oid, and their columns by attribute number.
struct ReadTables {
    QList<Table> tables;
    QHash<pqxx::oid, qsizetype> byOid;
    QHash<std::pair<pqxx::oid, int>, qsizetype> columnByNumber;
    QStringList statisticsTargets;  // "schema.table.column" of the columns with one of their own, which a design cannot hold yet

    Table *find(pqxx::oid oid);  // nullptr: a relation import leaves out (alembic_version)
    QSet<pqxx::oid> oids() const { return {byOid.keyBegin(), byOid.keyEnd()}; }
    // A key's columns by number, named from the columns read; by the server
    // where those of `table` were not read whole (`named`).
    QStringList keyColumns(const pqxx::field &named, const pqxx::field &numbers, const pqxx::field &table) const;
};

// kTables: the tables, without their parts; returns the rows in oid order,
// one per table, as `into.tables` has them.
QList<pqxx::row> readTables(const pqxx::result &rows, ReadTables &into);
// Of the tables read, those named as the history table of another of the
// same schema: a design-only import reads them in part.
QSet<pqxx::oid> namedAsHistoryTables(const QList<Table> &tables, const QList<pqxx::row> &rows);
// kColumns: each table's columns, in attribute order.
void readColumns(const pqxx::result &rows, ReadTables &into);
// kConstraints: primary, unique, foreign keys, checks and exclusions.
void readConstraints(const pqxx::result &rows, ReadTables &into);
// kIndexes; one a design cannot hold yet is left out, named in `warnings`.
void readIndexes(const pqxx::result &rows, ReadTables &into, QStringList &warnings);
// kSequences: a serial's and an identity's go to their column; the others
// are returned, with the column that owns them.
QList<Sequence> readSequences(const pqxx::result &rows, ReadTables &into);
QList<Extension> readExtensions(const pqxx::result &rows);
QList<TypeDefinition> readTypes(const pqxx::result &rows);
// kTriggers: those fired per statement (a design's history mode needs only
// those), or all of them, by table and name.
QList<LiveTrigger> readTriggers(const pqxx::result &rows, bool all);
// "schema.table" of the tables that have the conventions' updated_at trigger.
QSet<QString> tablesWithUpdatedAtTrigger(const pqxx::result &triggers);

} // namespace sw::db::catalog
