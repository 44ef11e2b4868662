// How long the designer's preview takes to refresh after one edit in a
// project of many tables. A benchmark, not a test: run it by hand,
//   build/tests/bench/bench_preview [TABLES] [VIEWS]
// and compare with the README's numbers.

#include "export/migrationexport.h"
#include "startup/workspaceheap.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace sw;

int main(int argc, char *argv[])
{
    app::useWorkspaceHeap();  // as the designer does
    QCoreApplication app(argc, argv);
    const int tables = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 500;
    Project project;
    for (int i = 0; i < tables; ++i) {
        Table t;
        t.id = QStringLiteral("t-%1").arg(i);
        t.name = QStringLiteral("table_%1").arg(i);
        for (const char *name : {"id", "name", "amount", "note", "created_at", "updated_at"})
            t.columns << Column{t.id + QLatin1String(name), QLatin1String(name), QStringLiteral("text"), true, std::nullopt, std::nullopt, {}, {}};
        t.columns[0].type = QStringLiteral("bigserial");
        t.primaryKey = QStringList{QStringLiteral("id")};
        if (i > 0)
            t.foreignKeys << ForeignKey{{}, {QStringLiteral("name")}, QStringLiteral("table_%1").arg(i - 1), {QStringLiteral("id")}, {}, {}, false, {}};
        project.tables << t;
    }
    const int views = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 0;
    for (int i = 0; i < views; ++i) {
        SqlObject view;
        view.name = QStringLiteral("view_%1").arg(i);
        view.definition = QStringLiteral("SELECT t.id, t.name, t.amount FROM table_%1 t WHERE t.note IS NOT NULL").arg(i % tables);
        project.sqlObjects << view;
    }
    project.baseline = project.asBaseline(QStringLiteral("1"));
    project.tables[tables / 2].columns << Column{QStringLiteral("c-new"), QStringLiteral("added"), QStringLiteral("integer"), true, std::nullopt, std::nullopt, {}, {}};
    QElapsedTimer timer;
    timer.start();
    const int rounds = qEnvironmentVariableIntValue("ROUNDS") > 0 ? qEnvironmentVariableIntValue("ROUNDS") : 20;
    app::draftMigration(project, app::exportHeader(project, QStringLiteral("add_added_column"), QString()));
    timer.restart();
    for (int i = 0; i < rounds; ++i) {
        project.tables[tables / 2].columns.last().name = QStringLiteral("added_%1").arg(i);  // one edit per refresh, as typing makes
        app::draftMigration(project, app::exportHeader(project, QStringLiteral("add_added_column"), QString()));
    }
    QTextStream(stdout) << tables << " tables, " << views << " views: " << double(timer.elapsed()) / rounds << " ms per preview refresh" << Qt::endl;
    return 0;
}
