#include "driftanalysis.h"

#include "expressioncanonicalizer.h"
#include "migration/migrationpath.h"
#include "problem.h"
#include "scratchdatabase.h"
#include "sqlobjectcanonicalizer.h"

#include <pqxx/pqxx>

namespace sw::db {

namespace {

DriftItem revisionItem(const QString &code, const QString &expected, const QString &actual, const QString &message)
{
    return DriftItem{DriftState::Different, QStringLiteral("revision"), {}, {}, QStringLiteral("alembic_version"), expected, actual,
                     Problem{Problem::Severity::Error, code, message, {}, {}, {}, {}, 0}};
}

} // namespace

QStringList userSchemas(Connection &connection)
{
    pqxx::read_transaction tx(connection.raw());
    QStringList names;
    // Not the system's, nor one an extension made for itself.
    for (const auto &row : tx.exec("SELECT nspname FROM pg_namespace n WHERE nspname NOT IN ('information_schema') AND nspname NOT LIKE 'pg\\_%' "
                                   "AND NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = 'pg_namespace'::regclass AND e.objid = n.oid "
                                   "AND e.deptype = 'e') ORDER BY 1"))
        names << QString::fromStdString(row[0].as<std::string>());
    return names;
}

DriftReport checkDatabase(Connection &connection, const QStringList &schemas)
{
    DriftReport report;
    const ImportResult imported = importSchema(connection, {schemas.isEmpty() ? userSchemas(connection) : schemas, nullptr});
    report.actual = imported.project;
    report.live = imported.live;
    report.items = consistencyItems(report.live);
    return report;
}

DriftReport driftAgainstProject(Connection &connection, const Project &design, const QStringList &schemas)
{
    DriftReport report = checkDatabase(connection, schemas.isEmpty() ? design.schemas() : schemas);
    report.expected = canonicalizeSqlObjects(connection, canonicalizeExpressions(connection, design), report.actual);
    // The design says which tables go without the updated_at trigger: its absence there is as designed.
    report.items.removeIf([&design](const DriftItem &item) {
        if (item.finding.code != QLatin1String("updated-at-trigger-missing"))
            return false;
        const Table *t = design.findTable(item.finding.table, item.finding.schema);
        return t && !t->updatedAtTrigger;
    });
    report.items = compareSchemas(report.expected, report.actual) + report.items;
    return report;
}

DriftReport driftAgainstMigrations(Connection &connection, const QList<MigrationScript> &scripts, const QString &alembicEnvironment,
                                   const QStringList &schemas, LiveSchema *built)
{
    DriftReport report;
    {
        ScratchDatabase scratch(connection);
        scratch.upgradeToHead(scripts, alembicEnvironment);
        Connection scratchConnection(scratch.conninfo());
        const QStringList compared = schemas.isEmpty() ? userSchemas(scratchConnection) : schemas;
        report = checkDatabase(connection, compared);
        const ImportResult imported = importSchema(scratchConnection, {compared, nullptr});
        report.expected = imported.project;
        if (built)
            *built = imported.live;
    }
    report.items = revisionItems(report.live.revisions, scripts) + compareSchemas(report.expected, report.actual) + report.items;
    return report;
}

QList<DriftItem> revisionItems(const QStringList &revisions, const QList<MigrationScript> &scripts)
{
    const QList<const MigrationScript *> chain = linearChain(scripts);
    const QString head = chain.isEmpty() ? QString() : chain.last()->info.revision;
    if (revisions.size() > 1)
        return {revisionItem(QStringLiteral("revision-several-heads"), head, revisions.join(QStringLiteral(", ")),
                             QStringLiteral("alembic_version records several heads: %1").arg(revisions.join(QStringLiteral(", "))))};
    const QString current = revisions.value(0);
    if (current == head)
        return {};
    const auto known = std::find_if(chain.begin(), chain.end(), [&](const MigrationScript *s) { return s->info.revision == current; });
    if (current.isEmpty())
        return {revisionItem(QStringLiteral("revision-behind"), head, QStringLiteral("None"),
                             QStringLiteral("the database has no alembic_version revision; the folder's head is %1").arg(head))};
    bool numeric = false;
    if (known == chain.end() && current.toLongLong(&numeric) > head.toLongLong() && numeric)
        return {revisionItem(QStringLiteral("revision-ahead"), head, current,
                             QStringLiteral("the database is at revision %1, newer than the folder's head %2: it was migrated from a newer checkout")
                                 .arg(current, head))};
    if (known == chain.end())
        return {revisionItem(QStringLiteral("revision-unknown"), head, current,
                             QStringLiteral("the database is at revision %1, which the migration folder does not have (head %2)").arg(current, head))};
    return {revisionItem(QStringLiteral("revision-behind"), head, current,
                         QStringLiteral("the database is at %1, %2 migration(s) behind the head %3")
                             .arg(current).arg(chain.size() - 1 - (known - chain.begin())).arg(head))};
}

} // namespace sw::db
