#pragma once

#include "RackspaceDatabaseRecords.h"

#include <QMap>
#include <QStringList>

namespace Copydeck::Sandbox {

class SimulatedClock;

// Everything the Cloud Databases sandbox holds, per region, keyed by id (the order listings use).
// Copies progress with simulated time; settle() brings them up to now.
class RackspaceDatabaseState final
{
    Q_DISABLE_COPY_MOVE(RackspaceDatabaseState)

public:
    explicit RackspaceDatabaseState(SimulatedClock &clock);

    // Every region of the catalog, and the ones copies may leave from and go to.
    static QStringList regions(); // DFW, IAD, ORD, LON, HKG, SYD
    static bool copySupported(const QString &region); // all but LON

    QDateTime now() const; // wall-clock, UTC, whole seconds (the API's resolution)
    void settle();

    // region -> id -> record
    QMap<QString, QMap<QString, RackspaceBackupRecord>> backups;
    QMap<QString, QMap<QString, RackspaceInstanceRecord>> instances;

    RackspaceBackupRecord *backup(const QString &region, const QString &id);
    // The completed-or-running copy of `originalId` in `region`, if any.
    const RackspaceBackupRecord *copyOf(const QString &originalId, const QString &region) const;

    // Starts copying `source` into `targetRegion` under `name`: the new backup is NEW at once.
    const RackspaceBackupRecord &startCopy(RackspaceBackupRecord &source,
                                           const QString &targetRegion, const QString &name,
                                           const QString &description);

    // How long a copy of `sizeGb` takes in simulated time: 20 s plus 15 s per GB.
    static qint64 copyDurationMs(double sizeGb);
    // The share of a copy spent in NEW before it turns BUILDING.
    static constexpr double NewShare = 0.15;

private:
    void finishCopy(RackspaceBackupRecord &copy);

    SimulatedClock &m_clock;
};

} // namespace Copydeck::Sandbox
