// schemawright-cli init DIR

#include "command.h"

#include "migration/alembicenvironment.h"
#include "problem.h"

#include <QDir>
#include <QTextStream>

namespace sw::cli {

int runInit(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("Folder for the Alembic environment (made if missing)."));
    int exitCode = kExitOk;
    if (!parseCommandLine(parser, QStringLiteral("init"), arguments, {}, &exitCode, 1))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return reportError(QStringLiteral("init: give exactly one folder, e.g. schemawright-cli init migrations"));
    const QString dir = parser.positionalArguments().first();
    try {
        writeAlembicEnvironment(dir);
    } catch (const SchemaError &e) {
        return reportError(e.problem().text());
    }
    QTextStream(stdout) << QDir(dir).path() << Qt::endl;
    return kExitOk;
}

} // namespace sw::cli
