#include "AwsBackupJson.h"

#include "AwsBackupVault.h"
#include "AwsCopyJob.h"
#include "AwsRecoveryPoint.h"

namespace Copydeck::Sandbox {

namespace {

constexpr qint64 DayMs = 24LL * 60 * 60 * 1000;

void insertIfSet(QJsonObject &object, const QString &name, const QString &value)
{
    if (!value.isEmpty())
        object.insert(name, value);
}

struct CalculatedLifecycle
{
    std::optional<qint64> moveToColdStorageAtMs;
    std::optional<qint64> deleteAtMs;
};

CalculatedLifecycle calculate(const AwsRecoveryPoint &recoveryPoint)
{
    CalculatedLifecycle result;
    const AwsLifecycle &lifecycle = recoveryPoint.lifecycle;
    if (lifecycle.keepsForever())
        return result;
    if (lifecycle.deleteAfterDays && *lifecycle.deleteAfterDays > 0)
        result.deleteAtMs = recoveryPoint.creationMs + *lifecycle.deleteAfterDays * DayMs;
    if (lifecycle.moveToColdStorageAfterDays && *lifecycle.moveToColdStorageAfterDays > 0
        && supportsColdStorage(recoveryPoint.resourceType)) {
        result.moveToColdStorageAtMs
            = recoveryPoint.creationMs + *lifecycle.moveToColdStorageAfterDays * DayMs;
    }
    return result;
}

} // namespace

QJsonValue AwsBackupJson::timestamp(qint64 epochMs)
{
    return double(epochMs) / 1000.0;
}

QJsonObject AwsBackupJson::lifecycle(const AwsLifecycle &lifecycle)
{
    QJsonObject object;
    if (lifecycle.moveToColdStorageAfterDays)
        object.insert(QStringLiteral("MoveToColdStorageAfterDays"),
                      *lifecycle.moveToColdStorageAfterDays);
    if (lifecycle.deleteAfterDays)
        object.insert(QStringLiteral("DeleteAfterDays"), *lifecycle.deleteAfterDays);
    if (lifecycle.optInToArchiveForSupportedResources)
        object.insert(QStringLiteral("OptInToArchiveForSupportedResources"),
                      *lifecycle.optInToArchiveForSupportedResources);
    return object;
}

QJsonObject AwsBackupJson::backupVaultListMember(const AwsBackupVault &vault,
                                                 qint64 numberOfRecoveryPoints)
{
    QJsonObject object;
    object.insert(QStringLiteral("BackupVaultName"), vault.name);
    object.insert(QStringLiteral("BackupVaultArn"), vault.arn);
    object.insert(QStringLiteral("VaultType"), vault.vaultType);
    object.insert(QStringLiteral("VaultState"), QStringLiteral("AVAILABLE"));
    object.insert(QStringLiteral("CreationDate"), timestamp(vault.creationMs));
    insertIfSet(object, QStringLiteral("EncryptionKeyArn"), vault.encryptionKeyArn);
    insertIfSet(object, QStringLiteral("EncryptionKeyType"), vault.encryptionKeyType);
    object.insert(QStringLiteral("NumberOfRecoveryPoints"), numberOfRecoveryPoints);
    object.insert(QStringLiteral("Locked"), vault.locked);
    if (vault.minRetentionDays)
        object.insert(QStringLiteral("MinRetentionDays"), *vault.minRetentionDays);
    if (vault.maxRetentionDays)
        object.insert(QStringLiteral("MaxRetentionDays"), *vault.maxRetentionDays);
    if (vault.lockMs)
        object.insert(QStringLiteral("LockDate"), timestamp(*vault.lockMs));
    return object;
}

QJsonObject AwsBackupJson::describeBackupVaultOutput(const AwsBackupVault &vault,
                                                     qint64 numberOfRecoveryPoints)
{
    // The same members as a list entry; DescribeBackupVaultOutput only adds optional ones
    // (SourceBackupVaultArn, Mpa*) that the sandbox's vaults do not have.
    return backupVaultListMember(vault, numberOfRecoveryPoints);
}

QJsonObject AwsBackupJson::recoveryPoint(const AwsRecoveryPoint &recoveryPoint, bool describe,
                                         qint64 nowMs)
{
    const AwsRecoveryPoint &rp = recoveryPoint;
    QJsonObject object;
    object.insert(QStringLiteral("RecoveryPointArn"), rp.arn);
    object.insert(QStringLiteral("BackupVaultName"), rp.vaultName);
    object.insert(QStringLiteral("BackupVaultArn"), rp.vaultArn);
    insertIfSet(object, QStringLiteral("SourceBackupVaultArn"), rp.sourceVaultArn);
    object.insert(QStringLiteral("ResourceArn"), rp.resourceArn);
    object.insert(QStringLiteral("ResourceType"), rp.resourceType);
    insertIfSet(object, QStringLiteral("ResourceName"), rp.resourceName);
    if (!rp.createdBy.isEmpty()) {
        QJsonObject creator;
        creator.insert(QStringLiteral("BackupPlanId"), rp.createdBy.backupPlanId);
        creator.insert(QStringLiteral("BackupPlanArn"), rp.createdBy.backupPlanArn);
        insertIfSet(creator, QStringLiteral("BackupPlanName"), rp.createdBy.backupPlanName);
        creator.insert(QStringLiteral("BackupPlanVersion"), rp.createdBy.backupPlanVersion);
        creator.insert(QStringLiteral("BackupRuleId"), rp.createdBy.backupRuleId);
        insertIfSet(creator, QStringLiteral("BackupRuleName"), rp.createdBy.backupRuleName);
        object.insert(QStringLiteral("CreatedBy"), creator);
    }
    insertIfSet(object, QStringLiteral("IamRoleArn"), rp.iamRoleArn);
    object.insert(QStringLiteral("Status"), rp.status);
    insertIfSet(object, QStringLiteral("StatusMessage"), rp.statusMessage);
    object.insert(QStringLiteral("CreationDate"), timestamp(rp.creationMs));
    if (rp.initiationMs)
        object.insert(QStringLiteral("InitiationDate"), timestamp(*rp.initiationMs));
    if (rp.completionMs)
        object.insert(QStringLiteral("CompletionDate"), timestamp(*rp.completionMs));
    object.insert(QStringLiteral("BackupSizeInBytes"), rp.sizeBytes);

    const CalculatedLifecycle calculated = calculate(rp);
    if (calculated.deleteAtMs || calculated.moveToColdStorageAtMs) {
        QJsonObject calculatedObject;
        if (calculated.moveToColdStorageAtMs)
            calculatedObject.insert(QStringLiteral("MoveToColdStorageAt"),
                                    timestamp(*calculated.moveToColdStorageAtMs));
        if (calculated.deleteAtMs)
            calculatedObject.insert(QStringLiteral("DeleteAt"), timestamp(*calculated.deleteAtMs));
        object.insert(QStringLiteral("CalculatedLifecycle"), calculatedObject);
    }
    if (!rp.lifecycle.isEmpty())
        object.insert(QStringLiteral("Lifecycle"), lifecycle(rp.lifecycle));
    insertIfSet(object, QStringLiteral("EncryptionKeyArn"), rp.encryptionKeyArn);
    object.insert(QStringLiteral("IsEncrypted"), !rp.encryptionKeyArn.isEmpty());
    insertIfSet(object, QStringLiteral("EncryptionKeyType"), rp.encryptionKeyType);
    insertIfSet(object, QStringLiteral("ParentRecoveryPointArn"), rp.parentRecoveryPointArn);
    insertIfSet(object, QStringLiteral("CompositeMemberIdentifier"), rp.compositeMemberIdentifier);
    object.insert(QStringLiteral("IsParent"), rp.isParent);
    object.insert(QStringLiteral("VaultType"), QStringLiteral("BACKUP_VAULT"));
    if (describe) {
        const bool cold
            = calculated.moveToColdStorageAtMs && *calculated.moveToColdStorageAtMs <= nowMs;
        object.insert(QStringLiteral("StorageClass"),
                      cold ? QStringLiteral("COLD") : QStringLiteral("WARM"));
    }
    return object;
}

QJsonObject AwsBackupJson::copyJob(const AwsCopyJob &job)
{
    QJsonObject object;
    object.insert(QStringLiteral("AccountId"), job.accountId);
    object.insert(QStringLiteral("CopyJobId"), job.id);
    object.insert(QStringLiteral("SourceBackupVaultArn"), job.sourceVaultArn);
    object.insert(QStringLiteral("SourceRecoveryPointArn"), job.sourceRecoveryPointArn);
    object.insert(QStringLiteral("DestinationBackupVaultArn"), job.destinationVaultArn);
    object.insert(QStringLiteral("DestinationVaultType"), QStringLiteral("BACKUP_VAULT"));
    insertIfSet(object, QStringLiteral("DestinationRecoveryPointArn"),
                job.destinationRecoveryPointArn);
    if (!job.lifecycle.isEmpty())
        object.insert(QStringLiteral("DestinationRecoveryPointLifecycle"),
                      lifecycle(job.lifecycle));
    object.insert(QStringLiteral("ResourceArn"), job.resourceArn);
    object.insert(QStringLiteral("CreationDate"), timestamp(job.creationMs));
    if (job.completionMs)
        object.insert(QStringLiteral("CompletionDate"), timestamp(*job.completionMs));
    object.insert(QStringLiteral("State"), job.state);
    insertIfSet(object, QStringLiteral("StatusMessage"), job.statusMessage);
    object.insert(QStringLiteral("BackupSizeInBytes"), job.sizeBytes);
    object.insert(QStringLiteral("IamRoleArn"), job.iamRoleArn);
    object.insert(QStringLiteral("ResourceType"), job.resourceType);
    insertIfSet(object, QStringLiteral("ResourceName"), job.resourceName);
    insertIfSet(object, QStringLiteral("ParentJobId"), job.parentJobId);
    insertIfSet(object, QStringLiteral("CompositeMemberIdentifier"), job.compositeMemberIdentifier);
    object.insert(QStringLiteral("IsParent"), job.isParent);
    if (job.isParent) {
        object.insert(QStringLiteral("NumberOfChildJobs"), qint64(job.childJobIds.size()));
        QJsonObject counts;
        for (const auto &[state, count] : job.childJobsInState)
            counts.insert(state, count);
        object.insert(QStringLiteral("ChildJobsInState"), counts);
    }
    return object;
}

} // namespace Copydeck::Sandbox
