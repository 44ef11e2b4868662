#include "baselineimport.h"

#include "catalogimport.h"
#include "problem.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThread>

#include <pqxx/pqxx>

namespace sw::app {

void BaselineImport::start(const QString &conninfo, const Project &design)
{
    QPointer<BaselineImport> self(this);
    QThread *thread = QThread::create([self, conninfo, design] {
        Baseline baseline;
        QString database, error;
        try {
            db::Connection connection(conninfo);
            const db::ImportResult imported = db::importSchema(connection, {{QStringLiteral("public")}, &design});
            baseline.tables = imported.project.tables;
            baseline.revision = imported.live.revisions.size() == 1 ? imported.live.revisions.first() : QString();
            database = QString::fromUtf8(connection.raw().dbname());
        } catch (const SchemaError &e) {
            error = e.problem().text();
        } catch (const std::exception &e) {
            error = db::describeSqlError(e);
        }
        QMetaObject::invokeMethod(qApp, [self, baseline, database, error] {
            if (!self)
                return;
            if (error.isEmpty())
                emit self->finished(baseline, database);
            else
                emit self->failed(error);
        }, Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

} // namespace sw::app
