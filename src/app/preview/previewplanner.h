#pragma once
// Plans the preview's migration and validates the design off the GUI thread,
// so that typing into a large design never waits for it. A burst of edits is
// coalesced: while one plan runs, only the latest design waits for the next.
// A small design (where planning takes a few milliseconds) is planned at once,
// so the preview is never a step behind where it need not be.

#include "export/migrationexport.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace sw::app {

class PreviewPlanner : public QObject {
    Q_OBJECT
public:
    static constexpr int kInBackgroundFrom = 300;  // tables

    using QObject::QObject;
    ~PreviewPlanner() override;

    void request(const Project &project, const MigrationHeader &header);
    bool pending() const { return m_running; }
    int plansMade() const { return m_plansMade; }  // how many designs were planned, for tests of coalescing
    // Blocks until the latest design requested is planned (before an export).
    void finish();

signals:
    // The migration and the design's problems, for the latest design planned.
    void ready(const MigrationDraft &draft, const QList<Problem> &problems);

private:
    struct Request {
        Project project;
        MigrationHeader header;
    };
    struct Result {
        MigrationDraft draft;
        QList<Problem> problems;
    };
    static Result plan(const Request &request);
    void start(Request request);
    void deliver(const Result &result);

    bool m_running = false;
    std::optional<Request> m_next;
    QPointer<class QThread> m_thread;
    int m_plansMade = 0;
};

} // namespace sw::app
