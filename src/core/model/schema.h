#pragma once
// The schema model: plain values that can be copied, compared and diffed.
// Nothing here knows about JSON, SQL or widgets.

#include "connectionprofile.h"
#include "model/sqlobject.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <optional>

namespace sw {

// Sequence settings PostgreSQL's defaults do not give; absent ones are the default.
struct SequenceOptions {
    std::optional<qint64> start, increment, minValue, maxValue, cache;
    bool cycle = false;

    bool operator==(const SequenceOptions &) const = default;
    bool isDefault() const { return *this == SequenceOptions{}; }
};

struct Column {
    QString id;                    // stable identity across edits; may be empty
    QString name;
    QString type;                  // as the user wrote it; see columntype.h
    bool nullable = true;
    std::optional<QString> defaultExpr;  // free SQL, emitted as given
    // Free SQL for the rows a table already holds when this column is added
    // NOT NULL without a default, or made NOT NULL (the project's own key "fill").
    std::optional<QString> fillExpr;
    QString comment;
    QJsonObject unknownKeys;       // preserved on save
    // GENERATED … AS IDENTITY: "always" or "by default"; empty for none (the project's key "identity").
    QString identity{};
    // GENERATED ALWAYS AS (expression) STORED: free SQL (the project's key "generated").
    std::optional<QString> generatedExpr{};
    QString collation{};           // COLLATE, e.g. "C"; empty: the type's own (history copies it)
    QString storage{};             // SET STORAGE plain|external|extended|main; empty: the type's own
    QString compression{};         // COMPRESSION pglz|lz4; empty: the server's default
    SequenceOptions sequence{};    // of a serial or identity column's sequence (the project's key "sequence")

    bool operator==(const Column &) const = default;
};

struct Index {
    QString name;                  // empty: derived by the conventions
    // Each a column of the table, or SQL written as is: an expression
    // ("lower(email)"), an order ("created_at DESC NULLS LAST"), an operator class.
    QStringList columns;
    bool unique = false;
    QJsonObject unknownKeys;
    QString method{};              // btree (empty), hash, gin, gist, brin, spgist
    QStringList include{};         // INCLUDE (…): columns carried, not searched
    std::optional<QString> where{};  // the predicate of a partial index, free SQL
    bool constraint{};             // a UNIQUE constraint (ALTER TABLE … ADD CONSTRAINT), not only an index
    bool nullsNotDistinct{};       // UNIQUE NULLS NOT DISTINCT: one NULL at most
    QString deferrable{};          // a constraint's: "" (not), "immediate" or "deferred" (INITIALLY DEFERRED)
    QString comment{};             // COMMENT ON INDEX, or ON CONSTRAINT for a unique constraint

    bool operator==(const Index &) const = default;
};

enum class ReferentialAction { NoAction, Restrict, Cascade, SetNull, SetDefault };

struct ForeignKey {
    QString name;                  // empty: derived by the conventions
    QStringList columns;
    QString references;            // table name, or schema.table
    QStringList refColumns;
    ReferentialAction onDelete = ReferentialAction::NoAction;
    ReferentialAction onUpdate = ReferentialAction::NoAction;
    bool external = false;         // references a table outside the project, which must exist in the database
    QJsonObject unknownKeys;
    bool matchFull{};              // MATCH FULL: all key columns NULL, or none
    bool deferrable{};             // DEFERRABLE: checkable at commit
    bool initiallyDeferred{};      // INITIALLY DEFERRED (needs deferrable)
    bool notValid{};               // NOT VALID: rows already there were not checked
    // false: no index of its own, where the conventions would add one (the project's key "index").
    bool indexed = true;
    QString comment{};             // COMMENT ON CONSTRAINT

    bool operator==(const ForeignKey &) const = default;
};

struct Check {
    QString name;                  // empty: derived by the conventions
    QString expression;            // free SQL, emitted as given
    QJsonObject unknownKeys;
    bool notValid{};               // NOT VALID: rows already there were not checked
    QString comment{};             // COMMENT ON CONSTRAINT

    bool operator==(const Check &) const = default;
};

// EXCLUDE: no two rows for which all the operators hold (the project's key "exclusions").
struct Exclusion {
    QString name{};
    QString definition{};          // what follows EXCLUDE: "USING gist (during WITH &&) WHERE (…)", free SQL
    QJsonObject unknownKeys{};
    QString comment{};             // COMMENT ON CONSTRAINT

    bool operator==(const Exclusion &) const = default;
};

struct Table {
    QString id;
    QString name;
    QString schema = QStringLiteral("public");
    QString comment;
    bool history = true;
    // The conventions' updated_at trigger where the table has an updated_at column (the
    // project's key "updated_at_trigger"): a house rule each table has or has not.
    bool updatedAtTrigger = true;
    QList<Column> columns;
    QStringList primaryKey;
    QList<Index> indexes;
    QList<ForeignKey> foreignKeys;
    QList<Check> checks;
    QJsonObject unknownKeys;
    QList<Exclusion> exclusions{};
    bool unlogged{};               // UNLOGGED: not written to the WAL (its history table is)
    QStringList storageParameters{};  // WITH (…): "fillfactor=70", as pg_class.reloptions says them
    QString partitionBy{};         // PARTITION BY: "RANGE (taken_on)", as pg_get_partkeydef prints it
    // A partition: the partitioned table it belongs to (a name, or schema.name) and its
    // bound ("FOR VALUES FROM (…) TO (…)", "DEFAULT"). It has its parent's columns and none of its own.
    QString partitionOf{};
    QString partitionBound{};
    QString primaryKeyName{};        // empty: derived by the conventions (table_pkey)
    QString primaryKeyDeferrable{};  // "" (not), "immediate" or "deferred", as for a unique constraint
    QString primaryKeyComment{};     // COMMENT ON CONSTRAINT …_pkey
    // How the history triggers fire: "" (FOR EACH ROW, the guide's form) or
    // "statement" (FOR EACH STATEMENT over transition tables; the project's key "history_mode").
    QString historyMode{};
    bool historyModeSet{};  // the table says its mode itself, rather than taking the project's

    bool operator==(const Table &) const = default;
    bool isPartition() const { return !partitionOf.isEmpty(); }
    bool historyPerStatement() const { return historyMode == QLatin1String("statement"); }

    const Column *column(const QString &columnName) const;
    bool hasColumn(const QString &columnName) const { return column(columnName) != nullptr; }
    bool isPrimaryKeyColumn(const QString &columnName) const { return primaryKey.contains(columnName); }
    // Primary key and identity columns are NOT NULL whatever the file says, as in PostgreSQL.
    bool isNullable(const Column &c) const { return c.nullable && !isPrimaryKeyColumn(c.name) && c.identity.isEmpty(); }
    QString qualifiedName() const { return schema + QLatin1Char('.') + name; }
    // Where the diagram's position of the table is kept (the project's key "layout").
    QString layoutKey() const { return id.isEmpty() ? qualifiedName() : id; }
};

// A type the design defines (the project's key "types"): created before the
// tables that use it, dropped after them. History columns keep the type.
struct TypeDefinition {
    enum class Kind { Enum, Domain, Composite, Range };
    QString name{};
    QString schema = QStringLiteral("public");
    Kind kind = Kind::Enum;
    QStringList values{};                // enum: its labels, in order
    // enum: what rows holding a value this change removes get instead (key "replace").
    QMap<QString, QString> replace{};
    QString base{};                      // domain: the type it restricts; range: its subtype
    bool nullable = true;                // domain: false is NOT NULL
    std::optional<QString> defaultExpr{};  // domain
    QList<Check> checks{};               // domain: each names VALUE
    QList<Column> attributes{};          // composite: name and type of each
    // range: what CREATE TYPE … AS RANGE says besides SUBTYPE where it is not the default
    // ("SUBTYPE_DIFF = public.uuid_diff"), as the catalog names it (the project's key "range_options").
    QStringList rangeOptions{};
    QString comment{};
    QJsonObject unknownKeys{};

    bool operator==(const TypeDefinition &) const = default;
    QString qualifiedName() const { return schema + QLatin1Char('.') + name; }
    // How a column names it: unqualified in public, as PostgreSQL prints it.
    QString reference() const { return schema == QLatin1String("public") ? name : qualifiedName(); }
};

// A sequence no column owns as serial or identity (the project's key
// "sequences"): columns draw from it with DEFAULT nextval('name').
struct Sequence {
    QString name{};
    QString schema = QStringLiteral("public");
    QString type = QStringLiteral("bigint");   // smallint, integer or bigint
    SequenceOptions options{};
    QString ownedBy{};                         // "table.column" whose drop takes it along; empty: none
    QString comment{};
    QJsonObject unknownKeys{};

    bool operator==(const Sequence &) const = default;
    QString qualifiedName() const { return schema + QLatin1Char('.') + name; }
};

// An extension the design needs (the project's key "extensions"); `types` are
// the types it provides that columns may name, beyond those Schemawright knows.
struct Extension {
    QString name{};
    QString schema = QStringLiteral("public");
    QStringList types{};
    QJsonObject unknownKeys{};
    // COMMENT ON EXTENSION where it is not the one the extension comes with ("" for none);
    // absent: the extension's own, whichever version the server has.
    std::optional<QString> comment{};

    bool operator==(const Extension &) const = default;
    // Every type a column may name because of this extension.
    QStringList providedTypes() const;
};

QString typeKindName(TypeDefinition::Kind kind);

// What the database looks like after the last exported migration (or an
// import): the designer previews the migration from here to the design.
struct Baseline {
    QString revision;        // the migration that produced it; empty for an import or an empty schema
    QList<Table> tables;
    QList<TypeDefinition> types{};
    QList<Extension> extensions{};
    QList<Sequence> sequences{};
    QMap<QString, QString> schemaComments{};
    QList<SqlObject> sqlObjects{};

    bool operator==(const Baseline &) const = default;
};

// How long a migration may wait for a lock, and run, when the project asks
// for production-safe migrations (the project's key "production_safe").
struct ProductionSafety {
    QString lockTimeout = QStringLiteral("5s");
    QString statementTimeout{};  // empty: none

    bool operator==(const ProductionSafety &) const = default;
};

// A value merge-design could not decide (the project file holds ours there
// meanwhile; the project's key "merge_conflicts"): where, for people; the path
// to it in the project file's JSON (object keys, and "id:…"/"name:…" for a
// list's element); both sides' values, undefined where that side removed it.
struct MergeConflict {
    QString where;   // "table orders, column note: name"
    QJsonArray path;
    QJsonValue ours;
    QJsonValue theirs;

    QString text() const;  // one line naming where and both values
    static QString shown(const QJsonValue &value);  // as text() writes a value: JSON, "(removed)"
    bool operator==(const MergeConflict &) const = default;
};

struct Project {
    QList<Table> tables;
    std::optional<Baseline> baseline;      // the project's own key "baseline"
    QList<ConnectionProfile> connections;  // the project's own key "connections"; never a password
    QJsonObject unknownKeys;
    QList<TypeDefinition> types{};         // the project's key "types"
    QList<Extension> extensions{};         // the project's key "extensions"
    QList<Sequence> sequences{};           // the project's key "sequences"
    // COMMENT ON SCHEMA, by schema (the project's key "schema_comments"); a schema
    // named here is created by the migrations like one a table lives in.
    QMap<QString, QString> schemaComments{};
    // The history mode of tables that do not say theirs ("" row, or "statement";
    // the project's key "history_mode"); their `historyMode` holds it already.
    QString historyMode{};
    QList<SqlObject> sqlObjects{};         // the project's key "sql_objects"
    // Where the diagram draws each table (by Table::layoutKey) and view (by
    // SqlObject::key), in scene pixels (the project's key "layout").
    QMap<QString, QPointF> layout{};
    std::optional<ProductionSafety> productionSafe{};  // the project's key "production_safe"; off when absent
    QList<MergeConflict> mergeConflicts{};  // the project's key "merge_conflicts": none once the user has chosen

    bool operator==(const Project &) const = default;

    // `reference` is a table name in `fromSchema`, or schema.table.
    const Table *findTable(const QString &reference, const QString &fromSchema) const;
    // The baseline as a project of its own (empty when there is none).
    Project baselineProject() const;
    // The schemas the design's tables, types and sequences live in, and those it comments on, sorted; `public` for an empty design.
    QStringList schemas() const;
    // The design's type a column type names ("mood", "sales.mood", "mood[]"); null when none.
    const TypeDefinition *findType(const QString &columnType) const;
    // The table whose row type `columnType` names ("test.projects", "projects[]"), or null.
    const Table *rowTypeTable(const QString &columnType) const;
    // The extension that provides a type a column names; null when none.
    const Extension *extensionProviding(const QString &columnType) const;
    // The design as a baseline: what the database holds after its migration.
    Baseline asBaseline(const QString &revision) const { return Baseline{revision, tables, types, extensions, sequences, schemaComments, sqlObjects}; }
    // The schema's comment, PostgreSQL's own for public when the design says none.
    QString schemaComment(const QString &schema) const;
};

// Project::findTable in constant time, for work that looks up every table's
// references (validation of thousands of tables). Valid while the project is unchanged.
class TableIndex {
public:
    explicit TableIndex(const Project &project);
    const Table *find(const QString &reference, const QString &fromSchema) const;

private:
    QHash<QString, const Table *> m_tables;  // "schema.name"
};

QString referentialActionSql(ReferentialAction action);

} // namespace sw
