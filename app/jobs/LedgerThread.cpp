#include "LedgerThread.h"

#include "JobsLogging.h"
#include "LedgerDatabase.h"

#include <condition_variable>
#include <deque>
#include <future>
#include <mutex>

namespace Copydeck {

struct LedgerThread::Queue
{
    std::mutex mutex;
    std::condition_variable wake; // work was posted, or the ledger is closing
    std::condition_variable ended; // the thread has run everything and closed the database
    std::deque<Work> work;
    bool stopping = false;
    bool closed = false;
};

LedgerThread::LedgerThread(std::shared_ptr<Queue> queue, std::thread thread)
    : m_queue(std::move(queue))
    , m_thread(std::move(thread))
{ }

Result<std::unique_ptr<LedgerThread>> LedgerThread::start(const QString &path)
{
    auto queue = std::make_shared<Queue>();
    std::promise<std::optional<CloudError>> opening;
    std::future<std::optional<CloudError>> opened = opening.get_future();
    std::thread thread([queue, path, opening = std::move(opening)]() mutable {
        Result<std::unique_ptr<LedgerDatabase>> database = LedgerDatabase::open(path);
        if (!database) {
            opening.set_value(database.error());
            return;
        }
        opening.set_value(std::nullopt);
        for (;;) {
            Work work;
            {
                std::unique_lock lock(queue->mutex);
                queue->wake.wait(lock,
                                 [&queue] { return queue->stopping || !queue->work.empty(); });
                if (queue->work.empty())
                    break; // closing, and everything posted has run
                work = std::move(queue->work.front());
                queue->work.pop_front();
            }
            work(*database.value());
        }
        database.value().reset(); // closed on the thread that opened it
        const std::lock_guard lock(queue->mutex);
        queue->closed = true;
        queue->ended.notify_all();
    });
    if (std::optional<CloudError> error = opened.get()) {
        thread.join();
        return *error;
    }
    return std::unique_ptr<LedgerThread>(new LedgerThread(std::move(queue), std::move(thread)));
}

LedgerThread::~LedgerThread()
{
    std::unique_lock lock(m_queue->mutex);
    m_queue->stopping = true;
    m_queue->wake.notify_one();
    const auto closed = [this] { return m_queue->closed; };
    if (m_queue->ended.wait_for(lock, kDrainPatience, closed)) {
        lock.unlock();
        m_thread.join();
        return;
    }
    // Never cut off mid-transaction (SQLite would then roll it back anyway); the process may well
    // exit first, and the WAL keeps every write that committed.
    qCWarning(lcLedger) << "The copy ledger's disk did not answer for" << kDrainPatience.count()
                        << "s;" << m_queue->work.size() << "writes are left to finish on their own";
    lock.unlock();
    m_thread.detach();
}

void LedgerThread::post(Work work)
{
    {
        const std::lock_guard lock(m_queue->mutex);
        m_queue->work.push_back(std::move(work));
    }
    m_queue->wake.notify_one();
}

qsizetype LedgerThread::queued() const
{
    const std::lock_guard lock(m_queue->mutex);
    return qsizetype(m_queue->work.size());
}

} // namespace Copydeck
