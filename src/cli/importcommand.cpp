// schemawright-cli import [--db CONNINFO] -o FILE.json [--force] [--schema NAME ...] [--project FILE.json]

#include "command.h"

#include "catalogimport.h"
#include "driftanalysis.h"
#include "model/validation.h"
#include "problem.h"
#include "project/projectfile.h"

#include <QFileInfo>
#include <QTextStream>

#include <future>

namespace sw::cli {

int runImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions({
        databaseOption(),
        {{QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("Project file to write (never over an existing one without --force)."),
         QStringLiteral("FILE.json")},
        {QStringLiteral("force"), QStringLiteral("Replace the output file when it exists.")},
        schemaOption(QStringLiteral("Schema to read; repeat for several (default: every schema but the system's and those an extension made).")),
        {QStringLiteral("project"), QStringLiteral("Existing design whose ids, fill values and expression spelling to keep where the database agrees."),
         QStringLiteral("FILE.json")},
    });
    int exitCode = kExitOk;
    if (!parseCommandLine(parser, QStringLiteral("import"), arguments, {QStringLiteral("output")}, &exitCode))
        return exitCode;
    const QString output = parser.value(QStringLiteral("output"));
    if (QFileInfo::exists(output) && !parser.isSet(QStringLiteral("force")))
        return reportError(QStringLiteral("import: %1 exists; nothing was read or written (--force replaces it)").arg(output));
    try {
        db::ImportOptions options;
        options.depth = db::ImportDepth::DesignOnly;
        db::Connection connection(databaseConninfo(parser));
        const QStringList schemas = schemasOf(parser);
        options.schemas = schemas.isEmpty() ? db::userSchemas(connection) : schemas;
        std::optional<Project> existing;
        if (parser.isSet(QStringLiteral("project"))) {
            existing = loadProject(parser.value(QStringLiteral("project")));
            options.existing = &*existing;
        }
        // Never a file the product cannot load: what import could not leave out stops it. The tables
        // are validated and written while the server still reads views and routines; of what import
        // changes after, only the tables that changed are done again (validateProject remembers).
        std::future<WrittenTables> ahead;
        const db::ImportResult result = db::importSchema(connection, options, [&ahead](const Project &tables) {
            ahead = std::async(std::launch::async, [tables] {
                validateProject(tables);
                return writeTables(tables);
            });
        });
        QTextStream err(stderr);
        for (const QString &warning : result.warnings + result.besideTables)
            err << "schemawright-cli: warning: " << warning << Qt::endl;
        const WrittenTables written = ahead.valid() ? ahead.get() : WrittenTables{};
        // Validated while it is written out, which only reads the design too.
        auto validated = std::async(std::launch::async, [&result] { return validateProject(result.project); });
        const QByteArray file = serializeProject(result.project, written);
        for (const Problem &p : validated.get()) {
            if (p.isError())
                return reportError(QStringLiteral("import: the database holds what a design cannot: %1; nothing written").arg(p.text()));
            err << "schemawright-cli: warning: " << p.text() << Qt::endl;
        }
        saveSerializedProject(file, output);
        QTextStream(stdout) << output << Qt::endl;
        return kExitOk;
    } catch (const SchemaError &e) {
        return reportError(QStringLiteral("import: ") + e.problem().text());
    } catch (const std::exception &e) {
        return reportError(QStringLiteral("import: ") + QString::fromUtf8(e.what()).trimmed());
    }
}

} // namespace sw::cli
