// schemawright-cli merge-design as git's merge driver, with the real git: a
// repository in a temporary folder, two branches that change the same table,
// `git merge` through the driver that init set up.

#include "gitrepository.h"
#include "projectjson.h"
#include "problem.h"
#include "model/validation.h"
#include "project/projectfile.h"
#include "project/projectmerge.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace sw;

namespace {

class Repository : public test::GitRepository {
public:
    Repository()
    {
        QDir().mkpath(path(QStringLiteral("design")));
        QFile::copy(test::sourceDir() + QStringLiteral("/migrations/trading.json"), project());
        QFile::setPermissions(project(), QFile::ReadOwner | QFile::WriteOwner);
    }
    QString project() const { return path(QStringLiteral("design/trading.json")); }
    void editOrders(const std::function<void(QJsonObject &table)> &edit) const { test::editTableInFile(project(), QStringLiteral("orders"), edit); }
};

void setColumn(QJsonObject &table, const QString &name, const QString &key, const QString &value)
{
    QJsonArray columns = table.value(QLatin1String("columns")).toArray();
    for (int i = 0; i < columns.size(); ++i) {
        QJsonObject c = columns.at(i).toObject();
        if (c.value(QLatin1String("name")).toString() == name) {
            c.insert(key, value);
            columns.replace(i, c);
        }
    }
    table.insert(QStringLiteral("columns"), columns);
}

// As the designer renames: the column (same id) and where the table names it (its index).
void renameColumn(QJsonObject &table, const QString &from, const QString &to)
{
    QByteArray json = QJsonDocument(table).toJson();
    json.replace('"' + from.toUtf8() + '"', '"' + to.toUtf8() + '"');
    table = QJsonDocument::fromJson(json).object();
}

const Table &orders(const Project &p) { return *p.findTable(QStringLiteral("orders"), QStringLiteral("public")); }

} // namespace

class TestMergeDesign : public QObject {
    Q_OBJECT
private slots:
    void twoBranchesChangingOneTableMergeCleanly()
    {
        Repository repo;
        const test::ProcessResult init = repo.cli({QStringLiteral("merge-design"), QStringLiteral("init"), QStringLiteral("design/trading.json"), QStringLiteral("--write")});
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
        QVERIFY(repo.git({QStringLiteral("check-attr"), QStringLiteral("merge"), QStringLiteral("design/trading.json")}).out.contains(QStringLiteral("schemawright")));
        repo.commit(QStringLiteral("the design"));
        repo.git({QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("feature")});
        repo.editOrders([](QJsonObject &table) {
            test::addColumnTo(table, QStringLiteral("c-orders-note"), QStringLiteral("note"), QStringLiteral("text"));
            setColumn(table, QStringLiteral("instrument"), QStringLiteral("type"), QStringLiteral("varchar(64)"));
        });
        repo.commit(QStringLiteral("note, and a wider instrument"));
        repo.git({QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("main")});
        repo.editOrders([](QJsonObject &table) {
            test::addColumnTo(table, QStringLiteral("c-orders-priority"), QStringLiteral("priority"), QStringLiteral("integer"));
            renameColumn(table, QStringLiteral("instrument"), QStringLiteral("symbol"));  // same id
        });
        repo.commit(QStringLiteral("priority, and instrument is symbol"));

        const test::ProcessResult merged = repo.git({QStringLiteral("merge"), QStringLiteral("-q"), QStringLiteral("--no-edit"), QStringLiteral("feature")});
        QVERIFY2(merged.exitCode == 0, qPrintable(merged.out + merged.err));
        const Project project = loadProject(repo.project());
        QStringList names;
        for (const Column &c : orders(project).columns)
            names << c.name;
        QVERIFY2(names.contains(QStringLiteral("note")) && names.contains(QStringLiteral("priority")), qPrintable(names.join(QLatin1Char(' '))));
        const Column *symbol = orders(project).column(QStringLiteral("symbol"));
        QVERIFY(symbol);  // the rename and the type change both survive
        QCOMPARE(symbol->type, QStringLiteral("varchar(64)"));
        QVERIFY(!orders(project).column(QStringLiteral("instrument")));
    }

    void aTrueConflictIsNamedAndTheFileStillLoads()
    {
        Repository repo;
        QCOMPARE(repo.cli({QStringLiteral("merge-design"), QStringLiteral("init"), QStringLiteral("design/trading.json"), QStringLiteral("--write")}).exitCode, 0);
        repo.commit(QStringLiteral("the design"));
        repo.git({QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("feature")});
        repo.editOrders([](QJsonObject &table) { renameColumn(table, QStringLiteral("instrument"), QStringLiteral("ticker")); });
        repo.commit(QStringLiteral("instrument is ticker"));
        repo.git({QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("main")});
        repo.editOrders([](QJsonObject &table) { renameColumn(table, QStringLiteral("instrument"), QStringLiteral("symbol")); });
        repo.commit(QStringLiteral("instrument is symbol"));

        const test::ProcessResult merged = repo.git({QStringLiteral("merge"), QStringLiteral("--no-edit"), QStringLiteral("feature")});
        QVERIFY(merged.exitCode != 0);
        const QString said = merged.out + merged.err;
        QVERIFY2(said.contains(QStringLiteral("table orders, column symbol: name: ours \"symbol\", theirs \"ticker\"")), qPrintable(said));
        const Project project = loadProject(repo.project());  // loadable, ours where they conflict
        QVERIFY(orders(project).column(QStringLiteral("symbol")));

        // The conflict is in the file, for the designer to show and decide.
        // Each place both sides changed: the column's name, and the index that names the column.
        QCOMPARE(project.mergeConflicts.size(), 2);
        QCOMPARE(project.mergeConflicts.at(0).where, QStringLiteral("table orders, column symbol: name"));
        QCOMPARE(project.mergeConflicts.at(1).where, QStringLiteral("table orders, index ix_orders_instrument: columns"));
        // Theirs for the name alone would leave the index naming a column that is
        // not there: theirs is taken for the whole table, as their branch had it.
        const Project theirs = withConflictResolved(project, 0, true);
        QVERIFY(orders(theirs).column(QStringLiteral("ticker")) && !orders(theirs).column(QStringLiteral("symbol")));
        QCOMPARE(orders(theirs).indexes.first().columns, QStringList{QStringLiteral("ticker")});
        QVERIFY(theirs.mergeConflicts.isEmpty());
        QVERIFY(validateProject(theirs).isEmpty());
        const Project ours = withConflictResolved(withConflictResolved(project, 1, false), 0, false);
        QVERIFY(orders(ours).column(QStringLiteral("symbol")) && ours.mergeConflicts.isEmpty());
        QCOMPARE(ours.tables, project.tables);

        // A place that is gone since (the column dropped on ours after the merge) is named, nothing changed.
        Project dropped = project;
        for (Table &t : dropped.tables)
            t.columns.removeIf([](const Column &c) { return c.name == QLatin1String("symbol"); });
        try {
            withConflictResolved(dropped, 0, true);
            QFAIL("theirs was taken for a column that is gone");
        } catch (const SchemaError &e) {
            QVERIFY2(e.problem().message.contains(QStringLiteral("table orders, column symbol: name")), qPrintable(e.problem().message));
        }
    }

    void aSideThatIsNoProjectLeavesOursAsItWas()
    {
        QTemporaryDir dir;
        const QString ours = dir.filePath(QStringLiteral("ours.json")), theirs = dir.filePath(QStringLiteral("theirs.json"));
        QFile::copy(test::sourceDir() + QStringLiteral("/migrations/trading.json"), ours);
        QFile bad(theirs);
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{ \"version\": 1, \"tables\": [ <<<<<<< HEAD");
        bad.close();
        const QByteArray before = [&] { QFile f(ours); f.open(QIODevice::ReadOnly); return f.readAll(); }();
        const test::ProcessResult run = test::runCli({QStringLiteral("merge-design"), ours, ours, theirs});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("theirs.json")), qPrintable(run.err));
        QFile after(ours);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), before);
    }
};

QTEST_MAIN(TestMergeDesign)
#include "tst_mergedesign.moc"
