#include "verifyworkflow.h"

#include "catalogimport.h"
#include "databasereset.h"
#include "driftanalysis.h"
#include "connection.h"
#include "drift/schemacomparison.h"
#include "migration/migrationpath.h"
#include "migrationrunner.h"
#include "problem.h"
#include "samplerows.h"
#include "schemasnapshot.h"

#include <QFileInfo>

#include <pqxx/pqxx>

namespace sw::db {

namespace {

// The schemas a migration folder may touch are any but the system's.
const char *const kDropEverySchema = R"(
DO $$
DECLARE s text;
BEGIN
  FOR s IN SELECT nspname FROM pg_namespace
           WHERE nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast') AND nspname NOT LIKE 'pg\_%'
  LOOP
    EXECUTE format('DROP SCHEMA %I CASCADE', s);
  END LOOP;
END $$;
CREATE SCHEMA public;
)";

class Workflow {
public:
    Workflow(const QString &conninfo, const QList<MigrationScript> &scripts, const VerifyOptions &options)
        : m_conninfo(conninfo), m_scripts(scripts), m_options(options), m_chain(linearChain(scripts))
    {
    }

    QList<VerifyStep> run();

private:
    // Runs `body`; a SchemaError fails the step with its message and file.
    bool step(const QString &name, const std::function<QString()> &body);
    void migrate(const QString &target, Direction direction);
    // After moving to `position` (-1 for base), the schema must be the snapshot taken there on the way up.
    void expectSnapshot(int position, const QString &movedBy, Direction direction);
    // The schemas this may touch: those named, or on a throwaway server every one.
    QStringList schemas(Connection &connection) const { return m_options.schemas ? *m_options.schemas : userSchemas(connection); }

    QString m_conninfo;
    const QList<MigrationScript> &m_scripts;
    VerifyOptions m_options;
    QList<const MigrationScript *> m_chain;
    QList<SchemaSnapshot> m_snapshots;   // [0] at base, [i + 1] after migration i
    QList<VerifyStep> m_steps;
    QString m_currentFile;
};

bool Workflow::step(const QString &name, const std::function<QString()> &body)
{
    VerifyStep s{name, VerifyStep::Outcome::Passed, {}, {}};
    if (!m_steps.isEmpty() && m_steps.last().outcome != VerifyStep::Outcome::Passed) {
        s.outcome = VerifyStep::Outcome::Skipped;
    } else {
        m_currentFile.clear();
        try {
            s.detail = body();
        } catch (const SchemaError &e) {
            s.outcome = VerifyStep::Outcome::Failed;
            s.detail = e.problem().message;
            s.file = e.problem().file.isEmpty() ? m_currentFile : e.problem().file;
        } catch (const std::exception &e) {
            s.outcome = VerifyStep::Outcome::Failed;
            s.detail = describeSqlError(e);
            s.file = m_currentFile;
        }
    }
    m_steps << s;
    if (m_options.stepFinished)
        m_options.stepFinished(s);
    return s.outcome == VerifyStep::Outcome::Passed;
}

void Workflow::migrate(const QString &target, Direction direction)
{
    MigrationRunner runner(m_conninfo, m_scripts);
    RunOptions options;
    options.target = target;
    options.direction = direction;
    options.alembicEnvironment = m_options.alembicEnvironment;
    runner.run(options);
}

void Workflow::expectSnapshot(int position, const QString &movedBy, Direction direction)
{
    Connection connection(m_conninfo);
    const QString difference = describeSnapshotDifference(m_snapshots.at(position + 1), schemaSnapshot(connection));
    if (!difference.isEmpty())
        throw SchemaError(Problem{Problem::Severity::Error, QStringLiteral("not-restored"),
                                  QStringLiteral("%1 of %2 %3").arg(direction == Direction::Downgrade ? QStringLiteral("the downgrade") : QStringLiteral("the upgrade"),
                                                                    QFileInfo(movedBy).fileName(), difference),
                                  movedBy, {}, {}, {}, 0});
}

QList<VerifyStep> Workflow::run()
{
    const int head = int(m_chain.size()) - 1;
    step(QStringLiteral("reset"), [&] {
        Connection connection(m_conninfo);
        if (m_options.schemas) {
            wipeSchemas(connection, *m_options.schemas);
            m_snapshots << schemaSnapshot(connection);
            return QStringLiteral("dropped the schema(s) the folder manages: %1").arg(m_options.schemas->join(QStringLiteral(", ")));
        }
        pqxx::nontransaction(connection.raw()).exec(kDropEverySchema);
        m_snapshots << schemaSnapshot(connection);
        return QStringLiteral("dropped every schema and made the public schema anew");
    });
    step(QStringLiteral("upgrade head"), [&] {
        for (int i = 0; i <= head; ++i) {
            m_currentFile = m_chain.at(i)->info.path;
            migrate(QStringLiteral("+1"), Direction::Upgrade);
            Connection connection(m_conninfo);
            m_snapshots << schemaSnapshot(connection);
        }
        return QStringLiteral("%1 migration(s) applied").arg(head + 1);
    });
    step(QStringLiteral("check"), [&] {
        Connection connection(m_conninfo);
        for (const DriftItem &item : consistencyItems(importSchema(connection, {schemas(connection), nullptr}).live))
            if (item.finding.isError())
                throw SchemaError(item.finding);
        return QStringLiteral("history tables, trigger functions and triggers are in step");
    });
    step(QStringLiteral("downgrade -1"), [&] {
        m_currentFile = m_chain.value(head) ? m_chain.at(head)->info.path : QString();
        migrate(QStringLiteral("-1"), Direction::Downgrade);
        expectSnapshot(head - 1, m_currentFile, Direction::Downgrade);
        return QStringLiteral("the schema is as before %1").arg(QFileInfo(m_currentFile).fileName());
    });
    step(QStringLiteral("upgrade head"), [&] {
        m_currentFile = m_chain.value(head) ? m_chain.at(head)->info.path : QString();
        migrate(QStringLiteral("head"), Direction::Upgrade);
        expectSnapshot(head, m_currentFile, Direction::Upgrade);
        return QStringLiteral("the schema is as at head before");
    });
    step(QStringLiteral("rows in every table"), [&] {
        Connection connection(m_conninfo);
        const Project schema = importSchema(connection, {schemas(connection), nullptr, ImportDepth::DesignOnly}).project;
        insertSampleRows(connection, schema);
        return QStringLiteral("one row in each of %1 table(s)").arg(schema.tables.size());
    });
    step(QStringLiteral("downgrade base with rows"), [&] {
        for (int i = head; i >= 0; --i) {
            m_currentFile = m_chain.at(i)->info.path;
            migrate(QStringLiteral("-1"), Direction::Downgrade);
            expectSnapshot(i - 1, m_currentFile, Direction::Downgrade);
        }
        return QStringLiteral("every downgrade gave back the schema before its upgrade");
    });
    step(QStringLiteral("upgrade head again"), [&] {
        migrate(QStringLiteral("head"), Direction::Upgrade);
        expectSnapshot(head, m_chain.value(head) ? m_chain.at(head)->info.path : QString(), Direction::Upgrade);
        return QStringLiteral("the schema is as at head before");
    });
    return m_steps;
}

} // namespace

QList<VerifyStep> verifyMigrations(const QString &conninfo, const QList<MigrationScript> &scripts, const VerifyOptions &options)
{
    return Workflow(conninfo, scripts, options).run();
}

} // namespace sw::db
