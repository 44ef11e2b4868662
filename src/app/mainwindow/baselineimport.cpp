#include "mainwindow/baselineimport.h"

#include "shared/backgroundtask.h"
#include "catalogimport.h"

namespace sw::app {

void BaselineImport::start(const QString &conninfo, const Project &design)
{
    using Imported = QPair<Baseline, QString>;  // the baseline and the database's name
    runInBackground<Imported>(
        this,
        [conninfo, design] {
            db::Connection connection(conninfo);
            const db::ImportResult imported = db::importSchema(connection, {design.schemas(), &design, db::ImportDepth::DesignOnly});
            const QString revision = imported.live.revisions.size() == 1 ? imported.live.revisions.first() : QString();
            return Imported{imported.project.asBaseline(revision), connection.databaseName()};
        },
        [this](const Imported &imported, const QString &error) {
            if (error.isEmpty())
                emit finished(imported.first, imported.second);
            else
                emit failed(error);
        });
}

} // namespace sw::app
