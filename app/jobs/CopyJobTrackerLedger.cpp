// The tracker's use of its ledger: writing each change, loading every job and resuming the
// unfinished ones.
#include "CopyJobTracker.h"

#include "CopyJobTrackerEntry.h"
#include "CopyLedger.h"
#include "JobsLogging.h"

#include "core/AccountConnections.h"
#include "core/Clock.h"
#include "core/ProviderConnection.h"

#include <QPointer>
#include <QTimer>

namespace Copydeck {

namespace {

LedgerEvent eventOf(const CopyJob &job, const QDateTime &time)
{
    LedgerEvent event;
    event.localId = job.localId;
    event.time = time;
    event.state = job.state;
    event.rawState = job.rawState;
    event.percent = job.percent;
    if (!job.statusMessage.isEmpty())
        event.message = job.statusMessage;
    else if (job.error)
        event.message = job.error->userText();
    return event;
}

bool sameMoment(const LedgerEvent &a, const LedgerEvent &b)
{
    return a.state == b.state && a.rawState == b.rawState && a.percent == b.percent
        && a.message == b.message;
}

} // namespace

bool CopyJobTracker::write(Entry &entry)
{
    const LedgerEvent event = eventOf(entry.job, m_clock->now());
    const bool moved = !entry.written || !sameMoment(*entry.written, event);
    const Result<void> saved = m_ledger->save(
        LedgerRecord {entry.job, entry.request, entry.refusedByRules, entry.afterLocalId},
        moved ? std::optional<LedgerEvent>(event) : std::nullopt);
    if (!saved) {
        qCWarning(lcJobs) << "Copy" << entry.job.localId << "not recorded in the ledger";
        Q_EMIT ledgerFailed(saved.error());
        return false;
    }
    if (moved)
        entry.written = event;
    return true;
}

void CopyJobTracker::load()
{
    Result<QList<LedgerRecord>> loaded = m_ledger->loadJobs();
    if (!loaded) {
        // Writing on into a file that cannot be read back could only damage it further.
        m_loadError = loaded.error();
        m_ledger = nullptr;
        qCWarning(lcJobs) << "Following copies in memory only: the ledger could not be read";
        return;
    }
    int unfinished = 0;
    for (const LedgerRecord &record : loaded.value()) {
        if (record.job.localId.isEmpty() || m_byId.contains(record.job.localId))
            continue;
        auto entry = std::make_unique<Entry>();
        entry->job = record.job;
        entry->request = record.request;
        entry->refusedByRules = record.refusedByRules;
        entry->afterLocalId = record.afterLocalId;
        // What the ledger holds already: the next event is the next change.
        entry->written = eventOf(record.job, QDateTime());
        const QString localId = record.job.localId;
        m_byId.insert(localId, entry.get());
        m_entries.push_back(std::move(entry));
        if (!record.job.isTerminal()) {
            ++unfinished;
            // Once the event loop runs: whoever built the tracker has connected to it by then.
            QTimer::singleShot(0, this, [this, localId] { resume(localId); });
        }
    }
    qCInfo(lcJobs) << "Loaded" << m_entries.size() << "copies from the ledger," << unfinished
                   << "unfinished";
}

void CopyJobTracker::resume(const QString &localId)
{
    Entry *entry = find(localId);
    if (!entry || entry->job.isTerminal())
        return;
    if (entry->job.state == CopyJobState::Queued) {
        // Sent now if the job it waits for completed before the restart; failed if that ended
        // otherwise; else it waits on.
        release(*entry);
        return;
    }
    if (!entry->job.remoteId.isEmpty()) {
        qCInfo(lcJobs) << "Resuming copy" << localId << entry->job.remoteId;
        ++entry->attempt;
        ensureTimer(*entry);
        schedulePoll(*entry, std::chrono::milliseconds::zero());
        return;
    }
    // The sending was interrupted: the cloud may have made the copy without Copydeck hearing of
    // it. The provider looks for it (Spanner by the backup id's operation, Huawei by the region's
    // replication records, Rackspace by the named copy in the target region); AWS answers that
    // nothing is there, and resending with the same idempotency token is what makes it safe.
    qCInfo(lcJobs) << "Copy" << localId << "was interrupted while sending; asking the cloud";
    ++entry->attempt;
    ensureTimer(*entry);
    resolveInterruptedSend(localId, entry->attempt);
}

QCoro::Task<> CopyJobTracker::resolveInterruptedSend(QString localId, quint64 attempt)
{
    QPointer<CopyJobTracker> self(this);
    Entry *entry = find(localId, attempt);
    if (!entry)
        co_return;
    // Held across the suspend: a change of accounts must not destroy it under the call.
    const std::shared_ptr<ProviderConnection> connection
        = m_connections->sharedConnection(entry->job.accountId);
    if (!connection) {
        begin(*entry); // fails with the account's message
        co_return;
    }
    const Result<std::optional<CopyJob>> found
        = co_await connection->findSentCopy(entry->request, entry->job.created);
    if (!self)
        co_return;
    entry = find(localId, attempt);
    if (!entry)
        co_return;
    if (!found) {
        // Sending again could make a second copy: look again later instead.
        qCWarning(lcJobs) << "Could not find out whether copy" << localId
                          << "was made:" << found.error().cloudSummary();
        entry->job.error = found.error();
        if (publish(*entry) || !find(localId, attempt))
            co_return;
        QTimer::singleShot(m_schedule.max, this, [this, localId, attempt] {
            if (find(localId, attempt))
                resume(localId);
        });
        co_return;
    }
    if (!found.value()) {
        qCInfo(lcJobs) << "The cloud made no copy for" << localId << "; sending it again";
        begin(*entry);
        co_return;
    }
    qCInfo(lcJobs) << "Copy" << localId << "was made before the interruption as"
                   << found.value()->remoteId;
    merge(*entry, *found.value());
    entry->job.error.reset();
    if (entry->job.state == CopyJobState::Submitting)
        entry->job.state = CopyJobState::Created;
    if (publish(*entry) || !find(localId, attempt))
        co_return;
    schedulePoll(*entry, std::chrono::milliseconds::zero());
}

QCoro::Task<> CopyJobTracker::adoptSentCopy(QString localId, quint64 attempt, CloudError refusal)
{
    QPointer<CopyJobTracker> self(this);
    Entry *entry = find(localId, attempt);
    if (!entry)
        co_return;
    const std::shared_ptr<ProviderConnection> connection
        = m_connections->sharedConnection(entry->job.accountId);
    if (!connection) {
        fail(*entry, refusal);
        co_return;
    }
    const Result<std::optional<CopyJob>> found
        = co_await connection->findSentCopy(entry->request, entry->job.created);
    if (!self)
        co_return;
    entry = find(localId, attempt);
    if (!entry)
        co_return;
    if (!found || !found.value()) {
        if (!found)
            qCWarning(lcJobs) << "Could not find out whether copy" << localId
                              << "was made:" << found.error().cloudSummary();
        fail(*entry, refusal);
        co_return;
    }
    qCInfo(lcJobs) << "Copy" << localId << "already made by an earlier attempt as"
                   << found.value()->remoteId;
    merge(*entry, *found.value());
    entry->job.error.reset();
    if (entry->job.state == CopyJobState::Submitting)
        entry->job.state = CopyJobState::Created;
    if (publish(*entry) || !find(localId, attempt))
        co_return;
    schedulePoll(*entry, std::chrono::milliseconds::zero());
}

} // namespace Copydeck
