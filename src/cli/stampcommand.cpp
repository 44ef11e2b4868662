// schemawright-cli stamp --detect [--apply] [--db CONNINFO] [--migrations DIR]
// Finds the revision of the folder whose schema the database has exactly;
// with --apply writes it into alembic_version. Exit 0 found, 1 none matches, 2 error.

#include "command.h"

#include "alembicversion.h"
#include "connection.h"
#include "migration/migrationfolder.h"
#include "problem.h"
#include "revisiondetector.h"

#include <QTextStream>


namespace sw::cli {

int runStamp(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions({databaseOption(),
                       migrationsOption(),
                       {QStringLiteral("detect"), QStringLiteral("Find the revision whose schema the database has: each is built in a scratch "
                                                                 "database on the same server and compared, newest first.")},
                       {QStringLiteral("apply"), QStringLiteral("Write the revision found into alembic_version.")}});
    int exitCode = kExitOk;
    if (!parseCommandLine(parser, QStringLiteral("stamp"), arguments, {QStringLiteral("detect")}, &exitCode))
        return exitCode;
    try {
        const MigrationsFolder migrations = migrationsFolder(parser);
        db::Connection connection(databaseConninfo(parser));
        const QStringList recorded = db::recordedRevisions(connection);
        const db::RevisionDetection found =
            db::detectRevision(connection, readMigrationScripts(migrations.versions), migrations.environment);
        const QString name = found.revision.value_or(QStringLiteral("base"));
        const QString says = recorded.isEmpty() ? QStringLiteral("None") : recorded.join(QStringLiteral(", "));
        if (!found.found) {
            QTextStream(stdout) << "No revision of the folder matches the database; the closest is " << name << ": " << found.difference << Qt::endl;
            return kExitFindings;
        }
        QTextStream out(stdout);
        out << name << Qt::endl;
        QTextStream err(stderr);
        err << "The database has exactly the schema of " << name << "; alembic_version says " << says << '.' << Qt::endl;
        if (parser.isSet(QStringLiteral("apply"))) {
            db::stampRevision(connection, found.revision);
            err << "Stamped " << name << " into alembic_version." << Qt::endl;
        } else if (says != (found.revision ? *found.revision : QStringLiteral("None"))) {
            err << "Run again with --apply to stamp it." << Qt::endl;
        }
        return kExitOk;
    } catch (const SchemaError &e) {
        return reportError(QStringLiteral("stamp: ") + e.problem().text());
    } catch (const std::exception &e) {
        return reportError(QStringLiteral("stamp: ") + db::describeSqlError(e));
    }
}

} // namespace sw::cli
