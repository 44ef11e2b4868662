// The connection manager: profiles in the user's settings and, when chosen,
// in the project; services from pg_service.conf by name; never a password;
// Test connection on a real PostgreSQL, in the background.

#include "connections/connectiondialog.h"
#include "connections/profilestore.h"
#include "connectionservices.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sw;
using namespace sw::app;

namespace {

void type(QDialog &dialog, const char *field, const QString &text)
{
    auto *edit = dialog.findChildren<QLineEdit *>().value(QByteArray(field).toInt());
    edit->setText(text);
    emit edit->textEdited(text);
}

} // namespace

class TestConnections : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("schemawright-tests"));
        QSettings().remove(QStringLiteral("connections"));
    }

    void servicesAreListedByName()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("pg_service.conf")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# team services\n[staging]\nhost=db.staging\ndbname=app\n\n[dev]\nhost=localhost\n");
        file.close();
        QCOMPARE(serviceNames({file.fileName(), dir.filePath(QStringLiteral("missing.conf"))}), QStringList({"dev", "staging"}));
        qputenv("PGSERVICEFILE", file.fileName().toUtf8());
        ConnectionDialog dialog({});
        auto *service = dialog.findChildren<QComboBox *>().first();
        QVERIFY(service->findText(QStringLiteral("staging")) >= 0 && service->findText(QStringLiteral("dev")) >= 0);
        qunsetenv("PGSERVICEFILE");
    }

    void aProfileIsTestedInTheBackgroundAndKeptWithoutPassword()
    {
        test::TestDatabase db;
        ConnectionProfile project{QStringLiteral("shared"), QStringLiteral("localhost"), {}, QStringLiteral("app"), {}, {}, {}, {}};
        ConnectionDialog dialog({project});
        QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(dialog.model()->rowCount(), 1);
        QVERIFY(dialog.model()->index(0).data().toString().contains(QStringLiteral("in the project")));

        // A new profile to the test server, typed as a user would.
        dialog.findChild<QPushButton *>()->click();  // the first button: New
        QCOMPARE(dialog.model()->rowCount(), 2);
        const auto parts = [&](const QString &key) { return db.conninfo().section(key + QLatin1Char('='), 1).section(QLatin1Char(' '), 0, 0); };
        type(dialog, "0", QStringLiteral("test server"));
        type(dialog, "1", parts(QStringLiteral("host")));
        type(dialog, "2", parts(QStringLiteral("port")));
        type(dialog, "3", db.name());
        type(dialog, "4", QStringLiteral("postgres"));
        QSignalSpy tested(&dialog, &ConnectionDialog::tested);
        dialog.testConnection();
        QCOMPARE(dialog.status(), QStringLiteral("Connecting…"));  // the window is not frozen
        QVERIFY(tested.wait(30000));
        QVERIFY2(dialog.status().startsWith(QStringLiteral("Connected: PostgreSQL 15.")) && dialog.status().contains(db.name())
                     && dialog.status().contains(QStringLiteral("user postgres")) && dialog.status().contains(QStringLiteral("alembic_version none")),
                 qPrintable(dialog.status()));
        type(dialog, "3", QStringLiteral("no_such_database"));
        dialog.testConnection();
        QVERIFY(tested.wait(30000));
        QVERIFY2(dialog.status().contains(QStringLiteral("does not exist")), qPrintable(dialog.status()));
        type(dialog, "3", db.name());

        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.chosen().name, QStringLiteral("test server"));
        QCOMPARE(dialog.projectProfiles(), QList<ConnectionProfile>{project});
        const QList<ConnectionProfile> saved = loadUserProfiles();
        QCOMPARE(saved.size(), 2);
        QCOMPARE(saved.last().database, db.name());

        // A password is never written.
        ConnectionDialog again({});
        QCOMPARE(again.model()->rowCount(), 2);
        ListedProfile withPassword{ConnectionProfile{QStringLiteral("careless"), {}, {}, {}, {}, {}, {}, QStringLiteral("host=x password=secret")}, false};
        again.model()->add(withPassword);
        again.accept();
        QVERIFY(again.result() != QDialog::Accepted);
        QVERIFY2(again.status().contains(QStringLiteral("careless")) && again.status().contains(QStringLiteral("~/.pgpass")), qPrintable(again.status()));
        QCOMPARE(loadUserProfiles(), saved);
        QVERIFY(!QSettings().allKeys().join(QLatin1Char(' ')).contains(QStringLiteral("secret")));
    }
};

QTEST_MAIN(TestConnections)
#include "tst_connections.moc"
