#include "CopyLedger.h"

#include "JobsLogging.h"
#include "LedgerThread.h"

#include <QFileInfo>
#include <QPromise>

#include <type_traits>

namespace Copydeck {

CopyLedger::CopyLedger(QString path, std::unique_ptr<LedgerThread> thread)
    : m_path(std::move(path))
    , m_thread(std::move(thread))
{ }

CopyLedger::~CopyLedger()
{
    if (const qsizetype left = m_thread->queued(); left > 0)
        qCInfo(lcLedger) << "Closing the ledger once" << left << "queued changes are written";
    m_thread.reset();
    qCInfo(lcLedger) << "Ledger closed:" << m_path;
}

Result<std::unique_ptr<CopyLedger>> CopyLedger::open(const QString &path)
{
    Result<std::unique_ptr<LedgerThread>> started = LedgerThread::start(path);
    if (!started)
        return started.error();
    // The same absolute path the database resolved, without asking its thread for it.
    return std::unique_ptr<CopyLedger>(
        new CopyLedger(QFileInfo(path).absoluteFilePath(), std::move(started).value()));
}

// Work runs on the ledger's thread; its promise answers from there.
template<typename T, typename Work> QFuture<T> CopyLedger::queue(Work work) const
{
    auto promise = std::make_shared<QPromise<T>>();
    QFuture<T> future = promise->future();
    promise->start();
    m_thread->post([promise, work = std::move(work)](LedgerDatabase &database) {
        if constexpr (std::is_void_v<T>)
            work(database);
        else
            promise->addResult(work(database));
        promise->finish();
    });
    return future;
}

QFuture<QString> CopyLedger::journalMode() const
{
    return queue<QString>([](LedgerDatabase &database) { return database.journalMode(); });
}

QFuture<Result<QList<LedgerRecord>>> CopyLedger::loadJobs() const
{
    return queue<Result<QList<LedgerRecord>>>(
        [](LedgerDatabase &database) { return database.loadJobs(); });
}

QFuture<Result<QList<LedgerEvent>>> CopyLedger::events(const QString &localId) const
{
    return queue<Result<QList<LedgerEvent>>>(
        [localId](LedgerDatabase &database) { return database.events(localId); });
}

QFuture<Result<void>> CopyLedger::save(const LedgerRecord &record,
                                       const std::optional<LedgerEvent> &event)
{
    return queue<Result<void>>(
        [record, event](LedgerDatabase &database) { return database.save(record, event); });
}

QFuture<Result<int>> CopyLedger::forgetEndedBefore(const QDateTime &cutoff)
{
    return queue<Result<int>>(
        [cutoff](LedgerDatabase &database) { return database.forgetEndedBefore(cutoff); });
}

QFuture<void> CopyLedger::flush() const
{
    return queue<void>([](LedgerDatabase &) {});
}

} // namespace Copydeck
