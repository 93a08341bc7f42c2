// Queued jobs: a job that waits for another one to complete before it is sent (for instance a
// copy of a backup that a create job is still making).
#include "CopyJobTracker.h"

#include "CopyJobTrackerEntry.h"
#include "JobsLogging.h"

#include "core/Clock.h"

namespace Copydeck {

QString CopyJobTracker::waitsFor(const QString &localId) const
{
    const Entry *entry = find(localId);
    return entry ? entry->afterLocalId : QString();
}

QString CopyJobTracker::waitingText(const Entry &before) const
{
    const CopyJob &job = before.job;
    const QString source = job.sourceName.isEmpty() ? job.sourceId : job.sourceName;
    const QString destination = job.destination.displayName.isEmpty() ? job.destination.name
                                                                      : job.destination.displayName;
    if (job.operation == CopyOperation::CreateBackup)
        return tr("Waiting for the backup of %1 in %2 to be made").arg(source, destination);
    return tr("Waiting for the copy of %1 to %2 to complete").arg(source, destination);
}

void CopyJobTracker::release(Entry &entry)
{
    if (entry.job.state != CopyJobState::Queued)
        return;
    const Entry *before = find(entry.afterLocalId);
    if (!before) {
        fail(entry,
             CloudError::local(tr("Copydeck did not send this copy because the job it was to wait "
                                  "for is not in its list."),
                               tr("Copy the backup again once it exists.")));
        return;
    }
    if (!before->job.isTerminal())
        return; // its end calls releaseFollowers()
    if (before->job.state != CopyJobState::Completed) {
        const QString waited = waitingText(*before);
        qCInfo(lcJobs) << "Copy" << entry.job.localId << "not sent: the job it waited for,"
                       << before->job.localId << "ended as" << copyJobStateName(before->job.state);
        fail(entry,
             CloudError::local(tr("Copydeck did not send this copy because the job it waited for "
                                  "ended as \"%1\" instead of completing (%2).")
                                   .arg(copyJobStateName(before->job.state), waited),
                               tr("Retry the job it waited for; once that one completes, retry "
                                  "this one.")));
        return;
    }
    qCInfo(lcJobs) << "Copy" << entry.job.localId << "no longer waits:" << before->job.localId
                   << "completed";
    entry.job.state = CopyJobState::Submitting;
    entry.job.statusMessage.clear();
    entry.job.error.reset();
    // From now on: elapsed time and measured throughput start when it is sent, not queued.
    entry.job.created = m_clock->now();
    Q_EMIT jobChanged(entry.job.localId);
    // Written before it is sent, as any other request: a crash from then on resumes the sending.
    record(entry,
           tr("Copydeck did not send this copy because it could not record it in its ledger %1."));
}

void CopyJobTracker::releaseFollowers(const QString &localId)
{
    // Ids first: releasing sends and fails jobs, and whoever listens may submit more meanwhile.
    QStringList followers;
    for (const auto &entry : m_entries) {
        if (entry->afterLocalId == localId && entry->job.state == CopyJobState::Queued)
            followers << entry->job.localId;
    }
    for (const QString &id : std::as_const(followers)) {
        if (Entry *entry = find(id))
            release(*entry);
    }
}

void CopyJobTracker::cancelQueued(Entry &entry)
{
    qCInfo(lcJobs) << "Queued copy" << entry.job.localId << "cancelled before it was sent";
    entry.job.state = CopyJobState::Cancelled;
    entry.job.statusMessage = tr("Cancelled before it was sent.");
    publish(entry);
}

} // namespace Copydeck
