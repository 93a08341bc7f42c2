#pragma once

#include "HuaweiResources.h"

#include <QHash>
#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace Copydeck::Sandbox {

class SimulatedClock;

// Everything the Huawei part of the sandbox holds, and replications brought up to the simulated
// now by settle(): waiting, then running with rising progress, then success (the replica in the
// destination vault becomes available) or failure (the replica goes).
class HuaweiState final
{
    Q_DISABLE_COPY_MOVE(HuaweiState)

public:
    // Simulated pace of a replication, and the shortest one.
    static constexpr qint64 BytesPerSecond = 200LL * 1024 * 1024;
    static constexpr qint64 MinimumMs = 4000;

    HuaweiState(const SimulatedClock &clock, quint32 seed);

    const SimulatedClock &clock() const { return m_clock; }
    void settle();

    QString newUuid();
    QString newHexId(int digits);

    // ---- the domain ----
    QString domainId;
    QString domainName;
    QList<HuaweiProject> projects;
    // source region -> regions its backups may be replicated to
    QHash<QString, QStringList> replicationDestinations;
    QStringList regions() const; // in the order the projects were added

    const HuaweiProject *project(const QString &id) const;
    const HuaweiProject *projectInRegion(const QString &region) const;

    // ---- CBR ----
    QList<HuaweiVault> vaults;
    QList<HuaweiBackup> backups;
    QList<HuaweiReplication> replications;

    const HuaweiVault *vault(const QString &id) const;
    HuaweiBackup *backup(const QString &id);
    const HuaweiReplication *replicationByRecord(const QString &recordId) const;
    const HuaweiReplication *replicationByOperationLog(const QString &operationLogId) const;
    QList<const HuaweiReplication *> replicationsOf(const QString &sourceBackupId) const;
    // A replica of the backup in `region` that exists or is being made.
    bool hasReplicaIn(const QString &sourceBackupId, const QString &region) const;

    // Starts a replication: its record, its task and the replica (protecting) in the destination.
    const HuaweiReplication &startReplication(const HuaweiBackup &source,
                                              const HuaweiVault &destinationVault,
                                              const QString &name, const QString &description);

private:
    const SimulatedClock &m_clock;
    QRandomGenerator m_random;
};

} // namespace Copydeck::Sandbox
