#include "CopyJobTracker.h"

#include "CopyJobTrackerEntry.h"
#include "CopyLedger.h"
#include "JobsLogging.h"
#include "ThroughputHistory.h"

#include "core/AccountConnections.h"
#include "core/Clock.h"
#include "core/Provider.h"
#include "core/ProviderConnection.h"

#include <QPointer>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <cmath>

namespace Copydeck {

namespace {

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

CopyJobTracker::CopyJobTracker(AccountConnections *connections, ThroughputHistory *history,
                               const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_connections(connections)
    , m_history(history)
    , m_clock(clock)
{ }

CopyJobTracker::CopyJobTracker(AccountConnections *connections, ThroughputHistory *history,
                               const Clock *clock, CopyLedger *ledger, QObject *parent)
    : QObject(parent)
    , m_connections(connections)
    , m_history(history)
    , m_clock(clock)
    , m_ledger(ledger)
{
    if (m_ledger)
        load();
}

CopyJobTracker::~CopyJobTracker() = default;

void CopyJobTracker::setPollSchedule(PollSchedule schedule)
{
    m_schedule = schedule;
}

QString CopyJobTracker::submit(CopyRequest request, QString afterLocalId)
{
    // Made once: a retry of this request reuses it, so the cloud never makes a second copy.
    if (request.clientToken.isEmpty())
        request.clientToken = newUuid();

    auto entry = std::make_unique<Entry>();
    entry->request = request;
    CopyJob &job = entry->job;
    job.localId = newUuid();
    job.cloud
        = request.source.cloud.isEmpty() ? request.source.location.cloud : request.source.cloud;
    job.accountId = request.source.accountId.isEmpty() ? request.source.location.accountId
                                                       : request.source.accountId;
    job.sourceId = request.source.id;
    job.sourceName = request.source.name;
    job.sourceLocation = request.source.location;
    job.destination = request.destination;
    job.sizeBytes = request.source.sizeBytes;
    job.created = m_clock->now();
    job.clientToken = request.clientToken;
    job.operation = request.operation;
    job.state = CopyJobState::Submitting;
    entry->afterLocalId = afterLocalId;
    // It waits unless the job before has completed already (then it is sent as any other).
    const Entry *before = afterLocalId.isEmpty() ? nullptr : find(afterLocalId);
    if (!afterLocalId.isEmpty() && (!before || before->job.state != CopyJobState::Completed)) {
        job.state = CopyJobState::Queued;
        if (before)
            job.statusMessage = waitingText(*before);
    }

    const QString localId = job.localId;
    Entry &added = *entry;
    m_byId.insert(localId, &added);
    m_entries.push_back(std::move(entry));
    qCInfo(lcJobs) << "Copy" << localId << "of" << job.sourceId << "to" << job.destination.id;
    Q_EMIT jobAdded(localId);
    // Written down before anything is sent: a crash from then on leaves a job to resume.
    record(added,
           tr("Copydeck did not send this copy because it could not record it in its ledger %1."));
    return localId;
}

void CopyJobTracker::begin(Entry &entry)
{
    ++entry.attempt;
    entry.wait = std::chrono::milliseconds::zero();
    entry.pollInFlight = false;
    entry.pollAgain = false;
    entry.cancelling = false;
    entry.refusedByRules = false;
    ensureTimer(entry);

    const Provider *provider = m_connections->provider(entry.job.accountId);
    if (!provider) {
        fail(entry,
             CloudError::local(tr("The account of this backup is not configured, or its cloud is "
                                  "not available in this version of Copydeck."),
                               tr("Check the account in the accounts dialog.")));
        return;
    }
    const QList<ValidationIssue> issues = provider->validateCopy(entry.request);
    if (!issues.isEmpty()) {
        QStringList reasons;
        for (const ValidationIssue &issue : issues)
            reasons << issue.message;
        entry.refusedByRules = true;
        qCInfo(lcJobs) << "Copy" << entry.job.localId << "refused by the rules of"
                       << entry.job.cloud << "before sending:" << reasons;
        fail(entry,
             CloudError::local(tr("Copydeck did not send this copy because %1 would refuse it: %2")
                                   .arg(provider->displayName(), reasons.join(QLatin1Char(' '))),
                               tr("Correct the request in the copy dialog and copy again.")));
        return;
    }
    send(entry.job.localId, entry.attempt);
}

void CopyJobTracker::ensureTimer(Entry &entry)
{
    if (entry.timer)
        return;
    entry.timer = new QTimer(this);
    entry.timer->setSingleShot(true);
    const QString localId = entry.job.localId;
    connect(entry.timer, &QTimer::timeout, this, [this, localId] {
        if (Entry *found = find(localId))
            poll(localId, found->attempt);
    });
}

CopyJobTracker::Entry *CopyJobTracker::find(const QString &localId)
{
    return m_byId.value(localId, nullptr);
}

const CopyJobTracker::Entry *CopyJobTracker::find(const QString &localId) const
{
    return m_byId.value(localId, nullptr);
}

CopyJobTracker::Entry *CopyJobTracker::find(const QString &localId, quint64 attempt)
{
    Entry *entry = find(localId);
    return entry && entry->attempt == attempt ? entry : nullptr;
}

QCoro::Task<> CopyJobTracker::send(QString localId, quint64 attempt)
{
    QPointer<CopyJobTracker> self(this);
    Entry *entry = find(localId, attempt);
    if (!entry)
        co_return;
    // Held across the suspend: a change of accounts must not destroy it under the call.
    const std::shared_ptr<ProviderConnection> connection
        = m_connections->sharedConnection(entry->job.accountId);
    if (!connection) {
        fail(*entry,
             CloudError::local(tr("Copydeck could not connect the account of this backup."),
                               tr("Check the account in the accounts dialog.")));
        co_return;
    }

    // No co_await inside a conditional expression: g++ 12 destroys its result twice.
    QCoro::Task<Result<CopyJob>> starting = entry->request.operation == CopyOperation::CreateBackup
        ? connection->startCreateBackup(entry->request)
        : connection->startCopy(entry->request);
    const Result<CopyJob> started = co_await std::move(starting);
    if (!self)
        co_return;
    entry = find(localId, attempt);
    if (!entry)
        co_return;
    if (!started) {
        qCWarning(lcJobs) << "Copy" << localId
                          << "was not started:" << started.error().cloudSummary();
        if (started.error().kind == CloudError::Kind::Conflict) {
            // Perhaps an earlier attempt of this very request made it (its answer was lost and
            // the retry met "already exists"): the cloud knows whose copy it is.
            adoptSentCopy(localId, attempt, started.error());
            co_return;
        }
        fail(*entry, started.error());
        co_return;
    }
    qCInfo(lcJobs) << "Copy" << localId << "accepted as" << started.value().remoteId;
    followAccepted(*entry, started.value(), m_schedule.next(std::chrono::milliseconds::zero()));
}

void CopyJobTracker::followAccepted(Entry &entry, const CopyJob &remote,
                                    std::chrono::milliseconds firstPoll)
{
    merge(entry, remote);
    entry.job.error.reset();
    if (entry.job.state == CopyJobState::Submitting)
        entry.job.state = CopyJobState::Created;
    const QString localId = entry.job.localId;
    const quint64 attempt = entry.attempt;
    if (publish(entry))
        return;
    if (Entry *still = find(localId, attempt))
        schedulePoll(*still, firstPoll);
}

QCoro::Task<> CopyJobTracker::poll(QString localId, quint64 attempt)
{
    QPointer<CopyJobTracker> self(this);
    Entry *entry = find(localId, attempt);
    if (!entry || entry->job.isTerminal() || entry->job.remoteId.isEmpty())
        co_return;
    if (entry->pollInFlight) {
        entry->pollAgain = true;
        co_return;
    }
    // Held across the suspend: a change of accounts must not destroy it under the call.
    const std::shared_ptr<ProviderConnection> connection
        = m_connections->sharedConnection(entry->job.accountId);
    if (!connection) {
        // The account went away or changed; the copy goes on in the cloud. Look again later.
        schedulePoll(*entry, m_schedule.max);
        co_return;
    }

    entry->pollInFlight = true;
    const Result<CopyJob> polled = co_await connection->pollCopy(entry->job);
    if (!self)
        co_return;
    entry = find(localId, attempt);
    if (!entry)
        co_return;
    entry->pollInFlight = false;

    if (!polled) {
        const CloudError &error = polled.error();
        qCWarning(lcJobs) << "Could not check copy" << localId << ":" << error.cloudSummary();
        entry->job.error = error;
        if (error.kind == CloudError::Kind::NotFound) {
            entry->job.state = CopyJobState::Lost;
            publish(*entry);
            co_return;
        }
        // The copy goes on in the cloud as far as anyone knows: say so, and look again later.
        if (publish(*entry) || !find(localId, attempt))
            co_return;
    } else {
        merge(*entry, polled.value());
        entry->job.error.reset();
        if (publish(*entry) || !find(localId, attempt))
            co_return;
    }
    if (entry->pollAgain) {
        entry->pollAgain = false;
        schedulePoll(*entry, std::chrono::milliseconds::zero());
    } else {
        schedulePoll(*entry, m_schedule.next(entry->wait));
    }
}

QCoro::Task<> CopyJobTracker::requestCancel(QString localId, quint64 attempt)
{
    QPointer<CopyJobTracker> self(this);
    Entry *entry = find(localId, attempt);
    if (!entry)
        co_return;
    // Held across the suspend: a change of accounts must not destroy it under the call.
    const std::shared_ptr<ProviderConnection> connection
        = m_connections->sharedConnection(entry->job.accountId);
    if (!connection) {
        entry->cancelling = false;
        entry->job.error = CloudError::local(tr("Copydeck could not connect the account of this "
                                                "copy, so the copy was not cancelled."));
        publish(*entry);
        co_return;
    }

    qCInfo(lcJobs) << "Cancelling copy" << localId << entry->job.remoteId;
    const Result<void> cancelled = co_await connection->cancelCopy(entry->job);
    if (!self)
        co_return;
    entry = find(localId, attempt);
    if (!entry)
        co_return;
    entry->cancelling = false;
    if (!cancelled) {
        entry->job.error = cancelled.error();
        publish(*entry);
        co_return;
    }
    // The cloud says how the copy ended on the next poll; ask now rather than at the next turn.
    publish(*entry);
    if (!find(localId, attempt) || entry->job.isTerminal())
        co_return;
    if (entry->pollInFlight)
        entry->pollAgain = true;
    else
        schedulePoll(*entry, std::chrono::milliseconds::zero());
}

void CopyJobTracker::schedulePoll(Entry &entry, std::chrono::milliseconds wait)
{
    entry.wait = wait;
    entry.timer->start(wait);
}

void CopyJobTracker::merge(Entry &entry, const CopyJob &remote)
{
    CopyJob &job = entry.job;
    if (!remote.remoteId.isEmpty())
        job.remoteId = remote.remoteId;
    job.state = remote.state;
    job.rawState = remote.rawState;
    job.percent = remote.percent;
    if (job.percent)
        job.percent = std::clamp(*job.percent, 0.0, 100.0);
    if (remote.sizeBytes > 0)
        job.sizeBytes = remote.sizeBytes;
    if (remote.created.isValid())
        job.created = remote.created;
    if (remote.completed.isValid())
        job.completed = remote.completed;
    job.statusMessage = remote.statusMessage;
    if (!remote.destinationBackupId.isEmpty())
        job.destinationBackupId = remote.destinationBackupId;
    job.isParent = remote.isParent;
    job.childJobs = remote.childJobs;
    job.childJobsInState = remote.childJobsInState;
    if (remote.error)
        job.error = remote.error;
}

void CopyJobTracker::fail(Entry &entry, const CloudError &error)
{
    entry.job.state = CopyJobState::Failed;
    entry.job.error = error;
    publish(entry);
}

bool CopyJobTracker::publish(Entry &entry)
{
    const QString localId = entry.job.localId;
    const bool terminal = entry.job.isTerminal();
    if (terminal) {
        if (!entry.job.completed.isValid())
            entry.job.completed = m_clock->now();
        if (entry.timer)
            entry.timer->stop();
        if (entry.job.state == CopyJobState::Completed && m_history)
            m_history->record(entry.job);
        qCInfo(lcJobs) << "Copy" << localId << "ended:" << copyJobStateName(entry.job.state)
                       << entry.job.rawState;
    }
    if (m_ledger)
        write(entry);
    Q_EMIT jobChanged(localId);
    if (terminal) {
        Q_EMIT jobFinished(localId);
        releaseFollowers(localId);
    }
    return terminal;
}

bool CopyJobTracker::canCancel(const QString &localId) const
{
    const Entry *entry = find(localId);
    if (entry && entry->job.state == CopyJobState::Queued)
        return true;
    if (!entry || entry->job.isTerminal() || entry->job.remoteId.isEmpty() || entry->cancelling)
        return false;
    const Provider *provider = m_connections->provider(entry->job.accountId);
    return provider && provider->capabilities().canCancel;
}

void CopyJobTracker::cancel(const QString &localId)
{
    if (!canCancel(localId))
        return;
    Entry *entry = find(localId);
    if (entry->job.state == CopyJobState::Queued) {
        cancelQueued(*entry);
        return;
    }
    entry->cancelling = true;
    Q_EMIT jobChanged(localId);
    requestCancel(localId, entry->attempt);
}

bool CopyJobTracker::canRetry(const QString &localId) const
{
    const Entry *entry = find(localId);
    return entry && entry->job.state == CopyJobState::Failed && !entry->refusedByRules;
}

void CopyJobTracker::retry(const QString &localId)
{
    if (!canRetry(localId))
        return;
    Entry &entry = *find(localId);
    // The cloud holds a job under the old token (a failed one): a new attempt needs a new token.
    // Without a remote id the cloud may still have accepted the first attempt unseen, and the
    // same token lets it answer with that job instead of making a second copy.
    if (!entry.job.remoteId.isEmpty())
        entry.request.clientToken = newUuid();
    CopyJob &job = entry.job;
    job.remoteId.clear();
    job.rawState.clear();
    job.percent.reset();
    job.completed = QDateTime();
    job.created = m_clock->now();
    job.statusMessage.clear();
    job.destinationBackupId.clear();
    job.isParent = false;
    job.childJobs = 0;
    job.childJobsInState.clear();
    job.error.reset();
    job.clientToken = entry.request.clientToken;
    job.state = CopyJobState::Submitting;
    // A job that waited for another one waits again, unless that one has completed since.
    const Entry *before = entry.afterLocalId.isEmpty() ? nullptr : find(entry.afterLocalId);
    if (!entry.afterLocalId.isEmpty()
        && (!before || before->job.state != CopyJobState::Completed)) {
        job.state = CopyJobState::Queued;
        if (before)
            job.statusMessage = waitingText(*before);
    }
    qCInfo(lcJobs) << "Retrying copy" << localId;
    Q_EMIT jobChanged(localId);
    record(entry,
           tr("Copydeck did not send this copy again because it could not record it in its "
              "ledger %1."));
}

QList<CopyJob> CopyJobTracker::jobs() const
{
    QList<CopyJob> result;
    result.reserve(qsizetype(m_entries.size()));
    for (const auto &entry : m_entries)
        result.append(entry->job);
    return result;
}

CopyJob CopyJobTracker::job(const QString &localId) const
{
    const Entry *entry = find(localId);
    return entry ? entry->job : CopyJob();
}

CopyRequest CopyJobTracker::request(const QString &localId) const
{
    const Entry *entry = find(localId);
    return entry ? entry->request : CopyRequest();
}

std::optional<double> CopyJobTracker::percent(const QString &localId) const
{
    const Entry *entry = find(localId);
    return entry ? percentOf(entry->job) : std::nullopt;
}

bool CopyJobTracker::percentIsEstimate(const QString &localId) const
{
    const Entry *entry = find(localId);
    return entry && percentIsEstimateOf(entry->job);
}

std::optional<qint64> CopyJobTracker::secondsLeft(const QString &localId) const
{
    const Entry *entry = find(localId);
    return entry ? secondsLeftOf(entry->job) : std::nullopt;
}

} // namespace Copydeck
