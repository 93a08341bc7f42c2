// The tracker's use of its ledger: writing each change, loading every job and resuming the
// unfinished ones.
#include "CopyJobTracker.h"

#include "CopyJobTrackerEntry.h"
#include "CopyLedger.h"
#include "JobsLogging.h"

#include "core/Clock.h"

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
    const Result<void> saved
        = m_ledger->save(LedgerRecord {entry.job, entry.request, entry.refusedByRules},
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
    if (!entry->job.remoteId.isEmpty()) {
        qCInfo(lcJobs) << "Resuming copy" << localId << entry->job.remoteId;
        ++entry->attempt;
        ensureTimer(*entry);
        schedulePoll(*entry, std::chrono::milliseconds::zero());
        return;
    }
    // The sending was interrupted: the cloud may have made the copy without Copydeck hearing of
    // it. For AWS, resending with the same idempotency token is safe: the cloud answers with the
    // job it made, if it made one. Clouds without such a token resolve this through their provider
    // (issue 7: Spanner by the backup id's operation, Huawei by the region's replication records,
    // Rackspace by the named copy in the target region).
    qCInfo(lcJobs) << "Resending copy" << localId << "with its client token";
    begin(*entry);
}

} // namespace Copydeck
