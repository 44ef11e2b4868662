// The designer journey on the real widgets, offscreen: create a table, add
// and edit columns, set a foreign key, watch the preview, undo and redo,
// save and reopen, export; and the marks that stop a bad design.

#include "document/designcommands.h"
#include "mainwindow/example.h"
#include "export/exportdialog.h"
#include "drift/fixmigrationdialog.h"
#include "mainwindow/mainwindow.h"
#include "export/migrationexport.h"
#include "preview/lockgutter.h"
#include "preview/previewplanner.h"
#include "processes.h"
#include "project/projectfile.h"
#include "model/validation.h"
#include "tableeditor/tableeditor.h"
#include "tableeditor/tablepartmodel.h"
#include "types/typesdialog.h"

#include <QAbstractItemModelTester>
#include <QStatusBar>
#include <QLabel>
#include <QPlainTextEdit>
#include <QApplication>
#include <QAction>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableView>
#include <QComboBox>
#include <QTemporaryDir>
#include <QTest>
#include <QListWidget>
#include <QListView>
#include <QSignalSpy>
#include <QUndoStack>
#include <QTableWidget>
#include <QCheckBox>
#include <QUndoStack>

using namespace sw;
using namespace sw::app;

namespace {

// A copy of the bundled example (project, alembic.ini, versions/) to edit freely.
QString copyExample(const QTemporaryDir &dir)
{
    const QDir from(test::sourceDir() + QStringLiteral("/migrations"));
    QDir().mkpath(dir.filePath(QStringLiteral("versions")));
    for (const QString &name : {QStringLiteral("trading.json"), QStringLiteral("alembic.ini"), QStringLiteral("env.py"), QStringLiteral("script.py.mako")})
        QFile::copy(from.filePath(name), dir.filePath(name));
    for (const QString &name : QDir(from.filePath(QStringLiteral("versions"))).entryList({QStringLiteral("*.py")}))
        QFile::copy(from.filePath(QStringLiteral("versions/") + name), dir.filePath(QStringLiteral("versions/") + name));
    return dir.filePath(QStringLiteral("trading.json"));
}

void setCell(QAbstractItemModel *model, int row, int column, const QVariant &value)
{
    QVERIFY(model->setData(model->index(row, column), value, Qt::EditRole));
}

void check(QAbstractItemModel *model, int row, int column, bool on)
{
    QVERIFY(model->setData(model->index(row, column), on ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole));
}

// A cell editor is open in `view`.
bool editing(const QTableView *view)
{
    for (const QWidget *child : view->viewport()->findChildren<QWidget *>())
        if (child->isVisible())
            return true;
    return false;
}

// The evolution cases' base design, as a database built from it would have it (its baseline).
bool openEvolutionBase(MainWindow &window, const QTemporaryDir &dir)
{
    QFile::copy(test::sourceDir() + QStringLiteral("/tests/data/evolution/base.json"), dir.filePath(QStringLiteral("base.json")));
    if (!window.openProject(dir.filePath(QStringLiteral("base.json"))))
        return false;
    window.document()->setBaseline(window.document()->project().asBaseline(QStringLiteral("1764000000")));
    return true;
}

bool marked(QAbstractItemModel *model, int row)
{
    return model->index(row, 0).data(Qt::BackgroundRole).isValid() && !model->index(row, 0).data(Qt::ToolTipRole).toString().isEmpty();
}

} // namespace

class TestDesigner : public QObject {
    Q_OBJECT
private slots:
    // A design past PreviewPlanner::kInBackgroundFrom tables is planned off the
    // GUI thread; a burst of edits costs one plan running and one for the
    // latest design, and the preview ends on the last edit.
    void aBurstOfEditsToALargeDesignIsPlannedInTheBackgroundAndCoalesced()
    {
        Project project;
        for (int i = 0; i < PreviewPlanner::kInBackgroundFrom + 100; ++i) {
            Table t;
            t.id = QStringLiteral("t-%1").arg(i);
            t.name = QStringLiteral("table_%1").arg(i);
            for (const char *name : {"id", "name", "updated_at"})
                t.columns << Column{t.id + QLatin1String(name), QLatin1String(name), QStringLiteral("text"), true, std::nullopt, std::nullopt, {}, {}};
            t.columns[0].type = QStringLiteral("bigserial");
            t.columns[2].type = QStringLiteral("timestamptz");
            t.primaryKey = QStringList{QStringLiteral("id")};
            project.tables << t;
        }
        QTemporaryDir dir;
        saveProject(project, dir.filePath(QStringLiteral("large.json")));
        MainWindow window;
        QVERIFY(window.openProject(dir.filePath(QStringLiteral("large.json"))));
        QSignalSpy ready(window.previewPlanner(), &PreviewPlanner::ready);
        if (window.previewPlanner()->pending())
            QVERIFY(ready.wait(60000));
        QVERIFY(window.previewText().contains(QStringLiteral("CREATE TABLE table_0")));
        ready.clear();
        const int plansBefore = window.previewPlanner()->plansMade();
        for (int i = 1; i <= 5; ++i)
            window.document()->undoStack()->push(schemaCommentCommand(window.document(), QStringLiteral("public"), QStringLiteral("edit %1").arg(i)));
        QVERIFY(window.previewPlanner()->pending());  // the window goes on while the plan runs
        QVERIFY(ready.wait(60000));
        QCOMPARE(ready.size(), 1);  // the plan for edit 1 is dropped, not shown
        QCOMPARE(window.previewPlanner()->plansMade() - plansBefore, 2);
        QVERIFY2(window.previewText().contains(QStringLiteral("'edit 5'")), qPrintable(window.previewText().left(2000)));
    }

    void initTestCase() { QCoreApplication::setOrganizationName(QStringLiteral("schemawright-tests")); }
    // Normal editing prints nothing: Qt's "edit: editing failed" meant a cell was opened that cannot be edited.
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral("editing failed"))); }

    // Edit > Production-Safe Migrations: the preview begins with SET LOCAL lock_timeout; one undo step.
    void theProductionSafeToggleBoundsThePreview()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openProject(copyExample(dir)));
        window.addTable(QStringLiteral("payments"));
        QTRY_VERIFY(window.previewText().contains(QStringLiteral("CREATE TABLE payments")));
        QVERIFY(!window.previewText().contains(QStringLiteral("lock_timeout")));
        auto *toggle = window.findChild<QAction *>(QStringLiteral("actionProductionSafe"));
        QVERIFY(toggle && !toggle->isChecked());
        toggle->trigger();
        QVERIFY(toggle->isChecked());
        QTRY_VERIFY(window.previewText().contains(QStringLiteral("SET LOCAL lock_timeout = '5s';")));
        QVERIFY(window.previewText().indexOf(QStringLiteral("lock_timeout")) < window.previewText().indexOf(QStringLiteral("CREATE TABLE payments")));
        window.document()->undoStack()->undo();
        QVERIFY(!toggle->isChecked());
        QTRY_VERIFY(!window.previewText().contains(QStringLiteral("lock_timeout")));
    }

    // Beside the preview: the lock each statement takes on a table in use, red
    // where it rewrites, amber where it only touches the catalog; its risks under the preview.
    void thePreviewMarksEachStatementsLock()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openProject(copyExample(dir)));
        window.resize(1400, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Bounded waits: no statement carries the missing lock_timeout.
        window.document()->undoStack()->push(productionSafeCommand(window.document(), ProductionSafety{}, QStringLiteral("safe")));
        const Table before = *window.document()->project().findTable(QStringLiteral("orders"), QStringLiteral("public"));
        Table after = before;
        for (Column &c : after.columns) {
            if (c.name == QLatin1String("quantity"))
                c.type = QStringLiteral("numeric(20,4)");    // a rewrite
            if (c.name == QLatin1String("instrument"))
                c.type = QStringLiteral("varchar(64)");      // catalog only
        }
        window.document()->undoStack()->push(new EditTableCommand(window.document(), before, after, QStringLiteral("types")));
        QTRY_VERIFY(window.previewText().contains(QStringLiteral("TYPE NUMERIC(20,4)")));
        LockGutter *gutter = window.lockGutter();
        const auto markOf = [&](const QString &text) -> const StatementLockMark * {
            for (const StatementLockMark &m : gutter->marks())
                if (m.statement.contains(text))
                    return &m;
            return nullptr;
        };
        const StatementLockMark *rewrite = markOf(QStringLiteral("ALTER TABLE orders ALTER COLUMN quantity TYPE"));
        const StatementLockMark *widen = markOf(QStringLiteral("ALTER TABLE orders ALTER COLUMN instrument TYPE"));
        QVERIFY(rewrite && widen);
        QCOMPARE(rewrite->safety.lock, LockMode::AccessExclusive);
        QCOMPARE(rewrite->safety.work, TableWork::Rewrite);
        QCOMPARE(LockGutter::colour(rewrite->safety), QColor(0xd3, 0x2f, 0x2f));
        QVERIFY2(LockGutter::explanation(rewrite->safety).contains(QStringLiteral("blocks reads and writes, for as long as it rewrites the whole table")),
                 qPrintable(LockGutter::explanation(rewrite->safety)));
        QCOMPARE(widen->safety.work, TableWork::Catalog);
        // No risk, only a note that the column's type changes (squawk's changing-column-type).
        QVERIFY(std::all_of(widen->safety.findings.begin(), widen->safety.findings.end(), [](const SafetyFinding &f) { return f.note; }));
        QCOMPARE(widen->safety.findings.value(0).code, QStringLiteral("type-change-in-catalog"));
        QCOMPARE(LockGutter::colour(widen->safety), QColor(0xf5, 0xa6, 0x23));
        // The marks sit on their lines: the preview's line holds the statement.
        QVERIFY(window.previewText().split(QLatin1Char('\n')).at(rewrite->line - 1).contains(QStringLiteral("quantity TYPE")));
        auto *notes = window.findChild<QLabel *>(QStringLiteral("notes"));
        QVERIFY2(notes->text().contains(QStringLiteral("Line %1: type-change-rewrites").arg(rewrite->line)), qPrintable(notes->text()));
        QVERIFY(!notes->text().contains(QStringLiteral("Line %1:").arg(widen->line)));
        window.document()->undoStack()->undo();
        QTRY_VERIFY(gutter->marks().isEmpty());
    }

    // A migration with many findings: one line per kind, its lines listed, and
    // a few lines at most; the SQL keeps its room, the whole list in the tooltip.
    void manyFindingsAreGroupedAndLeaveTheSqlItsRoom()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openProject(copyExample(dir)));
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Table before = *window.document()->project().findTable(QStringLiteral("orders"), QStringLiteral("public"));
        Table after = before;
        const QStringList columns{QStringLiteral("instrument"), QStringLiteral("side"), QStringLiteral("quantity"), QStringLiteral("status"),
                                  QStringLiteral("created_at"), QStringLiteral("updated_at")};
        for (const QString &column : columns) {
            after.indexes << Index{QStringLiteral("orders_by_%1").arg(column), {column}, false, {}};
            after.indexes << Index{QStringLiteral("orders_by_%1_id").arg(column), {column, QStringLiteral("id")}, false, {}};
        }
        window.document()->undoStack()->push(new EditTableCommand(window.document(), before, after, QStringLiteral("indexes")));
        QTRY_VERIFY2(window.previewText().count(QStringLiteral("CREATE INDEX")) == 12, qPrintable(window.previewText()));
        auto *notes = window.findChild<QLabel *>(QStringLiteral("notes"));
        const QString shown = notes->text();
        QCOMPARE(shown.count(QStringLiteral("index-blocks-writes")), 1);
        QVERIFY2(shown.contains(QStringLiteral("index-blocks-writes (12 statements")), qPrintable(shown));
        QVERIFY(shown.split(QLatin1Char('\n')).size() <= 5);
        QCOMPARE(notes->toolTip().count(QStringLiteral("index-blocks-writes")), 12);
        auto *preview = window.findChild<QPlainTextEdit *>(QStringLiteral("preview"));
        QVERIFY2(preview->height() > 2 * notes->height(), qPrintable(QStringLiteral("%1 / %2").arg(preview->height()).arg(notes->height())));
    }

    void designAPaymentsTableAndExportItsMigration()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openProject(copyExample(dir)));
        window.show();
        const QString untouched = window.previewText();

        // A new table starts with the conventions' columns; rename it by typing.
        window.findChild<QPushButton *>(QStringLiteral("addTable"))->click();
        TableEditor *editor = window.tableEditor();
        auto *name = editor->findChild<QLineEdit *>(QStringLiteral("name"));
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("payments"));
        QCOMPARE(window.document()->project().tables.last().name, QStringLiteral("payments"));
        QAbstractItemModel *columns = editor->columnsModel();
        QCOMPARE(columns->rowCount(), 3);
        QCOMPARE(columns->index(0, 0).data().toString(), QStringLiteral("id"));

        // Two columns: the amount and the order it pays.
        editor->addRow();
        setCell(columns, 3, 0, QStringLiteral("amount"));
        setCell(columns, 3, 1, QStringLiteral("numeric(18,2)"));
        check(columns, 3, 2, true);
        editor->addRow();
        setCell(columns, 4, 0, QStringLiteral("order_id"));
        setCell(columns, 4, 1, QStringLiteral("bigint"));
        check(columns, 4, 2, true);

        // The foreign key, picked like the user does in the Foreign keys tab.
        editor->findChild<QTabWidget *>(QStringLiteral("parts"))->setCurrentIndex(2);
        editor->addRow();
        QAbstractItemModel *keys = editor->foreignKeysModel();
        setCell(keys, 0, 1, QStringLiteral("order_id"));
        setCell(keys, 0, 2, QStringLiteral("orders"));
        setCell(keys, 0, 4, QStringLiteral("cascade"));

        const QString designed = window.previewText();
        QVERIFY2(designed.contains(QStringLiteral("CREATE TABLE payments (")), qPrintable(designed));
        QVERIFY(designed.contains(QStringLiteral("amount NUMERIC(18,2) NOT NULL,")));
        QVERIFY(designed.contains(QStringLiteral("CONSTRAINT fk_payments_order_id FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE")));
        QVERIFY(designed.contains(QStringLiteral("CREATE TABLE payments_history (")));
        QVERIFY(designed.contains(QStringLiteral("down_revision = \"1764001200\"")));
        QVERIFY(window.draft().exportable());
        QVERIFY(window.windowTitle().contains(QStringLiteral("[*]")) && window.isWindowModified());

        // Every edit is one readable undo step; undo all, redo all.
        QUndoStack *undo = window.document()->undoStack();
        QCOMPARE(undo->text(0), QStringLiteral("Add table new_table"));
        QCOMPARE(undo->text(1), QStringLiteral("Rename table to payments"));  // the typing merged into one
        QVERIFY(undo->text(3).startsWith(QStringLiteral("Rename column column_1 to amount in payments")));
        while (undo->canUndo())
            undo->undo();
        QCOMPARE(window.previewText(), untouched);
        while (undo->canRedo())
            undo->redo();
        // (The header and `revision` carry the time: a second may pass while undoing.)
        QCOMPARE(window.previewText().section(QStringLiteral("down_revision"), 1), designed.section(QStringLiteral("down_revision"), 1));

        // Save, reopen, same design.
        const Project saved = window.document()->project();
        QVERIFY(window.saveProjectAs(dir.filePath(QStringLiteral("trading.json"))));
        QVERIFY(!window.isWindowModified());
        MainWindow reopened;
        QVERIFY(reopened.openProject(dir.filePath(QStringLiteral("trading.json"))));
        QCOMPARE(reopened.document()->project(), saved);
        QCOMPARE(reopened.previewText().section(QStringLiteral("down_revision"), 1), designed.section(QStringLiteral("down_revision"), 1));

        // Export through the dialog: the file lands with its name and parent.
        ExportDialog dialog(reopened.document(), reopened.exportFolder());
        auto *message = dialog.findChild<QLineEdit *>(QStringLiteral("message"));
        auto *saveButton = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        QTest::keyClicks(message, QStringLiteral("update_schema"));
        QVERIFY(!saveButton->isEnabled());  // too vague
        message->clear();
        QTest::keyClicks(message, QStringLiteral("create_payments_table"));
        QVERIFY(saveButton->isEnabled());
        saveButton->click();
        const QString path = dialog.exportedPaths().value(0);
        QVERIFY2(QFileInfo(path).fileName().contains(QRegularExpression(QStringLiteral("^\\d{10}_create_payments_table\\.py$"))), qPrintable(path));
        QCOMPARE(QFileInfo(path).dir().path(), dir.filePath(QStringLiteral("versions")));
        const QString file = test::readFile(path);
        QVERIFY(file.contains(QStringLiteral("down_revision = \"1764001200\"")));
        QVERIFY(file.contains(QStringLiteral("\nrevision = \"%1\"\n").arg(QFileInfo(path).fileName().section(QLatin1Char('_'), 0, 0))));
        QVERIFY(file.contains(QStringLiteral("CREATE TABLE payments (")));
        // The baseline moved: nothing left to migrate, and the project file knows it.
        QVERIFY(reopened.previewText().contains(QStringLiteral("No change since the last export")));
        QCOMPARE(loadProject(dir.filePath(QStringLiteral("trading.json"))).baseline->revision, QFileInfo(path).fileName().section(QLatin1Char('_'), 0, 0));
        // And the exported chain passes lint.
        const test::ProcessResult lint = test::runCli({QStringLiteral("lint"), QStringLiteral("--migrations"), dir.path()});
        QVERIFY2(lint.exitCode == 0, qPrintable(lint.out + lint.err));
    }

    // Export moves the baseline and saves, but the edits stay undoable: undone, they are the next migration.
    void exportKeepsTheUndoHistory()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openProject(copyExample(dir)));
        window.addTable(QStringLiteral("payments"));
        QUndoStack *undo = window.document()->undoStack();
        QCOMPARE(undo->count(), 1);
        const QStringList paths = exportMigration(*window.document(), dir.path(), QStringLiteral("create_payments_table"));
        QCOMPARE(paths.size(), 1);
        QTRY_VERIFY(window.previewText().contains(QStringLiteral("No change since the last export")));
        QCOMPARE(undo->count(), 1);
        QVERIFY(!window.document()->isModified());  // the project file was written with the new baseline
        undo->undo();
        QVERIFY(window.document()->isModified());
        QTRY_VERIFY2(window.previewText().contains(QStringLiteral("DROP TABLE payments")), qPrintable(window.previewText()));
    }

    void badInputIsMarkedWhereItIsAndCannotBeExported_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("identifier too long") << "long";
        QTest::newRow("duplicate column") << "duplicate";
        QTest::newRow("empty name") << "empty";
        QTest::newRow("unknown type") << "type";
        QTest::newRow("index on a missing column") << "index";
        QTest::newRow("NOT NULL added without fill") << "notnull";
        QTest::newRow("identity on a text column") << "identity";
    }
    void badInputIsMarkedWhereItIsAndCannotBeExported()
    {
        QFETCH(QString, kind);
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openProject(copyExample(dir)));
        window.selectTable(QStringLiteral("t-orders"));
        TableEditor *editor = window.tableEditor();
        QAbstractItemModel *columns = editor->columnsModel();
        QAbstractItemModel *markedModel = columns;
        int markedRow = 1;
        if (kind == QLatin1String("long")) {
            setCell(columns, 1, 0, QString(64, QLatin1Char('x')));
        } else if (kind == QLatin1String("duplicate")) {
            setCell(columns, 1, 0, QStringLiteral("side"));
        } else if (kind == QLatin1String("empty")) {
            setCell(columns, 1, 0, QString(" "));
        } else if (kind == QLatin1String("type")) {
            setCell(columns, 1, 1, QStringLiteral("strng"));
        } else if (kind == QLatin1String("index")) {
            markedModel = editor->indexesModel();
            markedRow = 0;
            setCell(markedModel, 0, 1, QStringLiteral("nowhere"));
        } else if (kind == QLatin1String("identity")) {
            editor->addRow();
            markedRow = columns->rowCount() - 1;
            setCell(columns, markedRow, 8, QStringLiteral("always"));  // the new column is text
        } else {
            editor->addRow();
            markedRow = columns->rowCount() - 1;
            setCell(columns, markedRow, 0, QStringLiteral("venue"));
            check(columns, markedRow, 2, true);  // NOT NULL, no default, no fill, on a table with rows
        }
        QVERIFY2(marked(markedModel, markedRow), qPrintable(kind));
        QVERIFY(!window.draft().exportable());
        QVERIFY(window.previewText().startsWith(QStringLiteral("# The design has problems")));
        QVERIFY_THROWS_EXCEPTION(SchemaError, exportMigration(*window.document(), dir.path(), QStringLiteral("change_orders_table")));
        QCOMPARE(QDir(dir.filePath(QStringLiteral("versions"))).entryList({QStringLiteral("*.py")}).size(), 3);
        if (kind == QLatin1String("notnull")) {
            setCell(columns, markedRow, 6, QStringLiteral("'XNYS'"));  // a fill value makes it exportable
            QVERIFY(!marked(columns, markedRow));
            QVERIFY(window.draft().exportable());
        }
        if (kind == QLatin1String("identity")) {
            setCell(columns, markedRow, 1, QStringLiteral("bigint"));  // an integer type takes an identity
            QVERIFY(!marked(columns, markedRow));
            QVERIFY2(window.previewText().contains(QStringLiteral("NOT NULL GENERATED ALWAYS AS IDENTITY;")), qPrintable(window.previewText()));
            setCell(columns, markedRow, 8, QString());
            setCell(columns, markedRow, 9, QStringLiteral("quantity * 2"));  // generated instead
            QVERIFY2(window.previewText().contains(QStringLiteral("GENERATED ALWAYS AS (quantity * 2) STORED;")), qPrintable(window.previewText()));
        }
    }

    void anIndexTakesExpressionsAPredicateIncludedColumnsAndAMethod()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openProject(copyExample(dir)));
        window.selectTable(QStringLiteral("t-orders"));
        TableEditor *editor = window.tableEditor();
        editor->findChild<QTabWidget *>(QStringLiteral("parts"))->setCurrentIndex(1);
        QAbstractItemModel *indexes = editor->indexesModel();
        editor->addRow();
        const int row = 0;
        setCell(indexes, row, 0, QStringLiteral("ix_orders_open"));
        setCell(indexes, row, 1, QStringLiteral("lower(instrument), coalesce(side, 'BUY') DESC"));
        setCell(indexes, row, 4, QStringLiteral("quantity"));
        setCell(indexes, row, 5, QStringLiteral("quantity > 0"));
        QVERIFY2(window.previewText().contains(QStringLiteral(
                     "CREATE INDEX ix_orders_open ON orders (lower(instrument), coalesce(side, 'BUY') DESC) INCLUDE (quantity) WHERE quantity > 0;")),
                 qPrintable(window.previewText()));
        setCell(indexes, row, 1, QStringLiteral("instrument"));
        setCell(indexes, row, 4, QString());
        setCell(indexes, row, 3, QStringLiteral("hash"));
        QVERIFY2(window.previewText().contains(QStringLiteral("CREATE INDEX ix_orders_open ON orders USING hash (instrument) WHERE quantity > 0;")),
                 qPrintable(window.previewText()));
        setCell(indexes, row, 3, QStringLiteral("bitmap"));  // no such method: marked, not exported
        QVERIFY(!window.draft().exportable());
    }

    // An enum and a domain made in the Types dialog: one undo step, offered in
    // the type column, created before the table in the preview.
    void typesAreMadeInTheirDialogAndUsedByColumns()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openProject(copyExample(dir)));
        const Project before = window.document()->project();
        {
            TypesDialog dialog(window.document(), &window);
            dialog.addType(TypeDefinition::Kind::Enum);
            dialog.findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("side_kind"));
            emit dialog.findChild<QLineEdit *>(QStringLiteral("name"))->textEdited(QStringLiteral("side_kind"));
            auto *parts = dialog.findChild<QTableWidget *>(QStringLiteral("parts"));
            auto *add = dialog.findChild<QPushButton *>(QStringLiteral("addPart"));
            for (const QString &label : {QStringLiteral("BUY"), QStringLiteral("SELL"), QStringLiteral("BUY")}) {
                add->click();
                parts->item(parts->rowCount() - 1, 0)->setText(label);
            }
            auto *ok = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->button(QDialogButtonBox::Ok);
            QVERIFY(!ok->isEnabled());  // a label twice
            QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("problem"))->text().contains(QStringLiteral("twice")));
            parts->setCurrentCell(2, 0);
            dialog.findChild<QPushButton *>(QStringLiteral("removePart"))->click();
            QVERIFY(ok->isEnabled());
            dialog.addType(TypeDefinition::Kind::Domain);
            dialog.findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("lot_size"));
            emit dialog.findChild<QLineEdit *>(QStringLiteral("name"))->textEdited(QStringLiteral("lot_size"));
            dialog.findChild<QComboBox *>(QStringLiteral("base"))->setCurrentText(QStringLiteral("integer"));
            dialog.findChild<QCheckBox *>(QStringLiteral("notNull"))->setChecked(true);
            add->click();
            parts->item(0, 0)->setText(QStringLiteral("lot_size_positive"));
            parts->item(0, 1)->setText(QStringLiteral("VALUE > 0"));
            QVERIFY(ok->isEnabled());
            ok->click();
        }
        const Project &made = window.document()->project();
        QCOMPARE(made.types.size(), before.types.size() + 2);
        QCOMPARE(made.types.at(made.types.size() - 2).values, QStringList({"BUY", "SELL"}));
        const TypeDefinition &lot = made.types.last();
        QVERIFY(lot.kind == TypeDefinition::Kind::Domain && lot.base == QLatin1String("integer") && !lot.nullable && lot.checks.size() == 1);
        window.selectTable(QStringLiteral("t-orders"));
        QAbstractItemModel *columns = window.tableEditor()->columnsModel();
        int side = -1;
        for (int row = 0; row < columns->rowCount(); ++row)
            if (columns->index(row, 0).data().toString() == QLatin1String("side"))
                side = row;
        QVERIFY(side >= 0);
        setCell(columns, side, 1, QStringLiteral("side_kind"));
        const QString preview = window.previewText();
        QVERIFY2(preview.contains(QStringLiteral("CREATE TYPE side_kind AS ENUM ('BUY', 'SELL');")), qPrintable(preview));
        QVERIFY2(preview.contains(QStringLiteral("CREATE DOMAIN lot_size AS INTEGER NOT NULL CONSTRAINT lot_size_positive CHECK (VALUE > 0);")), qPrintable(preview));
        QVERIFY2(preview.indexOf(QStringLiteral("CREATE TYPE side_kind")) < preview.indexOf(QStringLiteral("TYPE side_kind USING")), qPrintable(preview));
        window.document()->undoStack()->undo();  // the column's type
        window.document()->undoStack()->undo();  // the types, in one step
        QCOMPARE(window.document()->project(), before);
    }

    // A label the database has leaves the enum: the dialog asks what rows holding
    // it get, and the preview moves them over.
    void aRemovedEnumLabelIsMappedInTheTypesDialog()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(openEvolutionBase(window, dir));
        TypesDialog dialog(window.document(), &window);
        auto *parts = dialog.findChild<QTableWidget *>(QStringLiteral("parts"));
        auto *replacements = dialog.findChild<QTableWidget *>(QStringLiteral("replacements"));
        dialog.selectType(0);  // parcel_status: packed, shipped, delivered
        QVERIFY(replacements->isHidden());
        parts->setCurrentCell(1, 0);
        dialog.findChild<QPushButton *>(QStringLiteral("removePart"))->click();
        QCOMPARE(replacements->rowCount(), 1);
        QCOMPARE(replacements->item(0, 0)->text(), QStringLiteral("shipped"));
        replacements->item(0, 1)->setText(QStringLiteral("delivered"));
        dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(window.document()->project().types.first().replace.value(QStringLiteral("shipped")), QStringLiteral("delivered"));
        QVERIFY2(window.previewText().contains(QStringLiteral("(CASE status::text WHEN 'shipped' THEN 'delivered' ELSE status::text END)::parcel_status")),
                 qPrintable(window.previewText()));
    }

    // What pg_dump shows of a table is edited in its grids and tabs, one undo step each:
    // collation, storage, compression, sequence options, comments on indexes and
    // checks, exclusion constraints, unlogged and storage parameters.
    void physicalSettingsCommentsAndExclusionsAreEditedInTheEditor()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(openEvolutionBase(window, dir));
        const Project before = window.document()->project();
        window.selectTable(QStringLiteral("t-parcels"));
        TableEditor *editor = window.tableEditor();
        QAbstractItemModel *columns = editor->columnsModel();
        const auto row = [&](const QString &name) {
            for (int r = 0; r < columns->rowCount(); ++r)
                if (columns->index(r, 0).data().toString() == name)
                    return r;
            return -1;
        };
        setCell(columns, row(QStringLiteral("carrier")), 10, QStringLiteral("C"));
        setCell(columns, row(QStringLiteral("recipient")), 11, QStringLiteral("external"));
        setCell(columns, row(QStringLiteral("trail")), 12, QStringLiteral("lz4"));
        setCell(columns, row(QStringLiteral("id")), 13, QStringLiteral("start with 100 increment by 5"));
        QVERIFY(!columns->setData(columns->index(row(QStringLiteral("id")), 13), QStringLiteral("START WITH soon"), Qt::EditRole));  // refused, kept
        QCOMPARE(columns->index(row(QStringLiteral("id")), 13).data().toString(), QStringLiteral("START WITH 100 INCREMENT BY 5"));
        setCell(editor->indexesModel(), 0, 9, QStringLiteral("Parcels still on their way"));
        setCell(editor->checksModel(), 0, 3, QStringLiteral("A trail once shipped"));
        QCOMPARE(editor->exclusionsModel()->addItem(0), 0);
        setCell(editor->exclusionsModel(), 0, 1, QStringLiteral("USING btree (carrier WITH =) WHERE (status = 'delivered')"));
        editor->findChild<QCheckBox *>(QStringLiteral("unlogged"))->click();
        editor->findChild<QCheckBox *>(QStringLiteral("historyPerStatement"))->click();
        auto *schemaComment = editor->findChild<QLineEdit *>(QStringLiteral("schemaComment"));
        QCOMPARE(schemaComment->text(), QStringLiteral("standard public schema"));  // what initdb gave public
        for (const QString &typed : {QStringLiteral("Th"), QStringLiteral("The shop")}) {
            schemaComment->setText(typed);
            emit schemaComment->textEdited(typed);
        }
        auto *keyComment = editor->findChild<QLineEdit *>(QStringLiteral("primaryKeyComment"));
        keyComment->setText(QStringLiteral("Printed on the label"));
        emit keyComment->textEdited(keyComment->text());
        auto *parameters = editor->findChild<QLineEdit *>(QStringLiteral("storageParameters"));
        parameters->setText(QStringLiteral("fillfactor = 70"));
        emit parameters->textEdited(parameters->text());

        const QString preview = window.previewText();
        for (const char *expected : {"ALTER TABLE parcels ALTER COLUMN carrier TYPE TEXT COLLATE \"C\";",
                                     "ALTER TABLE parcels ALTER COLUMN recipient SET STORAGE EXTERNAL;",
                                     "ALTER TABLE parcels ALTER COLUMN trail SET COMPRESSION lz4;",
                                     "ALTER SEQUENCE parcels_id_seq INCREMENT BY 5",
                                     "COMMENT ON INDEX ix_parcels_open IS 'Parcels still on their way';",
                                     "COMMENT ON CONSTRAINT ck_parcels_trail ON parcels IS 'A trail once shipped';",
                                     "COMMENT ON CONSTRAINT parcels_pkey ON parcels IS 'Printed on the label';",
                                     "COMMENT ON SCHEMA public IS 'The shop';",
                                     "ALTER TABLE parcels ADD CONSTRAINT parcels_excl_1 EXCLUDE USING btree (carrier WITH =) WHERE (status = 'delivered');",
                                     "ALTER TABLE parcels SET UNLOGGED;", "ALTER TABLE parcels SET (fillfactor=70);",
                                     "REFERENCING NEW TABLE AS new_rows", "FOR EACH STATEMENT EXECUTE FUNCTION parcels_history_trigger();"})
            QVERIFY2(preview.contains(QLatin1String(expected)), qPrintable(QStringLiteral("%1\n%2").arg(QLatin1String(expected), preview)));
        QVERIFY(window.draft().exportable());
        while (window.document()->undoStack()->canUndo())
            window.document()->undoStack()->undo();
        QCOMPARE(window.document()->project(), before);
    }

    // The project's history mode: tables that do not say theirs follow it, one
    // undo step; a table that says its own keeps it; the file says each once.
    void theProjectsHistoryModeReachesTablesThatDoNotSayTheirs()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(openEvolutionBase(window, dir));
        window.selectTable(QStringLiteral("t-parcels"));
        window.tableEditor()->findChild<QCheckBox *>(QStringLiteral("historyPerStatement"))->click();  // parcels: its own, per statement
        window.tableEditor()->findChild<QCheckBox *>(QStringLiteral("historyPerStatement"))->click();  // … and now its own, per row
        window.findChild<QAction *>(QStringLiteral("actionHistoryPerStatement"))->trigger();
        const Project &p = window.document()->project();
        QVERIFY(p.findTable(QStringLiteral("orders"), QStringLiteral("public"))->historyPerStatement());
        QVERIFY(!p.findTable(QStringLiteral("parcels"), QStringLiteral("public"))->historyPerStatement());
        QVERIFY2(window.previewText().contains(QStringLiteral("ON orders\n            REFERENCING NEW TABLE AS new_rows")), qPrintable(window.previewText()));
        const QString added = window.addTable(QStringLiteral("refunds"));
        QVERIFY(window.document()->project().tables.last().historyPerStatement());
        QVERIFY(window.saveProjectAs(dir.filePath(QStringLiteral("saved.json"))));
        const Project saved = loadProject(dir.filePath(QStringLiteral("saved.json")));
        QCOMPARE(saved, window.document()->project());
        const QString text = test::readFile(dir.filePath(QStringLiteral("saved.json")));
        QCOMPARE(text.count(QStringLiteral("\"history_mode\"")), 2);  // the project's, and parcels' own "row"
        window.document()->undoStack()->undo();  // the new table
        window.document()->undoStack()->undo();  // the default
        QVERIFY(!window.document()->project().findTable(QStringLiteral("orders"), QStringLiteral("public"))->historyPerStatement());
        Q_UNUSED(added);
    }

    // A partition made no partition keeps what a DETACH leaves it, and the
    // migration detaches it in place; made a partition again, it is attached.
    void aPartitionIsDetachedAndAttachedInPlace()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(openEvolutionBase(window, dir));
        const Project before = window.document()->project();
        window.selectTable(QStringLiteral("t-readings-2025"));
        TableEditor *editor = window.tableEditor();
        editor->findChild<QTabWidget *>(QStringLiteral("parts"))->setCurrentWidget(editor->findChild<QWidget *>(QStringLiteral("partitioningTab")));
        editor->findChild<QComboBox *>(QStringLiteral("partitionOf"))->setCurrentText(QString());
        const Table *detached = window.document()->project().findTable(QStringLiteral("readings_2025"), QStringLiteral("public"));
        QVERIFY(!detached->isPartition() && detached->history);
        QCOMPARE(detached->columns.size(), 4);
        QCOMPARE(detached->primaryKey, QStringList({QStringLiteral("id"), QStringLiteral("taken_on")}));
        QVERIFY(editor->findChild<QCheckBox *>(QStringLiteral("history"))->isEnabled());
        const QString preview = window.previewText();
        QVERIFY2(preview.contains(QStringLiteral("ALTER TABLE readings DETACH PARTITION readings_2025;")), qPrintable(preview));
        QVERIFY2(preview.contains(QStringLiteral("CREATE TABLE readings_2025_history (")), qPrintable(preview));
        QVERIFY2(!preview.contains(QStringLiteral("ALTER INDEX")), qPrintable(preview));  // the copies keep the server's names
        QVERIFY(window.draft().exportable());
        // Back under its parent with its bound: the copies of the parent's keys and indexes go from its own list, and nothing is left to do.
        editor->findChild<QComboBox *>(QStringLiteral("partitionOf"))->setCurrentText(QStringLiteral("readings"));
        auto *bound = editor->findChild<QLineEdit *>(QStringLiteral("partitionBound"));
        bound->setText(before.findTable(QStringLiteral("readings_2025"), QStringLiteral("public"))->partitionBound);
        emit bound->textEdited(bound->text());
        QCOMPARE(*window.document()->project().findTable(QStringLiteral("readings_2025"), QStringLiteral("public")),
                 *before.findTable(QStringLiteral("readings_2025"), QStringLiteral("public")));
    }

    // The Partitioning tab: a partitioned table, and a table made its partition,
    // which takes its parent's columns and keeps no history of its own.
    void aTableIsPartitionedAndAnotherBecomesItsPartition()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openProject(copyExample(dir)));
        const QString events = window.addTable(QStringLiteral("events"));
        window.selectTable(events);
        TableEditor *editor = window.tableEditor();
        editor->findChild<QTabWidget *>(QStringLiteral("parts"))->setCurrentWidget(editor->findChild<QWidget *>(QStringLiteral("partitioningTab")));
        editor->addRow();  // a tab without rows: nothing happens
        auto *partitionBy = editor->findChild<QLineEdit *>(QStringLiteral("partitionBy"));
        partitionBy->setText(QStringLiteral("RANGE (created_at)"));
        emit partitionBy->textEdited(partitionBy->text());
        QVERIFY(window.previewText().contains(QStringLiteral("key of a partitioned table must include its partition key column created_at")));
        Table keyed = *window.document()->project().findTable(QStringLiteral("events"), QStringLiteral("public"));
        keyed.primaryKey = QStringList{QStringLiteral("id"), QStringLiteral("created_at")};  // created_at joins the key
        window.document()->undoStack()->push(new EditTableCommand(window.document(), *window.document()->project().findTable(QStringLiteral("events"), QStringLiteral("public")),
                                                                  keyed, QStringLiteral("key")));
        QVERIFY2(window.previewText().contains(QStringLiteral(") PARTITION BY RANGE (created_at);")), qPrintable(window.previewText()));

        const QString partition = window.addTable(QStringLiteral("events_2026"));
        window.selectTable(partition);
        editor->findChild<QComboBox *>(QStringLiteral("partitionOf"))->setCurrentText(QStringLiteral("events"));
        const Table *made = window.document()->project().findTable(QStringLiteral("events_2026"), QStringLiteral("public"));
        QVERIFY(made->isPartition() && made->columns.isEmpty() && !made->history);
        QVERIFY(!editor->findChild<QCheckBox *>(QStringLiteral("history"))->isEnabled());
        auto *bound = editor->findChild<QLineEdit *>(QStringLiteral("partitionBound"));
        bound->setText(QStringLiteral("FOR VALUES FROM ('2026-01-01') TO ('2027-01-01')"));
        emit bound->textEdited(bound->text());
        QVERIFY2(window.previewText().contains(QStringLiteral("CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');")),
                 qPrintable(window.previewText()));
        QVERIFY(window.draft().exportable());
    }

    // The schemas list shows each schema with its tables, and narrows the table list to one.
    void theSchemasListNarrowsTheTablesToOneSchema()
    {
        MainWindow window;
        QVERIFY(window.openProject(test::sourceDir() + QStringLiteral("/tests/data/evolution/base.json")));
        auto *schemas = window.findChild<QComboBox *>(QStringLiteral("schemaFilter"));
        auto *list = window.findChild<QListView *>(QStringLiteral("tableList"));
        const int all = list->model()->rowCount();
        QStringList entries;
        for (int i = 0; i < schemas->count(); ++i)
            entries << schemas->itemText(i);
        QCOMPARE(entries, QStringList({QStringLiteral("All schemas: %1 table(s)").arg(all), QStringLiteral("places: 0 table(s)"), QStringLiteral("public: %1 table(s)").arg(all)}));
        Table moved = *window.document()->project().findTable(QStringLiteral("tags"), QStringLiteral("public"));
        moved.schema = QStringLiteral("shop");
        window.document()->undoStack()->push(new EditTableCommand(window.document(), *window.document()->project().findTable(QStringLiteral("tags"), QStringLiteral("public")),
                                                                  moved, QStringLiteral("move")));
        schemas->setCurrentIndex(schemas->findData(QStringLiteral("shop")));
        QCOMPARE(list->model()->rowCount(), 1);
        QCOMPARE(list->model()->index(0, 0).data().toString(), QStringLiteral("shop.tags"));
        window.document()->undoStack()->undo();  // the schema goes from the list; all tables show again
        QCOMPARE(schemas->currentData().toString(), QString());
        QCOMPARE(list->model()->rowCount(), all);
    }

    void foreignKeyColumnsArePickedFromTheProject()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openProject(copyExample(dir)));
        window.selectTable(QStringLiteral("t-fills"));
        auto *view = window.tableEditor()->findChildren<QTableView *>(QStringLiteral("foreignKeys")).first();
        const QModelIndex references = view->model()->index(0, 2), refColumns = view->model()->index(0, 3), columns = view->model()->index(0, 1);
        const auto choices = [&](const QModelIndex &index) {
            QWidget *editor = view->itemDelegateForColumn(index.column())->createEditor(view, {}, index);
            QStringList items;
            auto *combo = qobject_cast<QComboBox *>(editor);
            for (int i = 0; combo && i < combo->count(); ++i)
                items << combo->itemText(i);
            delete editor;
            return items;
        };
        QCOMPARE(choices(references), QStringList({"accounts", "orders", "fills"}));
        QVERIFY(choices(columns).contains(QStringLiteral("order_id")));
        QCOMPARE(choices(refColumns).first(), QStringLiteral("id"));  // orders' columns, the table fills points to
        QVERIFY(choices(refColumns).contains(QStringLiteral("instrument")));
    }

    void renamingKeepsIdentity()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openProject(copyExample(dir)));
        window.selectTable(QStringLiteral("t-orders"));
        setCell(window.tableEditor()->columnsModel(), 1, 0, QStringLiteral("symbol"));
        QVERIFY(window.previewText().contains(QStringLiteral("ALTER TABLE orders RENAME COLUMN instrument TO symbol;")));
        QVERIFY(!window.previewText().contains(QStringLiteral("DROP COLUMN")));
    }

    void aClickSelectsAndOnlyF2OrDoubleClickEdits()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openProject(copyExample(dir)));
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));  // shortcuts reach only the active window
        window.selectTable(QStringLiteral("t-orders"));
        TableEditor *editor = window.tableEditor();
        auto *grid = editor->findChild<QTableView *>(QStringLiteral("columns"));
        QAbstractItemModel *columns = editor->columnsModel();
        const QString firstName = columns->index(0, 0).data().toString();
        const int rows = columns->rowCount();
        const QRect cell = grid->visualRect(columns->index(0, 0));
        QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, cell.center());  // a second click on the selected row
        QVERIFY(!editing(grid));
        QCOMPARE(QApplication::focusWidget(), grid);
        QTest::keyClicks(grid, QStringLiteral("oops"));
        QCOMPARE(columns->index(0, 0).data().toString(), firstName);  // typing overwrote nothing
        QTest::keyClick(grid, Qt::Key_Insert, Qt::ControlModifier);
        QTRY_COMPARE(columns->rowCount(), rows + 1);                   // Ctrl+Ins reached the grid (a button's shortcut clicks after a beat)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);   // leave the new row's name editor
        QTRY_VERIFY(!editing(grid));
        grid->setCurrentIndex(columns->index(0, 0));
        QTest::keyClick(grid, Qt::Key_F2);
        QTRY_VERIFY(editing(grid));                                      // F2 (or a double-click) edits
    }

    void exportWithProblemsSaysWhyAndShowsWhere()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openProject(copyExample(dir)));
        window.selectTable(QStringLiteral("t-orders"));
        setCell(window.tableEditor()->columnsModel(), 1, 1, QStringLiteral("strng"));
        window.selectTable(QStringLiteral("t-accounts"));
        auto *exportAction = window.findChild<QAction *>(QStringLiteral("actionExport"));
        QVERIFY(exportAction->isEnabled());  // so that Ctrl+E always answers
        exportAction->trigger();
        QVERIFY(!window.findChild<ExportDialog *>());
        QVERIFY2(window.statusBar()->currentMessage().startsWith(QStringLiteral("Cannot export:"))
                     && window.statusBar()->currentMessage().contains(QStringLiteral("strng")),
                 qPrintable(window.statusBar()->currentMessage()));
        QCOMPARE(window.tableEditor()->tableId(), QStringLiteral("t-orders"));  // where the problem is
        // Undone, the problem is gone, and the message with it.
        window.document()->undoStack()->undo();
        QTRY_COMPARE(window.statusBar()->currentMessage(), QString());
    }

    void aHalfFilledForeignKeyShowsItsProblemNotBrokenSql()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openProject(copyExample(dir)));
        window.selectTable(QStringLiteral("t-fills"));
        TableEditor *editor = window.tableEditor();
        editor->findChild<QTabWidget *>(QStringLiteral("parts"))->setCurrentIndex(2);
        editor->addRow();
        const QString preview = window.previewText();
        QVERIFY2(!preview.contains(QStringLiteral("FOREIGN KEY ()")) && !preview.contains(QStringLiteral("REFERENCES \"\"")), qPrintable(preview));
        QVERIFY2(preview.startsWith(QStringLiteral("# The design has problems")) && preview.contains(QStringLiteral("needs")), qPrintable(preview));
    }

    void theIndexAForeignKeyGetsIsShownReadOnly()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openProject(copyExample(dir)));
        window.selectTable(QStringLiteral("t-orders"));
        TablePartModel *indexes = window.tableEditor()->indexesModel();
        int derived = -1;
        for (int row = 0; row < indexes->rowCount(); ++row)
            if (indexes->index(row, 0).data().toString() == QLatin1String("ix_orders_account_id"))
                derived = row;
        QVERIFY(derived >= 0);
        QVERIFY(indexes->isDerived(derived));
        QVERIFY(!(indexes->index(derived, 0).flags() & Qt::ItemIsEditable));
        QVERIFY(indexes->index(derived, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("fk_orders_account_id")));
        QCOMPARE(indexes->headerData(derived, Qt::Vertical, Qt::DisplayRole).toString(), QStringLiteral("derived"));
        const int undoSteps = window.document()->undoStack()->count();
        indexes->removeItem(derived);
        QVERIFY(!indexes->setData(indexes->index(derived, 0), QStringLiteral("renamed"), Qt::EditRole));
        QCOMPARE(window.document()->undoStack()->count(), undoSteps);
        QCOMPARE(indexes->index(derived, 0).data().toString(), QStringLiteral("ix_orders_account_id"));
        // A new index goes before the derived ones.
        QCOMPARE(indexes->addItem(indexes->rowCount()), derived);
    }

    // Production-safe, a check and an index on a table with rows: the preview
    // shows the chain of migrations, each under its file name with its locks
    // on its own lines, and the export writes them all, one after another.
    void aProductionSafeChangeIsPreviewedAndExportedAsAChain()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openProject(copyExample(dir)));
        window.document()->undoStack()->push(productionSafeCommand(window.document(), ProductionSafety{}, QStringLiteral("safe")));
        const Table before = *window.document()->project().findTable(QStringLiteral("orders"), QStringLiteral("public"));
        Table after = before;
        after.checks << Check{QStringLiteral("ck_orders_quantity_bounded"), QStringLiteral("quantity < 1000000")};
        after.indexes << Index{QStringLiteral("ix_orders_status"), {QStringLiteral("status")}};
        window.document()->undoStack()->push(new EditTableCommand(window.document(), before, after, QStringLiteral("check and index")));
        QTRY_VERIFY(window.previewText().contains(QStringLiteral("CREATE INDEX CONCURRENTLY ix_orders_status")));
        const QStringList lines = window.previewText().split(QLatin1Char('\n'));
        QCOMPARE(lines.filter(QRegularExpression(QStringLiteral("^# ==== \\d+_describe_this_change(_validate|_index_ix_orders_status)?\\.py ====$"))).size(), 3);
        const auto lineOf = [&](const QString &text) { return int(lines.indexOf(QRegularExpression(QStringLiteral(".*") + QRegularExpression::escape(text) + QStringLiteral(".*")))) + 1; };
        QVERIFY(lineOf(QStringLiteral("ADD CONSTRAINT ck_orders_quantity_bounded CHECK (quantity < 1000000) NOT VALID;")) > 0);
        for (const StatementLockMark &mark : window.lockGutter()->marks())
            if (mark.statement.contains(QStringLiteral("VALIDATE CONSTRAINT"))) {
                QCOMPARE(mark.line, lineOf(QStringLiteral("VALIDATE CONSTRAINT ck_orders_quantity_bounded")));
                QCOMPARE(mark.safety.lock, LockMode::ShareUpdateExclusive);
            }

        ExportDialog dialog(window.document(), dir.path());
        dialog.findChild<QLineEdit *>(QStringLiteral("message"))->setText(QStringLiteral("bound_quantity_and_index_status"));
        QVERIFY2(dialog.findChild<QLabel *>(QStringLiteral("fileName"))->text().endsWith(QStringLiteral("_bound_quantity_and_index_status.py and 2 more migration(s) that follow it")),
                 qPrintable(dialog.findChild<QLabel *>(QStringLiteral("fileName"))->text()));
        dialog.accept();
        const QStringList paths = dialog.exportedPaths();
        QCOMPARE(paths.size(), 3);
        QVERIFY(paths.at(1).endsWith(QStringLiteral("_bound_quantity_and_index_status_validate.py")));
        QVERIFY(test::readFile(paths.at(2)).contains(QStringLiteral("with op.get_context().autocommit_block():")));
        QVERIFY(test::readFile(paths.at(1)).contains(QStringLiteral("down_revision = \"%1\"").arg(QFileInfo(paths.at(0)).fileName().section(QLatin1Char('_'), 0, 0))));
        QTRY_VERIFY(window.previewText().contains(QStringLiteral("No change since the last export")));
    }

    // An untitled project has no folder beside it: export asks for one, and
    // never writes into whatever the working directory happens to be.
    void anUntitledProjectsExportAsksWhere()
    {
        MainWindow window;
        QVERIFY(window.document()->path().isEmpty());
        window.addTable(QStringLiteral("payments"));
        ExportDialog dialog(window.document(), window.exportFolder());
        dialog.findChild<QLineEdit *>(QStringLiteral("message"))->setText(QStringLiteral("create_payments_table"));
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("problem"))->text(), QStringLiteral("Choose the migration folder to write into."));
        QVERIFY(!dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->isEnabled());
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("versions")));
        dialog.findChild<QLineEdit *>(QStringLiteral("folder"))->setText(dir.path());
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("problem"))->text(), QString());
        QVERIFY(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->isEnabled());
    }

    void theExportDialogShowsTheWholePathAndTheFixDialogWritesWhatItShows()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openProject(copyExample(dir)));
        window.addTable(QStringLiteral("payments"));
        ExportDialog dialog(window.document(), dir.path());
        dialog.findChild<QLineEdit *>(QStringLiteral("message"))->setText(QStringLiteral("create_payments_table"));
        const QString shown = dialog.findChild<QLabel *>(QStringLiteral("fileName"))->text();
        QVERIFY2(shown.startsWith(QDir::toNativeSeparators(dir.filePath(QStringLiteral("versions/")))) && shown.endsWith(QStringLiteral("_create_payments_table.py")),
                 qPrintable(shown));
        QVERIFY(dialog.width() >= 700);
        QCOMPARE(window.documentName(), QStringLiteral("trading.json"));  // as the close prompt names it

        MigrationPlan plan;
        plan.upgrade << MigrationStep{QStringLiteral("Comment"), QStringLiteral("COMMENT ON TABLE orders IS 'x';")};
        plan.downgrade << MigrationStep{QStringLiteral("Comment"), QStringLiteral("COMMENT ON TABLE orders IS NULL;")};
        FixMigrationDialog fix(plan, QStringLiteral("comment_on_orders_table"), dir.path());
        QVERIFY(fix.previewText().contains(QStringLiteral("down_revision = \"1764001200\"")));
        // A teammate's migration lands in the folder meanwhile: what was shown would fork the chain,
        // so nothing is written and the dialog shows the migration as it follows the new head.
        const QString shownFirst = fix.previewText();
        const QString teammate = dir.filePath(QStringLiteral("versions/1764001300_add_note_to_orders.py"));
        QVERIFY(QFile::copy(dir.filePath(QStringLiteral("versions/1764001200_create_fills_table.py")), teammate));
        QString text = test::readFile(teammate);
        text.replace(QStringLiteral("revision = \"1764001200\""), QStringLiteral("revision = \"1764001300\""))
            .replace(QStringLiteral("down_revision = \"1764000600\""), QStringLiteral("down_revision = \"1764001200\""));
        QFile out(teammate);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(text.toUtf8());
        out.close();
        fix.accept();
        QVERIFY(fix.writtenPath().isEmpty());
        QVERIFY2(fix.findChild<QLabel *>(QStringLiteral("problem"))->text().contains(QStringLiteral("changed since")), qPrintable(fix.previewText()));
        QVERIFY2(fix.previewText() != shownFirst && fix.previewText().contains(QStringLiteral("down_revision = \"1764001300\"")), qPrintable(fix.previewText()));
        fix.accept();  // what it shows now is what it writes
        QVERIFY(!fix.writtenPath().isEmpty());
        QCOMPARE(test::readFile(fix.writtenPath()), fix.previewText());
    }

    // A folder a new migration would not join (a file that is no migration, two heads, no baseline revision):
    // the window says so and stays, the export dialog names it and cannot save, nothing is written.
    void aFolderExportWouldLeaveIsNamedAndNothingIsWritten_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("named");
        QTest::addColumn<QString>("removed");
        QTest::newRow("not a migration") << QStringLiteral("helpers.py") << QStringLiteral("def helper():\n    return 1\n")
                                         << QStringLiteral("helpers.py:1: not a migration") << QString();
        QTest::newRow("second head") << QStringLiteral("1764001300_add_note_to_orders.py")
                                     << QStringLiteral("revision = \"1764001300\"\ndown_revision = \"1764000600\"\n\ndef upgrade():\n    pass\n\n"
                                                       "def downgrade():\n    pass\n")
                                     << QStringLiteral("several heads (1764001200, 1764001300)") << QString();
        // The project's baseline is the last export, 1764001200: a folder without it is not this project's chain.
        QTest::newRow("no baseline revision") << QString() << QString() << QStringLiteral("baseline is revision 1764001200, which this migration folder does not have")
                                              << QStringLiteral("1764001200_create_fills_table.py");
    }
    void aFolderExportWouldLeaveIsNamedAndNothingIsWritten()
    {
        QFETCH(QString, file);
        QFETCH(QString, text);
        QFETCH(QString, named);
        QFETCH(QString, removed);
        QTemporaryDir dir;
        const QString project = copyExample(dir);
        if (!file.isEmpty()) {
            QFile bad(dir.filePath(QStringLiteral("versions/") + file));
            QVERIFY(bad.open(QIODevice::WriteOnly));
            bad.write(text.toUtf8());
        }
        if (!removed.isEmpty())
            QVERIFY(QFile::remove(dir.filePath(QStringLiteral("versions/") + removed)));
        const QStringList before = QDir(dir.filePath(QStringLiteral("versions"))).entryList(QDir::Files);
        MainWindow window;
        QVERIFY(window.openProject(project));
        window.show();
        window.addTable(QStringLiteral("payments"));
        QTRY_VERIFY(window.previewText().contains(QStringLiteral("CREATE TABLE payments")));
        QVERIFY2(window.statusBar()->currentMessage().contains(named), qPrintable(window.statusBar()->currentMessage()));
        ExportDialog dialog(window.document(), dir.path());
        dialog.findChild<QLineEdit *>(QStringLiteral("message"))->setText(QStringLiteral("create_payments_table"));
        const QString problem = dialog.findChild<QLabel *>(QStringLiteral("problem"))->text();
        QVERIFY2(problem.contains(named), qPrintable(problem));
        QVERIFY(!dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->isEnabled());
        dialog.accept();  // as if forced: still refused
        QVERIFY(dialog.result() != QDialog::Accepted);
        QCOMPARE(QDir(dir.filePath(QStringLiteral("versions"))).entryList(QDir::Files), before);
    }

    // Tables imported as they are (no history, no updated_at trigger) come under the house
    // rules in one step: its migration makes history and triggers, and one undo takes it back.
    void everyTableComesUnderTheHouseRulesInOneStep()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openProject(copyExample(dir)));
        Project loose = window.document()->project();
        for (Table &t : loose.tables) {
            t.history = false;
            t.updatedAtTrigger = false;
        }
        loose.baseline = loose.asBaseline(QStringLiteral("1764001200"));
        saveProject(loose, dir.filePath(QStringLiteral("loose.json")));
        QVERIFY(window.openProject(dir.filePath(QStringLiteral("loose.json"))));
        QTRY_VERIFY(window.previewText().contains(QStringLiteral("No change since the last export")));
        auto *editor = window.findChild<QCheckBox *>(QStringLiteral("updatedAtTrigger"));
        QVERIFY(editor);
        window.findChild<QAction *>(QStringLiteral("actionHouseRules"))->trigger();
        for (const Table &t : window.document()->project().tables)
            QVERIFY2(t.history && t.updatedAtTrigger, qPrintable(t.name));
        QTRY_VERIFY(window.previewText().contains(QStringLiteral("CREATE TABLE orders_history")));
        QVERIFY(window.previewText().contains(QStringLiteral("CREATE TRIGGER orders_set_updated_at")));
        QCOMPARE(window.document()->undoStack()->count(), 1);
        QVERIFY2(window.document()->undoStack()->undoText().startsWith(QStringLiteral("Put 3 table(s) under the house rules")),
                 qPrintable(window.document()->undoStack()->undoText()));
        window.document()->undoStack()->undo();
        QTRY_VERIFY(window.previewText().contains(QStringLiteral("No change since the last export")));
        window.selectTable(QStringLiteral("t-orders"));
        QVERIFY(editor->isEnabled() && !editor->isChecked());  // orders has updated_at, and goes without the trigger
        editor->click();
        QTRY_VERIFY(window.previewText().contains(QStringLiteral("CREATE TRIGGER orders_set_updated_at")));
        QVERIFY(!window.previewText().contains(QStringLiteral("orders_history")));
    }

    // A table that cannot keep history as the conventions make it (a column every
    // history table has of its own; a table of its own already named as its history
    // table) is left out and named; the others come under the house rules.
    void tablesThatCannotKeepHistoryAreLeftOutAndNamed()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openProject(copyExample(dir)));
        Project loose = window.document()->project();
        for (Table &t : loose.tables) {
            t.history = false;
            if (t.name == QLatin1String("fills"))
                t.columns << Column{QStringLiteral("c-fills-operation"), QStringLiteral("operation"), QStringLiteral("text"), true, {}, {}, {}, {}};
        }
        Table audit;
        audit.id = QStringLiteral("t-accounts-history");
        audit.name = QStringLiteral("accounts_history");
        audit.columns << Column{QStringLiteral("c-ah-id"), QStringLiteral("id"), QStringLiteral("bigint"), true, {}, {}, {}, {}};
        loose.tables << audit;
        saveProject(loose, dir.filePath(QStringLiteral("loose.json")));
        QVERIFY(window.openProject(dir.filePath(QStringLiteral("loose.json"))));
        window.findChild<QAction *>(QStringLiteral("actionHouseRules"))->trigger();
        const Project &ruled = window.document()->project();
        QStringList withHistory;
        for (const Table &t : ruled.tables)
            if (t.history)
                withHistory << t.name;
        QCOMPARE(withHistory, (QStringList{QStringLiteral("orders"), QStringLiteral("accounts_history")}));
        const QString said = window.statusBar()->currentMessage();
        QVERIFY2(said.contains(QStringLiteral("fills (it has a column operation")) && said.contains(QStringLiteral("accounts (a table of its own is named accounts_history")),
                 qPrintable(said));
        QVERIFY(validateProject(ruled).isEmpty());
    }

    void theExampleOpensFromACopyTheUserMayEdit()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("example"));
        const QString project = copyOfExample(target);
        QCOMPARE(project, target + QStringLiteral("/trading.json"));
        QCOMPARE(QDir(target + QStringLiteral("/versions")).entryList({QStringLiteral("*.py")}).size(), 3);
        QVERIFY(QFileInfo(project).isWritable());
        MainWindow window;
        QVERIFY(window.openProject(project));
        QCOMPARE(window.exportFolder(), target);  // its migrations are the export folder
        // A second time, the user's copy is kept as it is.
        QFile edited(project);
        QVERIFY(edited.open(QIODevice::Append));
        edited.write("\n");
        edited.close();
        const QString before = test::readFile(project);
        QCOMPARE(copyOfExample(target), project);
        QCOMPARE(test::readFile(project), before);
    }

    void everyModelIsAProperModel()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openProject(copyExample(dir)));
        TableEditor *editor = window.tableEditor();
        QList<QAbstractItemModelTester *> testers;
        for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(editor->columnsModel()), static_cast<QAbstractItemModel *>(editor->indexesModel()),
                                          static_cast<QAbstractItemModel *>(editor->foreignKeysModel()), static_cast<QAbstractItemModel *>(editor->checksModel()),
                                          static_cast<QAbstractItemModel *>(window.tableList())})
            testers << new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        for (const char *id : {"t-accounts", "t-orders", "t-fills"}) {
            window.selectTable(QLatin1String(id));
            editor->addRow();
            editor->moveRow(-1);
            editor->removeRow();
        }
        window.addTable(QStringLiteral("extra"));
        window.document()->undoStack()->undo();
        window.document()->undoStack()->redo();
        window.document()->undoStack()->undo();
        QVERIFY(window.openProject(copyExample(dir)));  // a whole new project under the same models
        qDeleteAll(testers);
    }
};

QTEST_MAIN(TestDesigner)
#include "tst_designer.moc"
