#include "verifyworkflow.h"

#include "catalogimport.h"
#include "databasereset.h"
#include "driftanalysis.h"
#include "connection.h"
#include "drift/schemacomparison.h"
#include "migration/migrationpath.h"
#include "migrationrunner.h"
#include "problem.h"
#include "historyproof.h"
#include "samplerows.h"
#include "schemasnapshot.h"
#include "snapshottracker.h"

#include <QFileInfo>

#include <pqxx/pqxx>

namespace sw::db {

namespace {

// Every schema but the system's: all of a throwaway server's database is ours.
QStringList everySchema(Connection &connection)
{
    QStringList schemas;
    for (const pqxx::row &r : pqxx::nontransaction(connection.raw()).exec(
             "SELECT nspname FROM pg_namespace WHERE nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast') AND nspname NOT LIKE 'pg\\_%'"))
        schemas << QString::fromStdString(r[0].c_str());
    return schemas;
}

class Workflow {
public:
    Workflow(const QString &conninfo, const QList<MigrationScript> &scripts, const VerifyOptions &options)
        : m_connection(conninfo), m_scripts(scripts), m_runner(conninfo, scripts), m_options(options), m_chain(linearChain(scripts))
    {
    }

    QList<VerifyStep> run();
    // The tracked snapshot and the whole schema disagreed: only a run with
    // whole-schema snapshots at every step can say which migration is wrong.
    bool unsure() const { return m_unsure; }

private:
    QString resetDatabase(int first);
    // Runs `body`; a SchemaError fails the step with its message and file.
    bool step(const QString &name, const std::function<QString()> &body);
    void migrate(const QString &target, Direction direction);
    // Migration `i` of the chain, moved by `direction`, must leave the schema
    // as `undone` found it: fails naming the file and what differs.
    void expectUndone(const SnapshotChange &undone, const SnapshotChange &change, int i, Direction direction);
    void expectSchema(const SchemaSnapshot &expected, int i, Direction direction);
    // The schemas this may touch: those named, or on a throwaway server every one.
    QStringList schemas() { return m_options.schemas ? *m_options.schemas : userSchemas(m_connection); }
    QString fileOf(int i) const { return i >= 0 && i < m_chain.size() ? m_chain.at(i)->info.path : QString(); }
    void advance()
    {
        if (m_options.progress)
            m_options.progress(++m_done, m_total);
    }

    Connection m_connection;
    const QList<MigrationScript> &m_scripts;
    MigrationRunner m_runner;
    VerifyOptions m_options;
    QList<const MigrationScript *> m_chain;
    std::optional<SnapshotTracker> m_tracker;
    SchemaSnapshot m_start, m_head;     // whole, where the checked part of the chain starts and at head
    QList<SnapshotChange> m_upgrades;   // what each checked migration's upgrade changed
    QList<VerifyStep> m_steps;
    QString m_currentFile;
    bool m_unsure = false;
    int m_done = 0, m_total = 0;   // steps and migrations moved one by one
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
    advance();
    return s.outcome == VerifyStep::Outcome::Passed;
}

void Workflow::migrate(const QString &target, Direction direction)
{
    RunOptions options;
    options.target = target;
    options.direction = direction;
    options.alembicEnvironment = m_options.alembicEnvironment;
    m_runner.run(m_connection, options);
}

namespace {

SchemaError notRestored(const QString &file, Direction direction, const QString &difference)
{
    return SchemaError(Problem{Problem::Severity::Error, QStringLiteral("not-restored"),
                               QStringLiteral("%1 of %2 %3").arg(direction == Direction::Downgrade ? QStringLiteral("the downgrade") : QStringLiteral("the upgrade"),
                                                                 QFileInfo(file).fileName(), difference),
                               file, {}, {}, {}, 0});
}

} // namespace

void Workflow::expectUndone(const SnapshotChange &undone, const SnapshotChange &change, int i, Direction direction)
{
    const QString difference = describeUndoDifference(undone, change);
    if (!difference.isEmpty())
        throw notRestored(fileOf(i), direction, difference);
}

void Workflow::expectSchema(const SchemaSnapshot &expected, int i, Direction direction)
{
    const QString difference = describeSnapshotDifference(expected, schemaSnapshot(m_connection));
    if (!difference.isEmpty())
        throw notRestored(fileOf(i), direction, difference);
}

// An empty database, brought to the migration before `first` unchecked;
// the tracker starts from there.
QString Workflow::resetDatabase(int first)
{
    QString detail = QStringLiteral("dropped every schema and made the public schema anew");
    if (m_options.schemas) {
        wipeSchemas(m_connection, *m_options.schemas);
        detail = QStringLiteral("dropped the schema(s) the folder manages: %1").arg(m_options.schemas->join(QStringLiteral(", ")));
    } else {
        wipeSchemas(m_connection, everySchema(m_connection));
    }
    if (first > 0) {
        migrate(m_chain.at(first - 1)->info.revision, Direction::Upgrade);
        detail += QStringLiteral("; %1 migration(s) up to %2 applied unchecked").arg(first).arg(m_chain.at(first - 1)->info.revision);
    }
    m_tracker.emplace(m_connection, m_options.exhaustive);
    m_start = m_tracker->current();
    return detail;
}

QList<VerifyStep> Workflow::run()
{
    const int head = int(m_chain.size()) - 1;
    int first = 0;
    step(QStringLiteral("reset"), [&] {
        first = firstVerifiedMigration(m_scripts, m_options.since);
        m_total = 8 + 2 * (head - first + 1);
        return resetDatabase(first);
    });
    step(QStringLiteral("upgrade head"), [&] {
        for (int i = first; i <= head; ++i) {
            m_currentFile = fileOf(i);
            migrate(QStringLiteral("+1"), Direction::Upgrade);
            m_upgrades << m_tracker->refresh();
            advance();
        }
        m_head = schemaSnapshot(m_connection);
        m_unsure = !m_options.exhaustive && m_head != m_tracker->current();
        return QStringLiteral("%1 migration(s) applied").arg(head - first + 1);
    });
    if (m_unsure)
        return m_steps;
    step(QStringLiteral("check"), [&] {
        for (const DriftItem &item : consistencyItems(importSchema(m_connection, {schemas(), nullptr}).live))
            if (item.finding.isError())
                throw SchemaError(item.finding);
        return QStringLiteral("history tables, trigger functions and triggers are in step");
    });
    SnapshotChange downgraded;
    step(QStringLiteral("downgrade -1"), [&] {
        m_currentFile = fileOf(head);
        migrate(QStringLiteral("-1"), Direction::Downgrade);
        downgraded = m_tracker->refresh();
        expectUndone(m_upgrades.last(), downgraded, head, Direction::Downgrade);
        return QStringLiteral("the schema is as before %1").arg(QFileInfo(m_currentFile).fileName());
    });
    step(QStringLiteral("upgrade head"), [&] {
        m_currentFile = fileOf(head);
        migrate(QStringLiteral("head"), Direction::Upgrade);
        expectUndone(downgraded, m_tracker->refresh(), head, Direction::Upgrade);
        return QStringLiteral("the schema is as at head before");
    });
    step(QStringLiteral("rows in every table"), [&] {
        const Project schema = importSchema(m_connection, {schemas(), nullptr, ImportDepth::DesignOnly}).project;
        const SampleRows rows = insertSampleRows(m_connection, schema);
        const QStringList refused = rows.refused + proveHistoryRows(m_connection, schema, rows.filled);
        m_tracker->refresh();   // rows change no catalog; anything that did is known before the downgrades
        const qsizetype tables = rows.filled.size() + rows.refused.size();
        QString detail = (rows.refused.isEmpty() ? QStringLiteral("one row in each of %1 table(s)").arg(tables)
                                                 : QStringLiteral("a row in %1 of %2 table(s)").arg(rows.filled.size()).arg(tables))
            + QStringLiteral(", each history table keeping its rows as inserted, updated and deleted");
        if (!refused.isEmpty())  // made-up values cannot satisfy every rule of a real schema: said, not failed
            detail += QStringLiteral("; the schema's own rules refused %1 made-up row(s) or change(s): %2").arg(refused.size()).arg(refused.join(QStringLiteral("; ")));
        return detail;
    });
    const QString bottom = first == 0 ? QStringLiteral("base") : m_chain.at(first - 1)->info.revision;
    step(QStringLiteral("downgrade %1 with rows").arg(bottom), [&] {
        for (int i = head; i >= first; --i) {
            m_currentFile = fileOf(i);
            migrate(QStringLiteral("-1"), Direction::Downgrade);
            expectUndone(m_upgrades.at(i - first), m_tracker->refresh(), i, Direction::Downgrade);
            advance();
        }
        const SchemaSnapshot whole = schemaSnapshot(m_connection);
        m_unsure = !m_options.exhaustive && (whole != m_start || whole != m_tracker->current());
        return QStringLiteral("every downgrade gave back the schema before its upgrade");
    });
    if (m_unsure)
        return m_steps;
    step(QStringLiteral("upgrade head again"), [&] {
        migrate(QStringLiteral("head"), Direction::Upgrade);
        expectSchema(m_head, head, Direction::Upgrade);
        return QStringLiteral("the schema is as at head before");
    });
    return m_steps;
}

} // namespace

int firstVerifiedMigration(const QList<MigrationScript> &scripts, const QString &since)
{
    if (since.isEmpty())
        return 0;
    const QList<const MigrationScript *> chain = linearChain(scripts);
    const int first = int(planPath(chain, std::nullopt, since, Direction::Upgrade).size());
    if (first >= chain.size())
        throw SchemaError(QStringLiteral("nothing-to-verify"), QStringLiteral("no migration comes after %1: nothing to verify").arg(since));
    return first;
}

QList<VerifyStep> verifyMigrations(const QString &conninfo, const QList<MigrationScript> &scripts, const VerifyOptions &options)
{
    Workflow quick(conninfo, scripts, options);
    QList<VerifyStep> steps = quick.run();
    if (!quick.unsure() || options.exhaustive)
        return steps;
    const VerifyStep again{QStringLiteral("whole-schema check"), VerifyStep::Outcome::Passed,
                           QStringLiteral("what each migration changed and the whole schema disagree; every step again with whole-schema snapshots"), {}};
    if (options.stepFinished)
        options.stepFinished(again);
    VerifyOptions exhaustive = options;
    exhaustive.exhaustive = true;
    return steps << again << Workflow(conninfo, scripts, exhaustive).run();
}

} // namespace sw::db
