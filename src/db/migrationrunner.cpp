#include "migrationrunner.h"

#include "advisorylock.h"
#include "alembicstep.h"
#include "alembicversion.h"
#include "connection.h"
#include "connectionprofile.h"
#include "identifiers.h"
#include "sql/ddlreader.h"
#include "problem.h"
#include "querycanceller.h"

#include <QDir>

#include <pqxx/pqxx>

namespace sw::db {

namespace {

const MigrationFunction &functionOf(const MigrationStepPlan &step)
{
    return step.direction == Direction::Upgrade ? step.script->upgrade : step.script->downgrade;
}

// "upgrade" or "downgrade": alembic's command and the function's name.
QString verbOf(const MigrationStepPlan &step)
{
    return step.direction == Direction::Upgrade ? QStringLiteral("upgrade") : QStringLiteral("downgrade");
}

QString stepLabel(const MigrationStepPlan &step)
{
    return QStringLiteral("%1 %2").arg(verbOf(step), step.script->info.fileName);
}

// How a statement is named in progress and errors: its first 80 characters on one line.
QString statementStart(const SqlBlock &block) { return block.sql.simplified().left(80); }

[[noreturn]] void failInFile(const MigrationStepPlan &step, int line, const QString &code, const QString &message)
{
    throw SchemaError(Problem{Problem::Severity::Error, code, message, step.script->info.path, {}, {}, {}, line});
}

void requirePresent(const MigrationStepPlan &step)
{
    if (!functionOf(step).present)
        failInFile(step, step.script->upgrade.line, QStringLiteral("missing-downgrade"),
                   QStringLiteral("%1() is missing: this migration cannot be run in this direction").arg(verbOf(step)));
}

// The first statement that is not op.execute() with SQL, for messages.
PythonStatement firstBeyondSql(const MigrationFunction &f)
{
    return f.otherOperations.isEmpty() ? f.notUnderstood.first() : f.otherOperations.first();
}

bool needsAlembic(const MigrationStepPlan &step) { return !functionOf(step).isPlainSql(); }

AlembicLimits limitsOf(const RunOptions &options)
{
    return {options.lockTimeoutMs, options.statementTimeoutMs, options.alembicTimeoutMs};
}

} // namespace

MigrationRunner::MigrationRunner(QString conninfo, QList<MigrationScript> scripts)
    : m_conninfo(std::move(conninfo)), m_scripts(std::move(scripts)), m_chain(linearChain(m_scripts))
{
}

QList<MigrationStepPlan> MigrationRunner::plan(const RunOptions &options, const std::optional<QString> &current) const
{
    const QList<MigrationStepPlan> steps = planPath(m_chain, current, options.target, options.direction);
    // Everything that needs alembic is found before anything runs.
    for (const MigrationStepPlan &step : steps) {
        requirePresent(step);
        if (!needsAlembic(step))
            continue;
        const PythonStatement what = firstBeyondSql(functionOf(step));
        if (options.alembicEnvironment.isEmpty() || alembicExecutable().isEmpty())
            failInFile(step, what.line, QStringLiteral("needs-alembic"),
                       QStringLiteral("this migration does more than op.execute() with SQL (%1); Schemawright runs it through alembic, "
                                      "which needs the alembic command and the folder's alembic.ini. Nothing was run.").arg(what.text));
    }
    return steps;
}

std::optional<QString> MigrationRunner::currentRevision()
{
    Connection connection(m_conninfo);
    pqxx::read_transaction tx(connection.raw());
    return db::currentRevision(tx);
}

QString MigrationRunner::sql(const RunOptions &options, const std::optional<QString> &startRevision) const
{
    const QList<MigrationStepPlan> steps = planPath(m_chain, startRevision, options.target, options.direction);
    QString text;
    // As alembic --sql: the version table is made when starting from base.
    if (!startRevision && !steps.isEmpty())
        text += createVersionTableSql() + QStringLiteral(";\n\n");
    for (const MigrationStepPlan &step : steps) {
        requirePresent(step);
        // A script that looks runnable but lacks a migration's statements is worse than none.
        if (needsAlembic(step)) {
            const PythonStatement what = firstBeyondSql(functionOf(step));
            failInFile(step, what.line, QStringLiteral("cannot-render"),
                       QStringLiteral("this migration does more than op.execute() with SQL (%1), so Schemawright cannot print its SQL; "
                                      "run `alembic %2 %3:%4 --sql` in the folder of alembic.ini instead. Nothing was printed.")
                           .arg(what.text, verbOf(step), step.fromRevision.value_or(QStringLiteral("base")), step.toRevision.value_or(QStringLiteral("base"))));
        }
        text += QStringLiteral("-- Running %1\nBEGIN;\n\n").arg(stepLabel(step));
        bool outside = false;
        for (const SqlBlock &block : functionOf(step).executes) {
            if (block.autocommit != outside)  // as alembic --sql writes an autocommit block
                text += block.autocommit ? QStringLiteral("COMMIT;\n\n") : QStringLiteral("BEGIN;\n\n");
            outside = block.autocommit;
            text += block.sql.trimmed() + QStringLiteral("\n\n");
        }
        if (outside)
            text += QStringLiteral("BEGIN;\n\n");
        text += versionUpdateSql(step.fromRevision, step.toRevision) + QStringLiteral(";\n\nCOMMIT;\n\n");
    }
    return text;
}

// As Alembic runs a migration: in one transaction with its alembic_version
// update; an autocommit block commits what came before it, runs each of its
// statements on its own, and a new transaction takes the rest.
void MigrationRunner::runStep(Connection &connection, const MigrationStepPlan &step, const RunOptions &options)
{
    const QList<SqlBlock> blocks = functionOf(step).executes;
    bool partCommitted = false;
    const auto run = [&](pqxx::transaction_base &tx, qsizetype i) {
        const SqlBlock &block = blocks.at(i);
        if (options.progress)
            options.progress(QStringLiteral("  statement %1 of %2 (line %3): %4")
                                 .arg(i + 1).arg(blocks.size()).arg(block.line).arg(statementStart(block)));
        try {
            tx.exec(block.sql.toStdString());
        } catch (const pqxx::broken_connection &) {
            throw;
        } catch (const std::exception &e) {
            const QString where = step.fromRevision.value_or(QStringLiteral("base"));
            failInFile(step, block.line, QStringLiteral("sql-error"),
                       partCommitted ? QStringLiteral("%1 failed at \"%2\": %3; what ran before its autocommit block stays committed, "
                                                      "alembic_version still says %4").arg(stepLabel(step), statementStart(block), describeSqlError(e), where)
                                     : QStringLiteral("%1 failed at \"%2\": %3; this migration was rolled back and the database is at %4")
                                           .arg(stepLabel(step), statementStart(block), describeSqlError(e), where));
        }
    };
    qsizetype i = 0;
    while (true) {
        pqxx::work tx(connection.raw());
        tx.exec(QStringLiteral("SET LOCAL lock_timeout = %1").arg(options.lockTimeoutMs).toStdString());
        tx.exec(QStringLiteral("SET LOCAL statement_timeout = %1").arg(options.statementTimeoutMs).toStdString());
        if (i == 0) {
            if (!versionTableExists(tx))
                tx.exec(createVersionTableSql().toStdString());
            // Someone (alembic, psql) may have moved the database since the plan was made.
            const std::optional<QString> now = db::currentRevision(tx);
            if (now != step.fromRevision)
                failInFile(step, 0, QStringLiteral("moved"),
                           QStringLiteral("the database moved to %1 while migrating (expected %2); nothing of this migration was applied")
                               .arg(now.value_or(QStringLiteral("base")), step.fromRevision.value_or(QStringLiteral("base"))));
        }
        for (; i < blocks.size() && !blocks.at(i).autocommit; ++i)
            run(tx, i);
        if (i == blocks.size()) {
            tx.exec(versionUpdateSql(step.fromRevision, step.toRevision).toStdString());
            tx.commit();
            return;
        }
        tx.commit();
        partCommitted = true;
        pqxx::nontransaction outside(connection.raw());
        outside.exec(QStringLiteral("SET lock_timeout = %1").arg(options.lockTimeoutMs).toStdString());
        outside.exec(QStringLiteral("SET statement_timeout = %1").arg(options.statementTimeoutMs).toStdString());
        for (; i < blocks.size() && blocks.at(i).autocommit; ++i)
            run(outside, i);
        outside.exec("RESET lock_timeout; RESET statement_timeout");
    }
}

void MigrationRunner::runStepWithAlembic(Connection &connection, const MigrationStepPlan &step, const RunOptions &options)
{
    const QString target = step.toRevision.value_or(QStringLiteral("base"));
    const AlembicOutcome outcome = runGuardedAlembic(
        connection.raw(), connection.conninfo(), options.alembicEnvironment,
        {verbOf(step), target}, limitsOf(options));
    const QString at = [&] {
        pqxx::read_transaction tx(connection.raw());
        return db::currentRevision(tx).value_or(QStringLiteral("base"));
    }();
    if (outcome.kind != AlembicOutcome::Kind::Done)
        failInFile(step, 0, QStringLiteral("alembic-failed"),
                   QStringLiteral("alembic %1 failed: %2; the database is at %3").arg(stepLabel(step), outcome.message, at));
    // Only the server can say where alembic really took the database.
    if (at != target)
        failInFile(step, 0, QStringLiteral("alembic-elsewhere"),
                   QStringLiteral("alembic reported %1 done, but the database named with --db is at %2, not %3: "
                                  "the folder's env.py may have migrated another database")
                       .arg(stepLabel(step), at, target));
}

// Before anything runs: the folder's env.py must connect alembic to the
// database this runner holds, or no migration of the chain runs at all.
void MigrationRunner::checkAlembicReachesThisDatabase(Connection &connection, const RunOptions &options)
{
    const AlembicOutcome outcome = runGuardedAlembic(connection.raw(), connection.conninfo(), options.alembicEnvironment,
                                                     {QStringLiteral("current")}, limitsOf(options));
    if (outcome.kind == AlembicOutcome::Kind::Done)
        return;
    throw SchemaError(Problem{Problem::Severity::Error,
                              outcome.kind == AlembicOutcome::Kind::WrongDatabase ? QStringLiteral("alembic-wrong-database") : QStringLiteral("alembic-failed"),
                              QStringLiteral("%1 (checked with `alembic current` before running anything)").arg(outcome.message),
                              QDir(options.alembicEnvironment).filePath(QStringLiteral("env.py")), {}, {}, {}, 0});
}

namespace {

QString relationOf(const sql::ObjectName &object)
{
    return object.schema.isEmpty() ? quoteIdentifier(object.name) : qualifiedIdentifier(object.schema, object.name);
}

// What `action` drops, with the rows that hold data there now; empty when it drops nothing.
QString describeDrop(pqxx::transaction_base &tx, const sql::DdlAction &action)
{
    const bool table = action.kind == sql::DdlAction::Kind::DropTable;
    if (!table && action.kind != sql::DdlAction::Kind::DropColumn)
        return {};
    const QString relation = relationOf(action.object);
    const QString shown = action.object.schema.isEmpty() ? action.object.name : action.object.schema + QLatin1Char('.') + action.object.name;
    if (tx.exec_params1("SELECT to_regclass($1) IS NULL", relation.toStdString())[0].as<bool>())
        return table ? QStringLiteral("table %1 (not there yet)").arg(shown) : QStringLiteral("column %1.%2 (not there yet)").arg(shown, action.column);
    if (table)
        return QStringLiteral("table %1 (%2 rows)").arg(shown).arg(tx.exec1(("SELECT count(*) FROM " + relation).toStdString())[0].as<long long>());
    const pqxx::row counts = tx.exec1(QStringLiteral("SELECT count(*), count(%1) FROM %2").arg(quoteIdentifier(action.column), relation).toStdString());
    return QStringLiteral("column %1.%2 (%3 of %4 rows hold a value)").arg(shown, action.column).arg(counts[1].as<long long>()).arg(counts[0].as<long long>());
}

} // namespace

DryRun MigrationRunner::dryRun(const RunOptions &options)
{
    Connection connection(m_conninfo);
    pqxx::read_transaction tx(connection.raw());
    DryRun result;
    result.current = db::currentRevision(tx);
    for (const MigrationStepPlan &step : plan(options, result.current)) {
        DryRunStep shown{stepLabel(step), {}, !needsAlembic(step)};
        for (const SqlBlock &block : functionOf(step).executes)
            for (const sql::DdlAction &action : sql::readDdl(block.sql)) {
                // A count that fails (a column a former step renames) must not end the read-only transaction.
                try {
                    pqxx::subtransaction probe(tx);
                    const QString drop = describeDrop(probe, action);
                    probe.commit();
                    if (!drop.isEmpty())
                        shown.drops << drop;
                } catch (const pqxx::sql_error &) {
                    shown.drops << QStringLiteral("%1 (cannot be counted now)").arg(action.object.name);
                }
            }
        result.steps << shown;
    }
    return result;
}

RunResult MigrationRunner::run(const RunOptions &options)
{
    Connection connection(m_conninfo);
    return run(connection, options);
}

RunResult MigrationRunner::run(Connection &connection, const RunOptions &options)
{
    const QueryCanceller::Scope cancellable(options.canceller, connection.raw());
    const auto waiting = [&options](const QString &holder) {
        if (options.progress)
            options.progress(QStringLiteral("Waiting for another runner to finish: %1").arg(holder));
    };
    MigrationLock lock(connection.raw(), options.runnerWaitMs, waiting, options.canceller);
    RunResult result;
    {
        pqxx::read_transaction tx(connection.raw());
        result.startRevision = result.endRevision = db::currentRevision(tx);
    }
    // Planned under the lock: a runner that waited starts where the other ended.
    const QList<MigrationStepPlan> steps = plan(options, result.startRevision);
    if (std::any_of(steps.begin(), steps.end(), needsAlembic))
        checkAlembicReachesThisDatabase(connection, options);
    for (const MigrationStepPlan &step : steps) {
        if (options.canceller && options.canceller->isCancelled())
            throw SchemaError(QStringLiteral("cancelled"), QStringLiteral("cancelled; the database is at %1").arg(result.endRevision.value_or(QStringLiteral("base"))));
        if (options.progress)
            options.progress(QStringLiteral("Running %1").arg(stepLabel(step)));
        try {
            if (needsAlembic(step))
                runStepWithAlembic(connection, step, options);
            else
                runStep(connection, step, options);
        } catch (const pqxx::broken_connection &) {
            failInFile(step, 0, QStringLiteral("connection-lost"),
                       QStringLiteral("the connection was lost during %1; that migration was rolled back and the database is at %2")
                           .arg(stepLabel(step), result.endRevision.value_or(QStringLiteral("base"))));
        } catch (const pqxx::in_doubt_error &) {
            failInFile(step, 0, QStringLiteral("connection-lost"),
                       QStringLiteral("the connection was lost while committing %1: check `schemawright-cli current` before going on").arg(stepLabel(step)));
        }
        result.endRevision = step.toRevision;
        result.applied << step.script->info.fileName;
    }
    return result;
}

} // namespace sw::db
