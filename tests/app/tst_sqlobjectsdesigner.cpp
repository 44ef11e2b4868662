// Views, routines and triggers in the designer, on real PostgreSQL and the
// real window offscreen: added and edited in the SQL editor, validated
// against the chosen database with the failing line marked, undone as one
// step; and shown side by side in the drift window when the database has
// another definition.

#include "drift/driftwindow.h"
#include "mainwindow/mainwindow.h"
#include "processes.h"
#include "project/projectfile.h"
#include "sqlobjects/sqlobjecteditor.h"
#include "sqlobjects/sqlobjectspanel.h"
#include "testdatabase.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

using namespace sw;
using namespace sw::app;

namespace {

QString migrations() { return test::sourceDir() + QStringLiteral("/migrations"); }

QModelIndex findNode(const QAbstractItemModel *model, const QString &label, const QModelIndex &parent = {})
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (index.data().toString() == label)
            return index;
        if (const QModelIndex below = findNode(model, label, index); below.isValid())
            return below;
    }
    return {};
}

void type(SqlObjectEditor *editor, const char *field, const QString &text)
{
    if (auto *line = editor->findChild<QLineEdit *>(QLatin1String(field)))
        line->setText(text);
    else
        editor->findChild<QPlainTextEdit *>(QLatin1String(field))->setPlainText(text);
}

} // namespace

class TestSqlObjectsDesigner : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QCoreApplication::setOrganizationName(QStringLiteral("schemawright-tests")); }

    void aViewIsWrittenValidatedAtItsFailingLineAddedAndUndone()
    {
        test::TestDatabase db;
        QCOMPARE(test::runCli({QStringLiteral("upgrade"), QStringLiteral("--db"), db.conninfo(), QStringLiteral("--migrations"), migrations()}).exitCode, 0);
        QTemporaryDir dir;
        QFile::copy(migrations() + QStringLiteral("/trading.json"), dir.filePath(QStringLiteral("trading.json")));
        MainWindow window;
        QVERIFY(window.openProject(dir.filePath(QStringLiteral("trading.json"))));
        window.showMigrations(db.conninfo());
        window.show();

        QString firstVerdict, secondVerdict;
        int markedLine = -1;
        connect(window.sqlObjectsPanel(), &SqlObjectsPanel::editorOpened, this, [&](SqlObjectEditor *editor) {
            QTimer::singleShot(0, editor, [&, editor] {
                auto closeOnFailure = qScopeGuard([editor] { editor->reject(); });
                type(editor, "name", QStringLiteral("account_names"));
                type(editor, "definition", QStringLiteral("SELECT code,\n       name\nFORM accounts"));
                QSignalSpy validated(editor, &SqlObjectEditor::validated);
                editor->activateWindow();
                QVERIFY(QTest::qWaitForWindowActive(editor));
                QTest::keyClick(editor->findChild<QPlainTextEdit *>(QStringLiteral("definition")), Qt::Key_Return, Qt::ControlModifier);
                QVERIFY(validated.wait(30000));
                firstVerdict = editor->verdict();
                markedLine = editor->markedLine();
                type(editor, "definition", QStringLiteral("SELECT code,\n       name\nFROM accounts"));
                editor->validate();
                QVERIFY(validated.wait(30000));
                secondVerdict = editor->verdict();
                closeOnFailure.dismiss();
                editor->accept();
            });
        });
        window.sqlObjectsPanel()->addObject(SqlObject::Kind::View);
        QVERIFY2(firstVerdict.startsWith(QStringLiteral("Line 3: ERROR:  syntax error at or near \"accounts\"")), qPrintable(firstVerdict));
        QCOMPARE(markedLine, 3);
        QCOMPARE(secondVerdict, QStringLiteral("The database accepts it (nothing was changed)."));
        // Nothing of the database changed while validating.
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM pg_views WHERE viewname = 'account_names'")), QStringLiteral("0"));

        QCOMPARE(window.document()->project().sqlObjects.size(), 1);
        QVERIFY2(window.previewText().contains(QStringLiteral("CREATE VIEW public.account_names AS")) && window.previewText().contains(QStringLiteral("FROM accounts;")),
                 qPrintable(window.previewText()));
        QTreeWidget *tree = window.sqlObjectsPanel()->tree();
        QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("Views"));
        QCOMPARE(tree->topLevelItem(0)->child(0)->text(0), QStringLiteral("account_names"));
        window.document()->undoStack()->undo();
        QVERIFY(window.document()->project().sqlObjects.isEmpty());
        QCOMPARE(tree->topLevelItemCount(), 0);
        window.document()->undoStack()->redo();
        QCOMPARE(window.document()->project().sqlObjects.size(), 1);

        // Delete removes the selected one, as one more step.
        tree->setCurrentItem(tree->topLevelItem(0)->child(0));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        tree->setFocus();
        QTest::keyClick(tree, Qt::Key_Delete);
        QVERIFY(window.document()->project().sqlObjects.isEmpty());
        QCOMPARE(window.document()->undoStack()->undoText(), QStringLiteral("Remove view public.account_names"));
    }

    // No database chosen: the design is built on a throwaway server, and the function checked there.
    void withoutADatabaseAFunctionIsValidatedOnAThrowawayServer()
    {
        const Project design = loadProject(migrations() + QStringLiteral("/trading.json"));
        SqlObject function;
        function.kind = SqlObject::Kind::Function;
        function.name = QStringLiteral("account_count");
        function.definition = QStringLiteral("CREATE FUNCTION account_count() RETURNS bigint\nLANGUAGE sql AS $$\n    SELECT count(*) FROM acounts\n$$");
        SqlObjectEditor editor(function, design, QString());
        QSignalSpy validated(&editor, &SqlObjectEditor::validated);
        editor.validate();
        QVERIFY(validated.wait(60000));
        QVERIFY2(editor.verdict().contains(QStringLiteral("relation \"acounts\" does not exist")), qPrintable(editor.verdict()));
        QCOMPARE(editor.markedLine(), 3);
        type(&editor, "definition", QStringLiteral("CREATE FUNCTION account_count() RETURNS bigint\nLANGUAGE sql AS $$\n    SELECT count(*) FROM accounts\n$$"));
        editor.validate();
        QVERIFY(validated.wait(60000));
        QCOMPARE(editor.verdict(), QStringLiteral("The database accepts it (nothing was changed)."));
    }

    void theDriftWindowShowsBothDefinitionsSideBySide()
    {
        test::TestDatabase db;
        QCOMPARE(test::runCli({QStringLiteral("upgrade"), QStringLiteral("--db"), db.conninfo(), QStringLiteral("--migrations"), migrations()}).exitCode, 0);
        db.exec(QStringLiteral("CREATE VIEW account_names AS SELECT code FROM accounts"));
        Project design = loadProject(migrations() + QStringLiteral("/trading.json"));
        SqlObject view;
        view.name = QStringLiteral("account_names");
        view.definition = QStringLiteral("SELECT code, name FROM accounts");
        design.sqlObjects << view;
        DriftWindow window(design, migrations(), db.conninfo());
        window.show();
        QSignalSpy refreshed(&window, &DriftWindow::refreshed);
        window.setSource(DriftWindow::Source::Design);
        window.refresh();
        QVERIFY(refreshed.wait(30000));
        const QModelIndex node = findNode(window.filter(), QStringLiteral("account_names"));
        QVERIFY(node.isValid());
        QCOMPARE(node.parent().data().toString(), QStringLiteral("Views"));
        QCOMPARE(node.data(DriftTreeModel::StateRole).toInt(), int(NodeState::Different));
        window.findChild<QTreeView *>(QStringLiteral("tree"))->setCurrentIndex(node);
        const QString details = window.findChild<QTextBrowser *>(QStringLiteral("details"))->toPlainText();
        QVERIFY2(details.contains(QStringLiteral("In the design (as the server makes it)")) && details.contains(QStringLiteral("In the database")), qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("accounts.name")), qPrintable(details));  // the server's words for the design's query
    }
};

QTEST_MAIN(TestSqlObjectsDesigner)
#include "tst_sqlobjectsdesigner.moc"
