#pragma once

#include "core/CopyJob.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

class QSettings;

namespace Copydeck {

// The speed (bytes per second) of earlier copies, per route: cloud, source region and destination
// region. Gives an estimated percent and time left to copies whose cloud reports no percent.
//
// An estimate uses the median of the route's recent copies, else the median of every recent copy
// in the same cloud, else kAssumedBytesPerSecond. The history survives restarts through the
// QSettings given (null: kept in memory only).
class ThroughputHistory final
{
    Q_DISABLE_COPY_MOVE(ThroughputHistory)

public:
    // Assumption, not a measurement: 40 MB/s, roughly what a same-cloud cross-region copy of a
    // database backup reaches. Used only until Copydeck has seen a copy finish in that cloud.
    static constexpr double kAssumedBytesPerSecond = 40.0 * 1000 * 1000;
    // How many copies per route are remembered; older ones are forgotten.
    static constexpr int kSamplesPerRoute = 20;
    // An estimate never claims to be done: the cloud says when it is.
    static constexpr double kHighestEstimate = 99.0;

    explicit ThroughputHistory(QSettings *settings = nullptr);
    ~ThroughputHistory();

    // Learns from a completed copy whose size and start and end times are known.
    void record(const CopyJob &completed);

    // The measured speed for the job's route (or cloud); empty when nothing was measured yet.
    std::optional<double> bytesPerSecond(const CopyJob &job) const;
    // The speed an estimate uses: measured if possible, else the assumption.
    double expectedBytesPerSecond(const CopyJob &job) const;
    // 0 to kHighestEstimate from the time since job.created; empty without a size or start time.
    std::optional<double> estimatePercent(const CopyJob &job, const QDateTime &now) const;
    // Empty when the size or start is unknown, or when the copy has already taken longer than
    // expected (the estimate is then known to be wrong).
    std::optional<qint64> estimateSecondsLeft(const CopyJob &job, const QDateTime &now) const;

    static QString routeKey(const CopyJob &job);

private:
    std::optional<double> expectedSeconds(const CopyJob &job) const;
    void load();
    void save(const QString &route) const;

    QSettings *m_settings;
    QHash<QString, QList<double>> m_samples; // route key -> bytes/second, oldest first
};

} // namespace Copydeck
