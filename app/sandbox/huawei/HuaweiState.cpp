#include "HuaweiState.h"

#include "HuaweiSandboxLogging.h"
#include "sandbox/SimulatedClock.h"

#include <algorithm>

namespace Copydeck::Sandbox {

HuaweiState::HuaweiState(const SimulatedClock &clock, quint32 seed)
    : m_clock(clock)
    , m_random(seed ^ 0x48574331u)
{ }

QString HuaweiState::newUuid()
{
    const auto hex = [this](int digits) { return newHexId(digits); };
    return hex(8) + QLatin1Char('-') + hex(4) + QLatin1String("-4") + hex(3) + QLatin1Char('-')
        + QLatin1Char("89ab"[m_random.bounded(4)]) + hex(3) + QLatin1Char('-') + hex(12);
}

QString HuaweiState::newHexId(int digits)
{
    static constexpr char hex[] = "0123456789abcdef";
    QString id;
    id.reserve(digits);
    for (int i = 0; i < digits; ++i)
        id.append(QLatin1Char(hex[m_random.bounded(16)]));
    return id;
}

QStringList HuaweiState::regions() const
{
    QStringList result;
    for (const HuaweiProject &p : projects)
        result << p.region;
    return result;
}

const HuaweiProject *HuaweiState::project(const QString &id) const
{
    for (const HuaweiProject &p : projects) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

const HuaweiProject *HuaweiState::projectInRegion(const QString &region) const
{
    for (const HuaweiProject &p : projects) {
        if (p.region == region)
            return &p;
    }
    return nullptr;
}

const HuaweiVault *HuaweiState::vault(const QString &id) const
{
    for (const HuaweiVault &v : vaults) {
        if (v.id == id)
            return &v;
    }
    return nullptr;
}

HuaweiBackup *HuaweiState::backup(const QString &id)
{
    for (HuaweiBackup &b : backups) {
        if (b.id == id)
            return &b;
    }
    return nullptr;
}

const HuaweiReplication *HuaweiState::replicationByRecord(const QString &recordId) const
{
    for (const HuaweiReplication &r : replications) {
        if (r.recordId == recordId)
            return &r;
    }
    return nullptr;
}

const HuaweiReplication *HuaweiState::replicationByOperationLog(const QString &id) const
{
    for (const HuaweiReplication &r : replications) {
        if (r.operationLogId == id)
            return &r;
    }
    return nullptr;
}

QList<const HuaweiReplication *> HuaweiState::replicationsOf(const QString &sourceBackupId) const
{
    QList<const HuaweiReplication *> result;
    for (const HuaweiReplication &r : replications) {
        if (r.sourceBackupId == sourceBackupId)
            result << &r;
    }
    return result;
}

bool HuaweiState::hasReplicaIn(const QString &sourceBackupId, const QString &region) const
{
    for (const HuaweiReplication &r : replications) {
        if (r.sourceBackupId != sourceBackupId || r.destinationRegion != region)
            continue;
        if (r.recordStatus == QLatin1String("fail"))
            continue; // a failed replication left no replica
        const bool replicaExists
            = std::any_of(backups.cbegin(), backups.cend(),
                          [&r](const HuaweiBackup &b) { return b.id == r.destinationBackupId; });
        if (replicaExists)
            return true;
    }
    return false;
}

const HuaweiReplication &HuaweiState::startReplication(const HuaweiBackup &source,
                                                       const HuaweiVault &destinationVault,
                                                       const QString &name,
                                                       const QString &description)
{
    const qint64 nowMs = m_clock.wallMs();
    const qint64 nowSim = m_clock.simulatedMs();
    const qint64 bytes = qint64(source.resourceSizeGb) * 1024 * 1024 * 1024;
    const qint64 duration = std::max(MinimumMs, bytes / BytesPerSecond * 1000);
    const HuaweiVault *sourceVault = vault(source.vaultId);

    HuaweiReplication r;
    r.recordId = newUuid();
    r.operationLogId = newUuid();
    r.requestId = QStringLiteral("req-") + newUuid();
    r.taskId = newUuid();
    r.sourceBackupId = source.id;
    r.sourceCheckpointId = source.checkpointId;
    r.sourceBackupName = source.name;
    r.sourceProjectId = source.projectId;
    r.sourceRegion = source.region;
    r.sourceVaultId = source.vaultId;
    r.sourceVaultName = sourceVault ? sourceVault->name : QString();
    r.destinationBackupId = newUuid();
    r.destinationCheckpointId = newUuid();
    r.destinationBackupName = name.isEmpty() ? source.name : name;
    r.destinationProjectId = destinationVault.projectId;
    r.destinationRegion = destinationVault.region;
    r.destinationVaultId = destinationVault.id;
    r.providerId = QStringLiteral("0daac4c5-6707-4851-97ba-169e36266b66");
    r.failCode = source.replicationFailCode;
    r.failReason = source.replicationFailReason;
    r.createdMs = nowMs;
    r.updatedMs = nowMs;
    r.startSimMs = nowSim + std::min<qint64>(1000, duration / 5);
    r.endSimMs = r.startSimMs + duration;

    HuaweiBackup replica = source;
    replica.id = r.destinationBackupId;
    replica.checkpointId = r.destinationCheckpointId;
    replica.name = r.destinationBackupName;
    replica.description = description;
    replica.projectId = destinationVault.projectId;
    replica.region = destinationVault.region;
    replica.vaultId = destinationVault.id;
    replica.imageType = QStringLiteral("replication");
    replica.status = QStringLiteral("protecting");
    replica.createdMs = nowMs;
    replica.updatedMs = nowMs;
    replica.resourceAz = destinationVault.region + QStringLiteral("a");
    replica.replicationRecordId = r.recordId;
    replica.replicationFailCode.clear();
    replica.replicationFailReason.clear();
    backups.append(replica);
    replications.append(r);
    qCDebug(lcSandboxHuawei) << "replication" << r.recordId << "of" << source.id << "to"
                             << r.destinationRegion;
    return replications.constLast();
}

void HuaweiState::settle()
{
    const qint64 nowSim = m_clock.simulatedMs();
    for (HuaweiReplication &r : replications) {
        if (r.taskStatus == QLatin1String("success") || r.taskStatus == QLatin1String("failed"))
            continue;
        if (nowSim < r.startSimMs)
            continue;
        if (r.startedMs == 0) {
            r.startedMs = m_clock.wallMsAt(r.startSimMs);
            r.updatedMs = r.startedMs;
        }
        if (nowSim < r.endSimMs) {
            const double done = double(nowSim - r.startSimMs)
                / double(std::max<qint64>(1, r.endSimMs - r.startSimMs));
            r.recordStatus = QStringLiteral("replicating");
            r.taskStatus = QStringLiteral("running");
            r.progress = std::clamp(int(done * 100.0), 0, 99);
            r.updatedMs = m_clock.wallMs();
            continue;
        }
        r.endedMs = m_clock.wallMsAt(r.endSimMs);
        r.updatedMs = r.endedMs;
        const bool failed = !r.failCode.isEmpty();
        r.recordStatus = failed ? QStringLiteral("fail") : QStringLiteral("success");
        r.taskStatus = failed ? QStringLiteral("failed") : QStringLiteral("success");
        if (!failed)
            r.progress = 100;
        if (failed) {
            backups.removeIf([&r](const HuaweiBackup &b) { return b.id == r.destinationBackupId; });
        } else if (HuaweiBackup *replica = backup(r.destinationBackupId)) {
            replica->status = QStringLiteral("available");
            replica->updatedMs = r.endedMs;
            replica->replicationRecordId.clear();
        }
    }
}

} // namespace Copydeck::Sandbox
