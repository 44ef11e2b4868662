#include "revisiondetector.h"

#include "alembicversion.h"
#include "migration/migrationpath.h"
#include "migrationrunner.h"
#include "scratchdatabase.h"
#include "schemasnapshot.h"

#include <pqxx/pqxx>

namespace sw::db {

namespace {

int differenceCount(const SchemaSnapshot &a, const SchemaSnapshot &b)
{
    int count = 0;
    for (auto it = a.cbegin(); it != a.cend(); ++it)
        count += b.value(it.key(), QStringLiteral("\x01missing")) == it.value() ? 0 : 1;
    for (auto it = b.cbegin(); it != b.cend(); ++it)
        count += a.contains(it.key()) ? 0 : 1;
    return count;
}

} // namespace

RevisionDetection detectRevision(Connection &connection, const QList<MigrationScript> &scripts, const QString &alembicEnvironment)
{
    const SchemaSnapshot actual = schemaSnapshot(connection);
    ScratchDatabase scratch(connection);
    scratch.upgradeToHead(scripts, alembicEnvironment);  // then down one revision at a time: each built once
    MigrationRunner runner(scratch.conninfo(), scripts);
    RunOptions down;
    down.alembicEnvironment = alembicEnvironment;
    down.direction = Direction::Downgrade;
    down.target = QStringLiteral("-1");

    RevisionDetection closest;
    int fewest = -1;
    SchemaSnapshot closestSnapshot;
    const QList<const MigrationScript *> chain = linearChain(scripts);
    for (qsizetype i = chain.size() - 1; i >= -1; --i) {
        Connection built(scratch.conninfo());
        const SchemaSnapshot candidate = schemaSnapshot(built);
        const std::optional<QString> revision = i >= 0 ? std::optional<QString>(chain.at(i)->info.revision) : std::nullopt;
        const int differences = differenceCount(candidate, actual);
        if (differences == 0)
            return {true, revision, {}};
        if (fewest < 0 || differences < fewest) {
            fewest = differences;
            closest.revision = revision;
            closestSnapshot = candidate;
        }
        if (i >= 0)
            runner.run(down);
    }
    closest.difference = describeSnapshotDifference(closestSnapshot, actual);
    return closest;
}

void stampRevision(Connection &connection, const std::optional<QString> &revision)
{
    pqxx::work tx(connection.raw());
    if (!versionTableExists(tx))
        tx.exec(createVersionTableSql().toStdString());
    tx.exec("DELETE FROM alembic_version");
    if (revision)
        tx.exec(versionUpdateSql(std::nullopt, revision).toStdString());
    tx.commit();
}

} // namespace sw::db
