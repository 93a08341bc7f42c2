#pragma once

#include <QString>
#include <QStringList>

namespace Copydeck::Sandbox {

// What the sandbox's Huawei Cloud holds: one domain (account) with a project per region, CBR vaults
// and backups in each, and the replications between regions. Times are wall-clock milliseconds
// (shown to clients); *SimMs fields are simulated time (they measure progress).

struct HuaweiProject
{
    QString id; // 32 hex digits
    QString name; // the region's name, as Huawei names a region's default project
    QString region;
};

struct HuaweiVault
{
    QString id;
    QString name;
    QString projectId;
    QString region;
    QString protectType; // backup | replication
    QString objectType = QStringLiteral("server");
    QString status = QStringLiteral("available");
    int sizeGb = 100;
    qint64 createdMs = 0;
};

struct HuaweiBackup
{
    QString id;
    QString checkpointId;
    QString name;
    QString description;
    QString projectId;
    QString region;
    QString vaultId;
    QString imageType = QStringLiteral("backup"); // backup | replication (a replica)
    QString resourceId;
    QString resourceName;
    QString resourceType = QStringLiteral("OS::Nova::Server");
    QString resourceAz;
    QString status = QStringLiteral("available");
    int resourceSizeGb = 40;
    qint64 createdMs = 0;
    qint64 updatedMs = 0;
    qint64 expiredMs = 0; // 0: kept until deleted
    bool encrypted = false;
    // A replica being made: the replication that makes it (empty once made or when seeded).
    QString replicationRecordId;
    // Seeded trouble: a replication of this backup fails at its end with this code and reason.
    QString replicationFailCode;
    QString replicationFailReason;
};

// One replication: its record on the source backup and its task in the operation logs.
struct HuaweiReplication
{
    QString recordId;
    QString operationLogId;
    QString requestId;
    QString taskId;
    QString sourceBackupId;
    QString sourceCheckpointId;
    QString sourceBackupName;
    QString sourceProjectId;
    QString sourceRegion;
    QString sourceVaultId;
    QString sourceVaultName;
    QString destinationBackupId;
    QString destinationCheckpointId;
    QString destinationBackupName;
    QString destinationProjectId;
    QString destinationRegion;
    QString destinationVaultId;
    QString providerId;
    QString failCode; // set: fails at endSimMs
    QString failReason;
    qint64 createdMs = 0;
    qint64 startSimMs = 0; // waiting until then
    qint64 endSimMs = 0;
    // Brought up to now by HuaweiState::settle().
    QString recordStatus = QStringLiteral("waiting_replicate");
    QString taskStatus = QStringLiteral("waiting");
    int progress = 0;
    qint64 startedMs = 0;
    qint64 endedMs = 0;
    qint64 updatedMs = 0;
};

} // namespace Copydeck::Sandbox
