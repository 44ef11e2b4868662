// One current connection in the designer, on a real PostgreSQL: chosen once,
// chosen again when the project opens after a restart, and used by Apply, the
// migrations dock, the drift window and Take Baseline; another one clears
// what the dock showed of the last. A password the server wants is asked in
// one small dialog, kept for the session, and never written.

#include "alembichelpers.h"
#include "connections/profilestore.h"
#include "connections/sessionpasswords.h"
#include "drift/driftwindow.h"
#include "mainwindow/mainwindow.h"
#include "migrations/migrationspanel.h"
#include "testdatabase.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QInputDialog>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sw;
using namespace sw::app;

namespace {

ConnectionProfile profile(const QString &name, const QString &conninfo)
{
    ConnectionProfile p;
    p.name = name;
    p.conninfo = conninfo;
    return p;
}

QAction *action(QWidget *window, const QString &text)
{
    for (QAction *a : window->findChildren<QAction *>())
        if (a->text() == text)
            return a;
    return nullptr;
}

// The user picks `name` in the tool bar's combo.
void pick(MainWindow &window, const QString &name)
{
    auto *choice = window.findChild<QComboBox *>(QStringLiteral("connectionChoice"));
    const int index = choice->findText(name);
    QVERIFY2(index >= 0, qPrintable(name));
    choice->setCurrentIndex(index);
    emit choice->activated(index);
}

int visiblePrompts(const QWidget *window)
{
    int visible = 0;
    for (const QDialog *prompt : window->findChildren<QDialog *>(QStringLiteral("passwordPrompt")))
        visible += prompt->isVisible() ? 1 : 0;
    return visible;
}

QString allSettings()
{
    QSettings settings;
    QStringList all;
    for (const QString &key : settings.allKeys())
        all << key + QLatin1Char('=') + settings.value(key).toString();
    return all.join(QLatin1Char('\n'));
}

} // namespace

class TestCurrentConnection : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString project() const { return m_dir.filePath(QStringLiteral("trading.json")); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);  // settings of this test's own
        QSettings().clear();
        test::copyExampleEnvironment(m_dir.path());
        QVERIFY(QFile::copy(test::sourceDir() + QStringLiteral("/migrations/trading.json"), project()));
    }

    void theChosenConnectionIsRestoredAndEveryActionUsesIt()
    {
        test::TestDatabase db;
        const QString unreachable = QStringLiteral("host=/nonexistent dbname=nowhere");
        // Not the first offered: a window that shows the first one instead is caught.
        saveUserProfiles({profile(QStringLiteral("unreachable"), unreachable), profile(QStringLiteral("scratch"), db.conninfo())});
        {
            MainWindow before;
            QVERIFY(before.openProject(project()));
            pick(before, QStringLiteral("scratch"));
            QCOMPARE(before.migrationsPanel()->conninfo(), db.conninfo());
        }
        MainWindow window;  // after a restart
        QVERIFY(window.openProject(project()));
        QCOMPARE(window.findChild<QComboBox *>(QStringLiteral("connectionChoice"))->currentText(), QStringLiteral("scratch"));

        // Apply, from the tool bar: on that database, without choosing it again.
        QAction *apply = action(&window, tr("Apply"));
        QVERIFY(apply);
        apply->trigger();
        MigrationsPanel *panel = window.migrationsPanel();
        QString asked;
        panel->setConfirm([&](const QString &question, const QString &) {
            asked = question;
            return true;
        });
        QSignalSpy finished(panel, &MigrationsPanel::runFinished);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().toString(), QString());
        QVERIFY2(asked.contains(db.name()), qPrintable(asked));
        QCOMPARE(db.scalar(QStringLiteral("SELECT version_num FROM alembic_version")), QStringLiteral("1764001200"));
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), 30000);
        QVERIFY(panel->model()->rowCount() > 0);

        // The drift window and Take Baseline start from it.
        action(&window, tr("&Drift and Checks…"))->trigger();
        QCOMPARE(window.driftWindows().last()->effectiveConninfo(), db.conninfo());
        action(&window, tr("Take &Baseline from Database…"))->trigger();
        auto *ask = window.findChild<QInputDialog *>();
        QVERIFY(ask);
        QCOMPARE(ask->textValue(), db.conninfo());
        ask->reject();

        // Another database, out of reach: nothing of the last one's states stays shown.
        QSignalSpy refreshed(panel, &MigrationsPanel::refreshed);
        pick(window, QStringLiteral("unreachable"));
        QCOMPARE(panel->conninfo(), unreachable);
        QCOMPARE(panel->model()->rowCount(), 0);
        QVERIFY(refreshed.wait(30000));
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), 30000);
        QCOMPARE(panel->model()->rowCount(), 0);
        QVERIFY2(panel->log().contains(QStringLiteral("no server socket")), qPrintable(panel->log()));
    }

    void aPasswordIsAskedInOneSmallDialogKeptForTheSessionAndNeverWritten()
    {
        forgetSessionPasswords();
        test::TestDatabase db;
        const QString secret = QStringLiteral("Sesame-4711");
        db.exec(QStringLiteral("DO $$ BEGIN CREATE ROLE sw_session_user LOGIN CREATEDB PASSWORD '%1'; "
                               "EXCEPTION WHEN duplicate_object THEN NULL; END $$").arg(secret));
        const QString port = db.conninfo().section(QStringLiteral("port="), 1).section(QLatin1Char(' '), 0, 0);
        const QString tcp = QStringLiteral("host=127.0.0.1 port=%1 dbname=%2 user=sw_session_user").arg(port, db.name());
        qputenv("PGPASSFILE", "/nonexistent");

        MainWindow window;
        QVERIFY(window.openProject(project()));
        window.showMigrations(tcp);
        QDialog *prompt = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((prompt = window.findChild<QDialog *>(QStringLiteral("passwordPrompt"))) != nullptr, 30000);
        QVERIFY(prompt->isVisible());
        QVERIFY2(prompt->width() <= 480, qPrintable(QString::number(prompt->width())));
        QVERIFY2(prompt->windowTitle().contains(db.name()), qPrintable(prompt->windowTitle()));
        QCOMPARE(visiblePrompts(&window), 1);  // the dock and the type column asked once
        auto *field = prompt->findChild<QLineEdit *>(QStringLiteral("password"));
        QCOMPARE(field->echoMode(), QLineEdit::Password);
        field->setText(secret);
        MigrationsPanel *panel = window.migrationsPanel();
        QSignalSpy refreshed(panel, &MigrationsPanel::refreshed);
        prompt->accept();
        QVERIFY(refreshed.wait(30000));
        QVERIFY2(panel->model()->rowCount() > 0, qPrintable(panel->log()));  // connected: the folder's states

        // The drift window on the same database does not ask again.
        action(&window, tr("&Drift and Checks…"))->trigger();
        DriftWindow *drift = window.driftWindows().last();
        QSignalSpy read(drift, &DriftWindow::refreshed);
        drift->refresh();
        QVERIFY(read.wait(60000));
        QCOMPARE(drift->model()->rowCount(), 1);  // the database node: connected
        QCOMPARE(visiblePrompts(&window), 0);

        // Kept in memory only: not in the settings, the project or the dock.
        QVERIFY(window.saveProjectAs(project()));
        QVERIFY(!allSettings().contains(secret));
        QFile saved(project());
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QVERIFY(!saved.readAll().contains(secret.toUtf8()));
        QVERIFY(!panel->conninfo().contains(secret) && !panel->log().contains(secret));
    }
};

QTEST_MAIN(TestCurrentConnection)
#include "tst_currentconnection.moc"
