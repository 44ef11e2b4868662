#pragma once
// Database work off the GUI thread: `work` runs on a thread of its own (with
// its own connection), and `done` gets its result, or the error that stopped
// it, back on the GUI thread, unless `receiver` is gone by then.

#include "connection.h"
#include "problem.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>

namespace sw::app {

template <typename Result>
void runInBackground(QObject *receiver, std::function<Result()> work, std::function<void(const Result &, const QString &error)> done)
{
    QPointer<QObject> guard(receiver);
    QThread *thread = QThread::create([guard, work = std::move(work), done = std::move(done)] {
        auto result = std::make_shared<Result>();
        QString error;
        try {
            *result = work();
        } catch (const SchemaError &e) {
            error = e.problem().text();
        } catch (const std::exception &e) {
            error = db::describeSqlError(e);
        }
        QMetaObject::invokeMethod(qApp, [guard, result, error, done] {
            if (guard)
                done(*result, error);
        }, Qt::QueuedConnection);
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

} // namespace sw::app
