#include "preview/previewplanner.h"

#include "model/validation.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThread>

namespace sw::app {

PreviewPlanner::~PreviewPlanner()
{
    if (m_thread)
        m_thread->wait();  // its result is dropped: `this` is gone
}

PreviewPlanner::Result PreviewPlanner::plan(const Request &request)
{
    Result result{{}, validateProject(request.project)};
    result.draft = draftMigration(request.project, request.header, result.problems);
    for (const Problem &p : result.draft.problems)
        if (!result.problems.contains(p))
            result.problems << p;
    return result;
}

void PreviewPlanner::request(const Project &project, const MigrationHeader &header)
{
    if (m_running) {
        m_next = Request{project, header};
        return;
    }
    if (project.tables.size() < kInBackgroundFrom) {
        ++m_plansMade;
        deliver(plan(Request{project, header}));
        return;
    }
    start(Request{project, header});
}

void PreviewPlanner::start(Request request)
{
    m_running = true;
    ++m_plansMade;
    QPointer<PreviewPlanner> self(this);
    m_thread = QThread::create([self, request = std::move(request)] {
        const Result result = plan(request);
        QMetaObject::invokeMethod(qApp, [self, result] {
            if (self)
                self->deliver(result);
        }, Qt::QueuedConnection);
    });
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    m_thread->start();
}

// A result for a design since edited is not shown: the next plan is on its way.
void PreviewPlanner::deliver(const Result &result)
{
    m_running = false;
    if (m_next) {
        Request next = std::move(*m_next);
        m_next.reset();
        start(std::move(next));
        return;
    }
    emit ready(result.draft, result.problems);
}

void PreviewPlanner::finish()
{
    while (m_running)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
}

} // namespace sw::app
