#pragma once

#include "LedgerRecord.h"
#include "PollSchedule.h"

#include "core/CloudError.h"
#include "core/CopyJob.h"
#include "core/CopyRequest.h"
#include "core/Result.h"

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QString>

#include <chrono>
#include <memory>
#include <optional>
#include <vector>

#include <qcoro/qcorotask.h>

class QTimer;

namespace Copydeck {

class AccountConnections;
class Clock;
class CopyLedger;
class ThroughputHistory;

// Follows every copy Copydeck starts: checks it against the cloud's rules, sends it once (with an
// idempotency token that makes a resubmission safe), then polls it with an adaptive schedule until
// it ends. One poll in flight per job; nothing blocks.
//
// With a CopyLedger, every request is written before it is sent (the tracker waits for the ledger
// to say so) and every change after (in order, without waiting); a tracker built on a ledger reads
// every job it holds, without blocking, then shows them and resumes following the unfinished ones.
class CopyJobTracker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CopyJobTracker)

public:
    // Every pointer must outlive the tracker. `history` may be null: no estimates then.
    CopyJobTracker(AccountConnections *connections, ThroughputHistory *history, const Clock *clock,
                   QObject *parent = nullptr);
    // The same, durable: reads every job from `ledger` (which must outlive the tracker), then
    // polls the unfinished ones the cloud acknowledged and resends, with the same client token,
    // those whose sending was interrupted. Null `ledger`: in memory only.
    CopyJobTracker(AccountConnections *connections, ThroughputHistory *history, const Clock *clock,
                   CopyLedger *ledger, QObject *parent = nullptr);
    ~CopyJobTracker() override;

    // True until the ledger's jobs are read (loaded() then). Copies submitted meanwhile wait for
    // that before they are written and sent.
    bool isLoading() const { return m_loading; }
    // Why the ledger's jobs could not be read, if they could not (set before loaded()): the
    // tracker then keeps its jobs in memory only, leaving the file as it is.
    std::optional<CloudError> loadError() const { return m_loadError; }

    void setPollSchedule(PollSchedule schedule);
    PollSchedule pollSchedule() const { return m_schedule; }

    // Validates with the provider; when it finds issues nothing is sent and the job fails at once
    // with a Local CloudError listing them. Otherwise sends the copy and follows it. Returns the
    // job's local id.
    //
    // With `afterLocalId`, the job is written down at once but waits (CopyJobState::Queued,
    // "Waiting for …") until that job completes, and only then is checked and sent. When that job
    // fails, is cancelled, is lost or is unknown, this one fails saying so. The wait is kept in the
    // ledger, so it survives a restart.
    //
    // With a ledger, the job is sent once the ledger has written it; if it cannot, the job fails
    // naming the ledger's file, nothing is sent, and ledgerFailed() says why.
    QString submit(CopyRequest request, QString afterLocalId = {});
    // The job a queued job waits (or waited) for; empty when it waits for none.
    QString waitsFor(const QString &localId) const;

    // The cloud can, and the job is still running; or the job is queued (nothing was sent yet).
    bool canCancel(const QString &localId) const;
    void cancel(const QString &localId);
    // A failed job, unless the cloud's rules refused it: the same request would be refused again.
    bool canRetry(const QString &localId) const;
    // Resubmits the same request under the same local id, with the same client token when the
    // cloud never acknowledged the first attempt.
    void retry(const QString &localId);

    QList<CopyJob> jobs() const; // in submission order
    CopyJob job(const QString &localId) const; // invalid (empty localId) when unknown
    CopyRequest request(const QString &localId) const;

    // The cloud's percent if it gives one (or child-job counts, or 100 once completed), else an
    // estimate from ThroughputHistory while the copy runs.
    std::optional<double> percent(const QString &localId) const;
    bool percentIsEstimate(const QString &localId) const;
    std::optional<qint64> secondsLeft(const QString &localId) const;
    // The same, for a snapshot of a job (item models keep their own copies).
    std::optional<double> percentOf(const CopyJob &job) const;
    bool percentIsEstimateOf(const CopyJob &job) const;
    std::optional<qint64> secondsLeftOf(const CopyJob &job) const;
    // Bytes per second: measured from the cloud's percent, else the estimate's assumption, else
    // the finished copy's average.
    std::optional<double> bytesPerSecondOf(const CopyJob &job) const;

    // Children of a composite job that completed, from the cloud's counts.
    static qint64 completedChildJobs(const CopyJob &job);

    ThroughputHistory *history() const { return m_history; }
    const Clock *clock() const { return m_clock; }

Q_SIGNALS:
    // The ledger's jobs are in (jobs() holds them, ahead of any submitted meanwhile; no jobAdded
    // for them), or loadError() says why not. Once, and never from the constructor.
    void loaded();
    void jobAdded(const QString &localId);
    void jobChanged(const QString &localId);
    void jobFinished(const QString &localId); // reached a terminal state
    // A change could not be written to the ledger: the copy goes on, but would not be resumed.
    void ledgerFailed(const Copydeck::CloudError &error);

private:
    struct Entry;

    Entry *find(const QString &localId);
    const Entry *find(const QString &localId) const;
    Entry *find(const QString &localId, quint64 attempt);
    void ensureTimer(Entry &entry);
    // The ledger (CopyJobTrackerLedger.cpp).
    void load();
    void onLoaded(const Result<QList<LedgerRecord>> &read);
    void resume(const QString &localId);
    // Queues the job's write to the ledger (with an event when its state moved); a failure is
    // told by ledgerFailed(). While loading, nothing: the job is written once loaded.
    void write(Entry &entry);
    QFuture<Result<void>> save(Entry &entry);
    // Writes a Submitting or Queued job and, once the ledger has it, sends it (or lets it wait);
    // fails it with `refusal` (its %1 the ledger's path) when the ledger cannot write it.
    void record(Entry &entry, const QString &refusal);
    void proceed(Entry &entry); // sends a Submitting job, releases a Queued one
    void begin(Entry &entry);
    void schedulePoll(Entry &entry, std::chrono::milliseconds wait);
    void merge(Entry &entry, const CopyJob &remote);
    void fail(Entry &entry, const CloudError &error);
    // Tells the world the job changed (and ended, when it did). True when it is terminal.
    bool publish(Entry &entry);
    // Queued jobs (CopyJobTrackerQueue.cpp).
    QString waitingText(const Entry &before) const;
    void release(Entry &entry); // sends a queued job or fails it once its predecessor has ended
    void releaseFollowers(const QString &localId); // every job queued behind this one
    void cancelQueued(Entry &entry);

    // Coroutines hold only values across a suspend and find their job again afterwards.
    QCoro::Task<> recordThenProceed(QString localId, quint64 attempt, QString refusal);
    QCoro::Task<> reportFailedWrite(QFuture<Result<void>> writing);
    QCoro::Task<> send(QString localId, quint64 attempt);
    // A send was interrupted: asks the cloud whether it made the copy before sending again.
    QCoro::Task<> resolveInterruptedSend(QString localId, quint64 attempt);
    // The cloud refused the sending as a conflict (ALREADY_EXISTS): follows the copy when it is
    // this request's own (made by an attempt whose answer was lost), else fails with `refusal`.
    QCoro::Task<> adoptSentCopy(QString localId, quint64 attempt, CloudError refusal);
    QCoro::Task<> poll(QString localId, quint64 attempt);
    // The cloud has the copy (accepted now, or found made by an earlier attempt): takes its
    // answer, publishes it and polls it from `firstPoll` on.
    void followAccepted(Entry &entry, const CopyJob &remote, std::chrono::milliseconds firstPoll);
    QCoro::Task<> requestCancel(QString localId, quint64 attempt);

    AccountConnections *m_connections;
    ThroughputHistory *m_history;
    const Clock *m_clock;
    CopyLedger *m_ledger = nullptr;
    bool m_loading = false;
    QList<std::pair<QString, QString>> m_afterLoad; // submitted while loading: id, refusal
    std::optional<CloudError> m_loadError;
    PollSchedule m_schedule;
    std::vector<std::unique_ptr<Entry>> m_entries; // submission order
    QHash<QString, Entry *> m_byId;
};

} // namespace Copydeck
