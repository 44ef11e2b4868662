// schemawright-cli generate --to NEW.json [--from OLD.json] --message MSG --out DIR
//                           [--revision ID] [--down-revision ID]

#include "command.h"


#include "diff/migrationchain.h"
#include "migration/alembicfile.h"
#include "migration/migrationfolder.h"
#include "migration/migrationmessage.h"
#include "model/validation.h"
#include "newfile.h"
#include "project/projectfile.h"

#include <QDateTime>
#include <QDir>
#include <QRegularExpression>
#include <QTextStream>

namespace sw::cli {

namespace {

// --fill orders.status='NEW' sets the "fill" of that column in the new design.
QString applyFill(Project &to, const QString &assignment)
{
    const qsizetype eq = assignment.indexOf(QLatin1Char('='));
    const QString target = assignment.left(eq).trimmed();
    const qsizetype dot = target.lastIndexOf(QLatin1Char('.'));
    if (eq <= 0 || dot <= 0 || assignment.mid(eq + 1).trimmed().isEmpty())
        return QStringLiteral("--fill takes TABLE.COLUMN=SQL, not \"%1\"").arg(assignment);
    for (Table &t : to.tables)
        if (t.name == target.left(dot) || t.qualifiedName() == target.left(dot))
            for (Column &c : t.columns)
                if (c.name == target.mid(dot + 1)) {
                    c.fillExpr = assignment.mid(eq + 1).trimmed();
                    return {};
                }
    return QStringLiteral("--fill: the new design has no column %1").arg(target);
}

// alembic_version.version_num is varchar(32).
QString revisionProblem(const QString &revision, const QList<MigrationScriptInfo> &scripts)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9_]{1,32}$"));
    if (!valid.match(revision).hasMatch())
        return QStringLiteral("revision \"%1\" must be 1 to 32 letters, digits or _").arg(revision);
    for (const MigrationScriptInfo &s : scripts)
        if (s.revision == revision)
            return QStringLiteral("revision %1 already exists in %2").arg(revision, s.path);
    return {};
}

} // namespace

int runGenerate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("to"), QStringLiteral("The design to migrate to."), QStringLiteral("NEW.json")},
        {QStringLiteral("from"), QStringLiteral("The design to migrate from (default: an empty schema)."), QStringLiteral("OLD.json")},
        {QStringLiteral("message"), QStringLiteral("Descriptive snake_case name, e.g. create_orders_table."), QStringLiteral("MSG")},
        {QStringLiteral("out"), QStringLiteral("Migration folder (Alembic's versions/, or the folder holding it)."), QStringLiteral("DIR")},
        {QStringLiteral("revision"), QStringLiteral("Revision id (default: Unix time, above the newest in DIR)."), QStringLiteral("ID")},
        {QStringLiteral("down-revision"), QStringLiteral("Parent revision (default: the head of DIR)."), QStringLiteral("ID")},
        {QStringLiteral("fill"), QStringLiteral("Value for existing rows of a column that becomes NOT NULL, e.g. orders.status='NEW' (repeatable)."),
         QStringLiteral("TABLE.COLUMN=SQL")},
    });
    int exitCode = kExitOk;
    if (!parseCommandLine(parser, QStringLiteral("generate"), arguments,
                          {QStringLiteral("to"), QStringLiteral("message"), QStringLiteral("out")}, &exitCode))
        return exitCode;

    const QString message = parser.value(QStringLiteral("message"));
    const QString messageProblem = migrationMessageProblem(message);
    if (!messageProblem.isEmpty())
        return reportError(QStringLiteral("generate: ") + messageProblem);

    try {
        Project to = loadProject(parser.value(QStringLiteral("to")));
        for (const QString &fill : parser.values(QStringLiteral("fill"))) {
            const QString problem = applyFill(to, fill);
            if (!problem.isEmpty())
                return reportError(QStringLiteral("generate: ") + problem);
        }
        for (Problem p : validateProject(to))
            if (p.isError()) {
                p.file = parser.value(QStringLiteral("to"));
                return reportError(QStringLiteral("generate: ") + p.text() + QStringLiteral("; nothing written"));
            }
        const Project from = parser.isSet(QStringLiteral("from")) ? loadProject(parser.value(QStringLiteral("from"))) : Project{};
        const QString folder = resolveVersionsFolder(parser.value(QStringLiteral("out")));
        const QList<MigrationScriptInfo> scripts = readMigrationFolder(folder);

        std::optional<QString> downRevision;
        if (parser.isSet(QStringLiteral("down-revision"))) {
            downRevision = parser.value(QStringLiteral("down-revision"));
        } else {
            const QStringList heads = headRevisions(scripts);
            if (heads.size() > 1)
                return reportError(QStringLiteral("generate: %1 has several heads (%2); choose one with --down-revision")
                                       .arg(folder, heads.join(QStringLiteral(", "))));
            if (!heads.isEmpty())
                downRevision = heads.first();
        }

        const MigrationChain chain = planMigrationChain(from, to, message);
        for (const QString &note : chain.notes)
            QTextStream(stderr) << "schemawright-cli: note: " << note << Qt::endl;
        if (chain.migrations.isEmpty()) {
            reportError(QStringLiteral("generate: no change between %1 and %2 that a migration can make; nothing written")
                            .arg(parser.isSet(QStringLiteral("from")) ? parser.value(QStringLiteral("from")) : QStringLiteral("an empty schema"),
                                 parser.value(QStringLiteral("to"))));
            return kExitFindings;
        }

        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString revision = parser.isSet(QStringLiteral("revision")) ? parser.value(QStringLiteral("revision"))
                                                                          : nextRevision(now.toSecsSinceEpoch(), scripts);
        bool numeric = false;
        const qint64 seconds = revision.toLongLong(&numeric);
        QStringList messages;
        for (const ChainedMigration &m : chain.migrations)
            messages << m.message;
        const QList<MigrationHeader> headers = chainedHeaders(
            MigrationHeader{revision, downRevision, message, numeric ? QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC) : now}, messages);
        for (const MigrationHeader &header : headers) {
            const QString problem = revisionProblem(header.revision, scripts);
            if (!problem.isEmpty())
                return reportError(QStringLiteral("generate: ") + problem + QStringLiteral("; nothing written"));
        }
        QList<std::pair<QString, QByteArray>> files;
        for (qsizetype i = 0; i < headers.size(); ++i)
            files.append({QDir(folder).filePath(migrationFileName(headers.at(i).revision, headers.at(i).message)),
                          renderMigrationFile(headers.at(i), chain.migrations.at(i).plan).toUtf8()});
        writeNewFiles(files);
        for (const auto &file : files)
            QTextStream(stdout) << file.first << Qt::endl;
        return kExitOk;
    } catch (const SchemaError &e) {
        return reportError(e.problem().text());
    }
}

} // namespace sw::cli
