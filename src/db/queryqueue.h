#pragma once
// Runs the queries of one transaction one after another on a thread of its
// own, so the server reads the next while the caller handles the last: a
// large import spends about as long in the server as in the client, and the
// two overlap. The caller must not touch the transaction while jobs are
// queued; whatever a job throws comes out of its future.

#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <thread>

namespace sw::db {

class QueryQueue
{
public:
    QueryQueue();
    ~QueryQueue();  // drops the jobs not started, waits for the one running
    QueryQueue(const QueryQueue &) = delete;
    QueryQueue &operator=(const QueryQueue &) = delete;

    template <typename Job>
    auto post(Job job) -> std::future<std::invoke_result_t<Job>>
    {
        auto task = std::make_shared<std::packaged_task<std::invoke_result_t<Job>()>>(std::move(job));
        auto future = task->get_future();
        enqueue([task] { (*task)(); });
        return future;
    }

private:
    void enqueue(std::function<void()> job);
    void run();

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::function<void()>> m_jobs;
    bool m_stopping = false;
    std::thread m_thread;  // last: started once the rest is ready
};

} // namespace sw::db
