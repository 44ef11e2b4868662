// schemawright [--screenshot OUT.png] [PROJECT]

#include "driftwindow.h"
#include "mainwindow.h"
#include "resources.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

namespace {

QString defaultProject()
{
    const QString inSourceTree = QStringLiteral(SW_EXAMPLE_PROJECT);
    return QFileInfo::exists(inSourceTree) ? inSourceTree : QStringLiteral(SW_INSTALLED_EXAMPLE);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Schemawright"));
    QApplication::setOrganizationName(QStringLiteral("Schemawright"));
    QApplication::setApplicationVersion(QStringLiteral(SW_VERSION));
    sw::app::initResources();
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("schemawright"), QIcon(QStringLiteral(":/icons/schemawright.svg"))));
    sw::app::installTranslations(app, QLocale());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Design PostgreSQL tables and write their Alembic migrations."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QApplication::translate("main", "Render the main window to a PNG file and quit."),
                                        QStringLiteral("OUT.png"));
    parser.addOption(screenshot);
    const QCommandLineOption drift(QStringLiteral("drift"),
                                   QApplication::translate("main", "Open the drift window on this database (a libpq connection string)."),
                                   QStringLiteral("CONNINFO"));
    parser.addOption(drift);
    parser.addPositionalArgument(QStringLiteral("PROJECT"), QApplication::translate("main", "Project file to open (default: the bundled example)."));
    parser.process(app);

    sw::app::MainWindow window;
    const QStringList positional = parser.positionalArguments();
    window.openProject(positional.isEmpty() ? defaultProject() : positional.first());
    QWidget *shown = &window;
    if (parser.isSet(drift)) {
        auto *driftWindow = new sw::app::DriftWindow(window.document()->project(), window.exportFolder(), parser.value(drift), &window);
        driftWindow->setAttribute(Qt::WA_DeleteOnClose);
        window.show();
        driftWindow->show();
        driftWindow->refresh();
        shown = driftWindow;
        if (parser.isSet(screenshot))
            QObject::connect(driftWindow, &sw::app::DriftWindow::refreshed, driftWindow, [&] {
                QApplication::exit(shown->grab().save(parser.value(screenshot)) ? 0 : 1);
            });
    } else {
        window.show();
        if (parser.isSet(screenshot))
            QTimer::singleShot(0, &window, [&] { QApplication::exit(window.grab().save(parser.value(screenshot)) ? 0 : 1); });
    }
    return app.exec();
}
