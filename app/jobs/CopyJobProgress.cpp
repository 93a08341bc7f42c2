// The tracker's view of progress: the cloud's percent where it gives one, else an estimate.
#include "CopyJobTracker.h"

#include "ThroughputHistory.h"

#include "core/Clock.h"

#include <algorithm>
#include <cmath>

namespace Copydeck {

namespace {

qint64 childJobsIn(const CopyJob &job, QLatin1String state)
{
    qint64 count = 0;
    for (auto it = job.childJobsInState.cbegin(); it != job.childJobsInState.cend(); ++it) {
        if (it.key().compare(state, Qt::CaseInsensitive) == 0)
            count += it.value();
    }
    return count;
}

// Progress of a composite job from its children's states, as the cloud reports them.
std::optional<double> childJobsPercent(const CopyJob &job)
{
    if (!job.isParent || job.childJobs <= 0)
        return std::nullopt;
    const qint64 done = childJobsIn(job, QLatin1String("COMPLETED"))
        + childJobsIn(job, QLatin1String("FAILED")) + childJobsIn(job, QLatin1String("PARTIAL"));
    return std::clamp(100.0 * double(done) / double(job.childJobs), 0.0, 100.0);
}

// The percent the cloud itself gives, directly or through child-job counts.
std::optional<double> cloudPercent(const CopyJob &job)
{
    if (job.percent)
        return std::clamp(*job.percent, 0.0, 100.0);
    return childJobsPercent(job);
}

bool isUnderway(const CopyJob &job)
{
    return job.state == CopyJobState::Created || job.state == CopyJobState::Running;
}

} // namespace

qint64 CopyJobTracker::completedChildJobs(const CopyJob &job)
{
    return childJobsIn(job, QLatin1String("COMPLETED"));
}

std::optional<double> CopyJobTracker::percentOf(const CopyJob &job) const
{
    if (job.state == CopyJobState::Completed)
        return 100.0;
    if (auto fromCloud = cloudPercent(job))
        return fromCloud;
    if (!isUnderway(job) || !m_history)
        return std::nullopt;
    return m_history->estimatePercent(job, m_clock->now());
}

bool CopyJobTracker::percentIsEstimateOf(const CopyJob &job) const
{
    return isUnderway(job) && !cloudPercent(job) && m_history
        && m_history->estimatePercent(job, m_clock->now()).has_value();
}

std::optional<qint64> CopyJobTracker::secondsLeftOf(const CopyJob &job) const
{
    if (!isUnderway(job))
        return std::nullopt;
    const QDateTime now = m_clock->now();
    if (auto fromCloud = cloudPercent(job)) {
        // Extrapolate the cloud's own progress; nothing can be said before it moves.
        if (*fromCloud <= 0 || !job.created.isValid())
            return std::nullopt;
        const double elapsed = std::max<qint64>(0, job.created.msecsTo(now)) / 1000.0;
        return qint64(std::ceil(elapsed * (100.0 - *fromCloud) / *fromCloud));
    }
    return m_history ? m_history->estimateSecondsLeft(job, now) : std::nullopt;
}

std::optional<double> CopyJobTracker::bytesPerSecondOf(const CopyJob &job) const
{
    if (job.sizeBytes <= 0 || !job.created.isValid())
        return std::nullopt;
    if (job.state == CopyJobState::Completed) {
        const qint64 ms = job.created.msecsTo(job.completed);
        if (ms <= 0)
            return std::nullopt;
        return double(job.sizeBytes) * 1000.0 / double(ms);
    }
    if (!isUnderway(job))
        return std::nullopt;
    if (job.percent && *job.percent > 0) {
        const qint64 ms = job.created.msecsTo(m_clock->now());
        if (ms <= 0)
            return std::nullopt;
        return double(job.sizeBytes) * (*job.percent / 100.0) * 1000.0 / double(ms);
    }
    if (cloudPercent(job) || !m_history)
        return std::nullopt;
    return m_history->expectedBytesPerSecond(job);
}

} // namespace Copydeck
