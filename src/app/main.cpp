// schemawright [--screenshot OUT.png] [--export-diagram OUT.svg|OUT.png] [PROJECT]

#include "diagram/diagramexport.h"
#include "diagram/diagramscene.h"
#include "drift/driftwindow.h"
#include "mainwindow/example.h"
#include "mainwindow/mainwindow.h"
#include "migrations/migrationspanel.h"
#include "project/projectfile.h"
#include "startup/guardedapplication.h"
#include "startup/resources.h"
#include "startup/translations.h"
#include "startup/workspaceheap.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

namespace {

QString defaultProject()
{
    return sw::app::bundledExampleFolder() + QStringLiteral("/trading.json");
}

// The options, for the window and for --help (which help2man turns into the man page).
struct Options {
    QCommandLineOption screenshot{QStringLiteral("screenshot"), QApplication::translate("main", "Render the main window to a PNG file and quit."),
                                  QStringLiteral("OUT.png")};
    QCommandLineOption exportDiagram{QStringLiteral("export-diagram"),
                                     QApplication::translate("main", "Write the project's diagram to an SVG or PNG file and quit (needs no display)."),
                                     QStringLiteral("OUT.svg")};
    QCommandLineOption drift{QStringLiteral("drift"), QApplication::translate("main", "Open the drift window on this database (a libpq connection string)."),
                             QStringLiteral("CONNINFO")};
    QCommandLineOption database{QStringLiteral("database"),
                                QApplication::translate("main", "Open the migrations panel on this database (a libpq connection string)."),
                                QStringLiteral("CONNINFO")};
    QCommandLineOption migrationsFolder{QStringLiteral("migrations-folder"),
                                        QApplication::translate("main", "The migration folder for the migrations panel (default: the project's export folder)."),
                                        QStringLiteral("DIR")};
};

void describe(QCommandLineParser &parser, const Options &options)
{
    parser.setApplicationDescription(QApplication::translate("main", "Design PostgreSQL tables and write their Alembic migrations."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(options.screenshot);
    parser.addOption(options.exportDiagram);
    parser.addOption(options.drift);
    parser.addOption(options.database);
    parser.addOption(options.migrationsFolder);
    parser.addPositionalArgument(QStringLiteral("PROJECT"), QApplication::translate("main", "Project file to open (default: the bundled example)."));
}

void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("Schemawright"));
    QCoreApplication::setOrganizationName(QStringLiteral("Schemawright"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SW_VERSION));
}

// --help and --version answer without a display (over ssh, in a build).
bool answersWithoutDisplay(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--help" || a == "-h" || a == "--help-all" || a == "--version" || a == "-v")
            return true;
    }
    return false;
}

bool wantsOption(int argc, char *argv[], const QByteArray &option)
{
    for (int i = 1; i < argc; ++i)
        if (QByteArray(argv[i]) == option || QByteArray(argv[i]).startsWith(option + '='))
            return true;
    return false;
}

// The diagram of `project`, laid out as the designer lays it out, written to `out`.
int exportDiagram(const QString &project, const QString &out)
{
    sw::Project loaded;
    try {
        loaded = sw::loadProject(project);
    } catch (const sw::SchemaError &e) {
        fprintf(stderr, "%s\n", qPrintable(e.problem().text()));
        return 1;
    }
    sw::app::DiagramScene scene;
    scene.setLayoutInBackground(false);
    scene.setProject(loaded);
    if (const QString error = sw::app::exportDiagram(&scene, out); !error.isEmpty()) {
        fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    sw::app::useWorkspaceHeap();
    if (answersWithoutDisplay(argc, argv)) {
        QCoreApplication app(argc, argv);
        setIdentity();
        sw::app::installTranslations(app, QLocale());
        QCommandLineParser parser;
        const Options options;
        describe(parser, options);
        parser.process(app);  // prints and exits
        return 0;
    }
    // An export needs no display: draw offscreen when there is none.
    if (wantsOption(argc, argv, "--export-diagram") && qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    sw::app::GuardedApplication app(argc, argv);
    setIdentity();
    sw::app::initResources();
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("schemawright"), QIcon(QStringLiteral(":/icons/schemawright.svg"))));
    sw::app::installTranslations(app, QLocale());

    QCommandLineParser parser;
    const Options options;
    const QCommandLineOption &screenshot = options.screenshot;
    const QCommandLineOption &drift = options.drift;
    describe(parser, options);
    parser.process(app);
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(options.exportDiagram))
        return exportDiagram(positional.isEmpty() ? defaultProject() : positional.first(), parser.value(options.exportDiagram));

    sw::app::MainWindow window;
    // Without a project, a copy of the example in the user's data folder: autosave and
    // export must never write into the source tree or /usr/share.
    if (positional.isEmpty())
        window.openExample();
    else
        window.openProject(positional.first());
    QWidget *shown = &window;
    if (parser.isSet(drift)) {
        window.show();
        sw::app::DriftWindow *driftWindow = window.openDriftWindow(parser.value(drift));
        driftWindow->refresh();
        shown = driftWindow;
        if (parser.isSet(screenshot))
            QObject::connect(driftWindow, &sw::app::DriftWindow::refreshed, driftWindow, [&] {
                QApplication::exit(shown->grab().save(parser.value(screenshot)) ? 0 : 1);
            });
    } else if (parser.isSet(options.database)) {
        window.show();
        window.showMigrations(parser.value(options.database), parser.value(options.migrationsFolder));
        if (parser.isSet(screenshot))
            QObject::connect(window.migrationsPanel(), &sw::app::MigrationsPanel::refreshed, &window, [&] {
                QApplication::exit(window.grab().save(parser.value(screenshot)) ? 0 : 1);
            });
    } else {
        window.show();
        if (parser.isSet(screenshot))
            QTimer::singleShot(0, &window, [&] { QApplication::exit(window.grab().save(parser.value(screenshot)) ? 0 : 1); });
    }
    return app.exec();
}
