#pragma once
// Two developers, one repository: the example trading design and migration
// environment in a real git repository, and the designer's export done by
// hand (a column added to orders, its migration, the baseline moved to it).
// mergedBranches() leaves the state rebase is for: git merged main and a
// feature branch, the design through merge-design, and the folder has two
// heads that each rewrite orders_history_trigger().

#include "alembichelpers.h"
#include "gitrepository.h"
#include "projectjson.h"
#include "project/projectfile.h"

#include <QFile>

namespace sw::test {

class TeamBranches : public GitRepository {
public:
    TeamBranches()
    {
        copyExampleEnvironment(migrations());
        QFile::copy(sourceDir() + QStringLiteral("/migrations/trading.json"), project());
        QFile::setPermissions(project(), QFile::ReadOwner | QFile::WriteOwner);
    }
    QString migrations() const { return path(QStringLiteral("migrations")); }
    QString project() const { return path(QStringLiteral("trading.json")); }

    bool addColumnAndExport(const QString &column, const QString &type, const QString &revision) const
    {
        const QString before = path(QStringLiteral("before.json"));
        QFile::remove(before);
        QFile::copy(project(), before);
        editTableInFile(project(), QStringLiteral("orders"), [&](QJsonObject &table) {
            addColumnTo(table, QStringLiteral("c-orders-") + column, column, type);
        });
        const ProcessResult generated = cli({QStringLiteral("generate"), QStringLiteral("--from"), before, QStringLiteral("--to"), project(),
                                             QStringLiteral("--message"), QStringLiteral("add_%1_to_orders").arg(column), QStringLiteral("--out"),
                                             migrations(), QStringLiteral("--revision"), revision});
        if (generated.exitCode != 0) {
            qWarning() << generated.err;
            return false;
        }
        Project exported = loadProject(project());
        exported.baseline = exported.asBaseline(revision);
        saveProject(exported, project());
        QFile::remove(before);
        return true;
    }

    // main adds orders.priority (1764001500), the branch feature orders.note
    // (1764002000); main merges feature. False, with a warning, when a step fails.
    bool mergedBranches() const
    {
        if (cli({QStringLiteral("merge-design"), QStringLiteral("init"), project(), QStringLiteral("--write")}).exitCode != 0)
            return false;
        commit(QStringLiteral("the design"));
        git({QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("feature")});
        if (!addColumnAndExport(QStringLiteral("note"), QStringLiteral("text"), QStringLiteral("1764002000")))
            return false;
        commit(QStringLiteral("note"));
        git({QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("main")});
        if (!addColumnAndExport(QStringLiteral("priority"), QStringLiteral("integer"), QStringLiteral("1764001500")))
            return false;
        commit(QStringLiteral("priority"));
        const ProcessResult merged = git({QStringLiteral("merge"), QStringLiteral("--no-edit"), QStringLiteral("feature")});
        if (merged.exitCode != 0)
            qWarning() << merged.out << merged.err;
        return merged.exitCode == 0;
    }
};

} // namespace sw::test
