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

// Why generate writes nothing, said after "generate: ".
struct Refusal {
    QString message;
};

// The design to migrate to, with the fill values given, valid.
Project targetDesign(const QCommandLineParser &parser)
{
    Project to = loadProject(parser.value(QStringLiteral("to")));
    for (const QString &fill : parser.values(QStringLiteral("fill")))
        if (const QString problem = applyFill(to, fill); !problem.isEmpty())
            throw Refusal{problem};
    for (Problem p : validateProject(to))
        if (p.isError()) {
            p.file = parser.value(QStringLiteral("to"));
            throw Refusal{p.text() + QStringLiteral("; nothing written")};
        }
    return to;
}

// --down-revision, or the folder's one head (none: base).
std::optional<QString> parentRevision(const QCommandLineParser &parser, const QString &folder, const QList<MigrationScriptInfo> &scripts)
{
    if (parser.isSet(QStringLiteral("down-revision")))
        return parser.value(QStringLiteral("down-revision"));
    const QStringList heads = headRevisions(scripts);
    if (heads.size() > 1)
        throw Refusal{QStringLiteral("%1 has several heads (%2); choose one with --down-revision").arg(folder, heads.join(QStringLiteral(", ")))};
    return heads.isEmpty() ? std::nullopt : std::optional<QString>(heads.first());
}

// Each migration of the chain as a file of the folder: its path and text.
QList<std::pair<QString, QByteArray>> migrationFiles(const MigrationChain &chain, const QCommandLineParser &parser, const QString &folder,
                                                     const QList<MigrationScriptInfo> &scripts, const std::optional<QString> &downRevision)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString revision = parser.isSet(QStringLiteral("revision")) ? parser.value(QStringLiteral("revision"))
                                                                      : nextRevision(now.toSecsSinceEpoch(), scripts);
    bool numeric = false;
    const qint64 seconds = revision.toLongLong(&numeric);
    QStringList messages;
    for (const ChainedMigration &m : chain.migrations)
        messages << m.message;
    const QList<MigrationHeader> headers = chainedHeaders(MigrationHeader{revision, downRevision, parser.value(QStringLiteral("message")),
                                                                          numeric ? QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC) : now},
                                                          messages);
    for (const MigrationHeader &header : headers)
        if (const QString problem = revisionProblem(header.revision, scripts); !problem.isEmpty())
            throw Refusal{problem + QStringLiteral("; nothing written")};
    QList<std::pair<QString, QByteArray>> files;
    for (qsizetype i = 0; i < headers.size(); ++i)
        files.append({QDir(folder).filePath(migrationFileName(headers.at(i).revision, headers.at(i).message)),
                      renderMigrationFile(headers.at(i), chain.migrations.at(i).plan).toUtf8()});
    return files;
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
    if (const QString problem = migrationMessageProblem(message); !problem.isEmpty())
        return reportError(QStringLiteral("generate: ") + problem);
    try {
        const Project to = targetDesign(parser);
        const Project from = parser.isSet(QStringLiteral("from")) ? loadProject(parser.value(QStringLiteral("from"))) : Project{};
        const QString folder = resolveVersionsFolder(parser.value(QStringLiteral("out")));
        const QList<MigrationScriptInfo> scripts = readMigrationFolder(folder);
        const std::optional<QString> downRevision = parentRevision(parser, folder, scripts);
        const MigrationChain chain = planMigrationChain(from, to, message);
        for (const QString &note : chain.notes)
            QTextStream(stderr) << "schemawright-cli: note: " << note << Qt::endl;
        if (chain.migrations.isEmpty()) {
            reportError(QStringLiteral("generate: no change between %1 and %2 that a migration can make; nothing written")
                            .arg(parser.isSet(QStringLiteral("from")) ? parser.value(QStringLiteral("from")) : QStringLiteral("an empty schema"),
                                 parser.value(QStringLiteral("to"))));
            return kExitFindings;
        }
        const QList<std::pair<QString, QByteArray>> files = migrationFiles(chain, parser, folder, scripts, downRevision);
        writeNewFiles(files);
        for (const auto &file : files)
            QTextStream(stdout) << file.first << Qt::endl;
        return kExitOk;
    } catch (const Refusal &refusal) {
        return reportError(QStringLiteral("generate: ") + refusal.message);
    } catch (const SchemaError &e) {
        return reportError(e.problem().text());
    }
}

} // namespace sw::cli
