#pragma once

#include "core/Result.h"

#include <QString>

#include <chrono>
#include <functional>
#include <memory>
#include <thread>

namespace Copydeck {

class LedgerDatabase;

// The thread the copy ledger's database lives on, and its queue (CopyLedger's, not public API).
// Work runs on that thread one item at a time, in the order it was posted; the database is opened,
// used and closed there only, since a QSqlDatabase connection belongs to the thread that made it.
class LedgerThread final
{
    Q_DISABLE_COPY_MOVE(LedgerThread)

public:
    using Work = std::function<void(LedgerDatabase &database)>;

    // Starts the thread and opens `path` on it; answers once the file is open, or with why it is
    // not (the thread has ended then).
    static Result<std::unique_ptr<LedgerThread>> start(const QString &path);
    // Runs everything posted so far, closes the database and ends the thread. Waits up to
    // kDrainPatience for that; a disk that hangs longer is left to the thread, which goes on alone.
    ~LedgerThread();

    static constexpr std::chrono::seconds kDrainPatience {10};

    void post(Work work); // thread-safe
    qsizetype queued() const; // posted and not yet run

private:
    struct Queue;

    LedgerThread(std::shared_ptr<Queue> queue, std::thread thread);

    std::shared_ptr<Queue> m_queue; // shared with the thread, which may outlive this object
    std::thread m_thread;
};

} // namespace Copydeck
