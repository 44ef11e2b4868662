#include "queryqueue.h"

namespace sw::db {

QueryQueue::QueryQueue() : m_thread([this] { run(); }) {}

QueryQueue::~QueryQueue()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
        m_jobs.clear();  // their futures report a broken promise, to no one waiting
    }
    m_wake.notify_one();
    m_thread.join();
}

void QueryQueue::enqueue(std::function<void()> job)
{
    {
        std::lock_guard lock(m_mutex);
        m_jobs.push_back(std::move(job));
    }
    m_wake.notify_one();
}

void QueryQueue::run()
{
    for (;;) {
        std::function<void()> job;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_jobs.empty(); });
            if (m_stopping)
                return;
            job = std::move(m_jobs.front());
            m_jobs.pop_front();
        }
        job();
    }
}

} // namespace sw::db
