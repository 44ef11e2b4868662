// The real main window, offscreen.

#include "mainwindow.h"
#include "processes.h"
#include "tablelistmodel.h"

#include <QAbstractItemModelTester>
#include <QListView>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTest>

using namespace sw;

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void exampleProjectOpensAndPreviewsItsMigration()
    {
        app::MainWindow window;
        QVERIFY(window.openProject(test::sourceDir() + QStringLiteral("/migrations/trading.json")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QAbstractItemModel *tables = window.findChild<QListView *>(QStringLiteral("tableList"))->model();
        QCOMPARE(tables->rowCount(), 3);
        QCOMPARE(tables->index(2, 0).data().toString(), QStringLiteral("fills"));
        QVERIFY(window.previewText().contains(QStringLiteral("CREATE TABLE fills (")));
        QVERIFY(window.previewText().contains(QStringLiteral("def downgrade():")));
        QVERIFY(window.windowTitle().contains(QStringLiteral("trading.json")));
        // It renders real pixels without a display.
        QTemporaryDir dir;
        QVERIFY(window.grab().save(dir.filePath(QStringLiteral("window.png"))));
    }

    void aBadFileIsReportedAndTheOpenProjectKept()
    {
        app::MainWindow window;
        QVERIFY(window.openProject(test::sourceDir() + QStringLiteral("/migrations/trading.json")));
        const QString before = window.previewText();
        QVERIFY(!window.openProject(test::sourceDir() + QStringLiteral("/tests/core/golden/quoting.py")));
        auto *box = window.findChild<QMessageBox *>();
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("not valid JSON")));
        QCOMPARE(window.previewText(), before);
    }

    void tableListModelIsAProperModel()
    {
        app::TableListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProject(loadProjectForTest());
        QCOMPARE(model.rowCount(), 3);
        model.setProject({});
        QCOMPARE(model.rowCount(), 0);
    }

private:
    static Project loadProjectForTest();
};

#include "project/projectfile.h"

Project TestMainWindow::loadProjectForTest()
{
    return loadProject(test::sourceDir() + QStringLiteral("/migrations/trading.json"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
