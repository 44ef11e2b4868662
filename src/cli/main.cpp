// schemawright-cli: the headless twin of the Schemawright designer.

#include "command.h"
#include "problem.h"
#include "shortrun.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace sw::cli;

namespace {

QString usage()
{
    QString text = QStringLiteral("Usage: schemawright-cli COMMAND [OPTIONS]\n\nCommands:\n");
    for (const CommandSpec &c : commands())
        text += QStringLiteral("  %1  %2\n").arg(c.name, -10).arg(c.summary);
    text += QStringLiteral("\n`schemawright-cli COMMAND --help` describes a command's options; --help-all, all of them.\n"
                           "Exit status: 0 done and nothing found, 1 findings (or no change to generate), "
                           "2 bad input or environment.\n");
    return text;
}

int runCommandLine(QStringList arguments)
{
    if (arguments.isEmpty() || arguments.first() == QLatin1String("--help") || arguments.first() == QLatin1String("-h")) {
        QTextStream(arguments.isEmpty() ? stderr : stdout) << usage();
        return arguments.isEmpty() ? kExitBadInput : kExitOk;
    }
    if (arguments.first() == QLatin1String("--help-all")) {  // every command's options too: the man page
        QTextStream(stdout) << usage() << Qt::endl;
        for (const CommandSpec &c : commands()) {
            QTextStream(stdout) << "\n";
            c.run({QStringLiteral("--help")});
        }
        return kExitOk;
    }
    if (arguments.first() == QLatin1String("--version")) {
        QTextStream(stdout) << "schemawright-cli " << SW_VERSION << Qt::endl;
        return kExitOk;
    }
    const QString name = arguments.takeFirst();
    for (const CommandSpec &c : commands())
        if (c.name == name)
            endShortRun(c.run(arguments));
    return reportError(QStringLiteral("unknown command \"%1\"; commands are: %2").arg(name, [] {
        QStringList names;
        for (const CommandSpec &c : commands())
            names << c.name;
        return names.join(QStringLiteral(", "));
    }()));
}

} // namespace

int main(int argc, char *argv[])
{
    useShortRunHeap();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("schemawright-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SW_VERSION));
    // The last guard: whatever a command let through is one line and exit 2, never an abort.
    try {
        return runCommandLine(app.arguments().mid(1));
    } catch (const sw::SchemaError &e) {
        return reportError(e.problem().text());
    } catch (const std::exception &e) {
        return reportError(QStringLiteral("unexpected error: %1").arg(QString::fromUtf8(e.what()).trimmed()));
    } catch (...) {
        return reportError(QStringLiteral("unexpected error"));
    }
}
