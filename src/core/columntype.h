#pragma once
// Column types: what the project format accepts, in one canonical spelling.

#include <QString>

#include <optional>

namespace sw {

struct ColumnType {
    QString base;        // canonical lower-case name: "varchar", "timestamptz", "double precision"
    QString modifiers;   // "(32)", "(18,8)" or empty
    int arrayDepth = 0;  // number of []
    // Not built into PostgreSQL: a type, domain or extension type the design
    // must define or name ("mood", "sales.mood", "geometry(Point,4326)").
    bool userDefined = false;

    // Canonical DDL spelling, upper case as in the house guide: VARCHAR(32), BIGINT[].
    QString sql() const;
    // Canonical lower-case spelling, used to compare two types.
    QString canonical() const;
    bool isSerial() const;
    // The type a history table copies: serial types become their integer types.
    ColumnType withoutSerial() const;

    bool operator==(const ColumnType &) const = default;
};

// Parses `text` (case-insensitive; PostgreSQL's long forms such as
// "character varying(32)" and "timestamp with time zone" are accepted).
// A name that is not built in parses as user defined: whether the design
// defines it is the validation's question, which knows the project.
// On failure returns nullopt and, when `problem` is given, says why.
std::optional<ColumnType> parseColumnType(const QString &text, QString *problem = nullptr);

} // namespace sw

namespace sw {

struct TypeChange {
    bool needsUsing = false;   // PostgreSQL has no implicit or assignment cast: ALTER … TYPE … USING col::type
    bool mayLoseData = false;  // narrowing, or a conversion that can fail on existing values
    bool viaText = false;      // from an enum, domain or extension type: USING col::text::type, the cast every type has
};

TypeChange classifyTypeChange(const ColumnType &from, const ColumnType &to);
// Whether PostgreSQL keeps the rows as they are (binary compatible and at
// least as wide): varchar(n) to a wider varchar or text, text to unlimited
// varchar, numeric(p,s) to a larger precision at the same scale or to
// unconstrained numeric, and no change at all.
bool typeChangeKeepsRows(const ColumnType &from, const ColumnType &to);

} // namespace sw
