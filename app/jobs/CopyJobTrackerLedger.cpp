// The tracker's use of its ledger: writing each change, loading every job and resuming the
// unfinished ones.
#include "CopyJobTracker.h"

#include "CopyJobTrackerEntry.h"
#include "CopyLedger.h"
#include "JobsLogging.h"

#include "core/AccountConnections.h"
#include "core/Clock.h"
#include "core/ProviderConnection.h"

#include <QDir>
#include <QFutureWatcher>
#include <QPointer>
#include <QTimer>

#include <qcoro/qcorofuture.h>

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

QFuture<Result<void>> CopyJobTracker::save(Entry &entry)
{
    const LedgerEvent event = eventOf(entry.job, m_clock->now());
    const bool moved = !entry.written || !sameMoment(*entry.written, event);
    QFuture<Result<void>> saving = m_ledger->save(
        LedgerRecord {entry.job, entry.request, entry.refusedByRules, entry.afterLocalId},
        moved ? std::optional<LedgerEvent>(event) : std::nullopt);
    // Counted as written once queued: the ledger writes in order, and says when it cannot.
    if (moved)
        entry.written = event;
    return saving;
}

void CopyJobTracker::write(Entry &entry)
{
    if (m_loading)
        return; // written with its state of then, once the ledger's jobs are read
    reportFailedWrite(save(entry));
}

QCoro::Task<> CopyJobTracker::reportFailedWrite(QFuture<Result<void>> writing)
{
    QPointer<CopyJobTracker> self(this);
    const Result<void> written = co_await writing;
    if (!self || written)
        co_return;
    qCWarning(lcJobs) << "A change was not recorded in the ledger";
    Q_EMIT ledgerFailed(written.error());
}

void CopyJobTracker::record(Entry &entry, const QString &refusal)
{
    if (!m_ledger) {
        proceed(entry);
        return;
    }
    if (m_loading) {
        m_afterLoad.append({entry.job.localId, refusal});
        return;
    }
    recordThenProceed(entry.job.localId, ++entry.attempt, refusal);
}

QCoro::Task<> CopyJobTracker::recordThenProceed(QString localId, quint64 attempt, QString refusal)
{
    QPointer<CopyJobTracker> self(this);
    Entry *entry = find(localId, attempt);
    if (!entry)
        co_return;
    const QString path = m_ledger->path();
    const Result<void> written = co_await save(*entry);
    if (!self)
        co_return;
    entry = find(localId, attempt);
    if (!entry)
        co_return; // retried meanwhile: that attempt writes and sends on its own
    if (!written) {
        qCWarning(lcJobs) << "Copy" << localId << "not sent: the ledger could not record it";
        Q_EMIT ledgerFailed(written.error());
        entry = find(localId, attempt);
        if (!entry)
            co_return;
        fail(*entry,
             CloudError::local(refusal.arg(QDir::toNativeSeparators(path)),
                               tr("Check that the folder can be written, then retry.")));
        co_return;
    }
    proceed(*entry);
}

void CopyJobTracker::proceed(Entry &entry)
{
    // Anything else: it ended while being written (a queued job cancelled or failed meanwhile).
    if (entry.job.state == CopyJobState::Queued)
        release(entry);
    else if (entry.job.state == CopyJobState::Submitting)
        begin(entry);
}

void CopyJobTracker::load()
{
    m_loading = true;
    // A watcher answers through the event loop, never from here: whoever built the tracker has
    // connected to it by then.
    auto *watcher = new QFutureWatcher<Result<QList<LedgerRecord>>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        onLoaded(watcher->result());
    });
    watcher->setFuture(m_ledger->loadJobs());
}

void CopyJobTracker::onLoaded(const Result<QList<LedgerRecord>> &read)
{
    m_loading = false;
    QStringList unfinished;
    if (!read) {
        // Writing on into a file that cannot be read back could only damage it further.
        m_loadError = read.error();
        m_ledger = nullptr;
        qCWarning(lcJobs) << "Following copies in memory only: the ledger could not be read";
    } else {
        // Ahead of any job submitted while they were read.
        std::vector<std::unique_ptr<Entry>> entries;
        entries.reserve(size_t(read.value().size()) + m_entries.size());
        for (const LedgerRecord &record : read.value()) {
            if (record.job.localId.isEmpty() || m_byId.contains(record.job.localId))
                continue;
            auto entry = std::make_unique<Entry>();
            entry->job = record.job;
            entry->request = record.request;
            entry->refusedByRules = record.refusedByRules;
            entry->afterLocalId = record.afterLocalId;
            // What the ledger holds already: the next event is the next change.
            entry->written = eventOf(record.job, QDateTime());
            m_byId.insert(record.job.localId, entry.get());
            if (!record.job.isTerminal())
                unfinished << record.job.localId;
            entries.push_back(std::move(entry));
        }
        for (auto &entry : m_entries)
            entries.push_back(std::move(entry));
        m_entries = std::move(entries);
        qCInfo(lcJobs) << "Loaded" << read.value().size() << "copies from the ledger,"
                       << unfinished.size() << "unfinished";
    }
    Q_EMIT loaded();

    // Submitted while loading: written now, then sent.
    const QList<std::pair<QString, QString>> waiting = std::exchange(m_afterLoad, {});
    for (const auto &[localId, refusal] : waiting) {
        Entry *entry = find(localId);
        if (!entry)
            continue;
        if (entry->job.state == CopyJobState::Submitting
            || entry->job.state == CopyJobState::Queued)
            record(*entry, refusal);
        else if (m_ledger)
            write(*entry);
    }
    for (const QString &localId : std::as_const(unfinished))
        resume(localId);
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
    followAccepted(*entry, *found.value(), std::chrono::milliseconds::zero());
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
    followAccepted(*entry, *found.value(), std::chrono::milliseconds::zero());
}

} // namespace Copydeck
