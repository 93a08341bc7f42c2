#pragma once

#include <QJsonObject>
#include <QJsonValue>

namespace Copydeck::Sandbox {

struct AwsBackupVault;
struct AwsCopyJob;
struct AwsLifecycle;
struct AwsRecoveryPoint;

// The AWS Backup model's output shapes, member names exactly as the service model spells them.
// Timestamps are epoch seconds with milliseconds, as restJson1 bodies carry them.
class AwsBackupJson final
{
public:
    static QJsonValue timestamp(qint64 epochMs);
    static QJsonObject lifecycle(const AwsLifecycle &lifecycle);
    static QJsonObject backupVaultListMember(const AwsBackupVault &vault,
                                             qint64 numberOfRecoveryPoints);
    static QJsonObject describeBackupVaultOutput(const AwsBackupVault &vault,
                                                 qint64 numberOfRecoveryPoints);
    // RecoveryPointByBackupVault; with `describe`, DescribeRecoveryPointOutput (adds StorageClass).
    static QJsonObject recoveryPoint(const AwsRecoveryPoint &recoveryPoint, bool describe,
                                     qint64 nowMs);
    static QJsonObject copyJob(const AwsCopyJob &job);
};

} // namespace Copydeck::Sandbox
