#pragma once

#include "SpannerResources.h"

#include <QMap>
#include <QSet>
#include <QStringList>

namespace Copydeck::Sandbox {

class SimulatedClock;

// Everything the Spanner sandbox holds, keyed by resource name (so listings are deterministic).
// Operations progress with simulated time; settle() brings them and their backups up to now.
class SpannerState final
{
    Q_DISABLE_COPY_MOVE(SpannerState)

public:
    explicit SpannerState(SimulatedClock &clock);

    SimulatedClock &clock() const { return m_clock; }
    QDateTime now() const; // wall-clock time, UTC
    void settle();

    QStringList projects;
    QMap<QString, SpannerInstanceConfig> instanceConfigs;
    QMap<QString, SpannerInstance> instances;
    QMap<QString, SpannerDatabase> databases;
    QMap<QString, SpannerBackup> backups;
    QMap<QString, SpannerOperation> operations;
    // "<resource> <permission>" pairs the demo identities do not hold.
    QSet<QString> deniedPermissions;

    // Children of a parent name ("projects/P/instances/I" + "/backups/"), in name order.
    template<typename T>
    static QList<T> childrenOf(const QMap<QString, T> &map, const QString &prefix)
    {
        QList<T> result;
        for (auto it = map.lowerBound(prefix); it != map.cend() && it.key().startsWith(prefix);
             ++it) {
            if (!it.key().mid(prefix.size()).contains(QLatin1Char('/')))
                result.append(it.value());
        }
        return result;
    }

    // Starts an operation now that completes after `durationSimulatedMs` of simulated time.
    SpannerOperation &startOperation(const QString &backupName, bool copy, const QString &source,
                                     qint64 durationSimulatedMs, const QString &operationId);
    // Cancels a running operation: done with CANCELLED, the backup it was making deleted.
    void cancel(SpannerOperation &operation);

private:
    void finish(SpannerOperation &operation);

    SimulatedClock &m_clock;
};

} // namespace Copydeck::Sandbox
