#pragma once
// The tables, columns and functions a chain of migrations has built so far,
// as far as their SQL says: what lint compares each migration against.

#include "model/schema.h"
#include "sql/ddlreader.h"

#include <QMap>

namespace sw {

struct SimulatedSchema {
    QMap<QString, QList<sql::ColumnDefinition>> tables;  // "orders", or "billing.orders"
    QMap<QString, QString> functions;                    // name -> plpgsql source

    static QString key(const sql::ObjectName &name);
    // The tables of a design (and their history tables) as a migration chain would have built them.
    static SimulatedSchema of(const Project &project);
    void apply(const sql::DdlAction &action);
    const sql::ColumnDefinition *column(const QString &table, const QString &column) const;
    // "orders" for "orders_history" when orders is a table here, for a shortened
    // history table name too (conventions::historyTableName); empty otherwise.
    QString mainTableOfHistory(const QString &table) const;
    bool operator==(const SimulatedSchema &) const = default;
};

} // namespace sw
