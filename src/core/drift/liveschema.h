#pragma once
// What a live database holds, as plain values read from its catalog: every
// table (history tables too), the triggers on them, and the source of the
// functions those triggers run. Core compares it; src/db reads it.

#include "model/schema.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace sw {

struct LiveTrigger {
    QString schema;
    QString table;
    QString name;
    QString function;      // the function it executes (unqualified)
    QString timing;        // BEFORE, AFTER, INSTEAD OF
    QStringList events;    // INSERT, UPDATE, DELETE, TRUNCATE
    bool forEachRow = true;
    bool enabled = true;
    QString oldTable = {};  // REFERENCING OLD TABLE AS …
    QString newTable = {};  // REFERENCING NEW TABLE AS …
};

struct LiveSchema {
    QList<Table> relations;                     // every table, history tables included, history = false
    QList<LiveTrigger> triggers;
    QHash<QString, QString> functionSources;    // "schema.name" -> plpgsql source
    QStringList revisions;                      // alembic_version rows

    const Table *relation(const QString &schema, const QString &name) const;
    QList<LiveTrigger> triggersOn(const QString &schema, const QString &table) const;

private:
    // Built on first use, again when a list is another (assigned, grown): a
    // look through every table and trigger per table made reading 4,000
    // tables quadratic.
    void index() const;
    mutable QHash<QString, qsizetype> m_relationAt;
    mutable QHash<QString, QList<qsizetype>> m_triggersAt;
    mutable QPair<const Table *, qsizetype> m_indexedRelations{nullptr, -1};
    mutable QPair<const LiveTrigger *, qsizetype> m_indexedTriggers{nullptr, -1};
};

} // namespace sw
