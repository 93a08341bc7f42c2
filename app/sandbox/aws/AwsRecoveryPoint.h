#pragma once

#include "AwsLifecycle.h"

#include <QString>

#include <optional>

namespace Copydeck::Sandbox {

// The backup plan that made a recovery point (RecoveryPointCreator); empty for on-demand backups
// and copies.
struct AwsRecoveryPointCreator
{
    QString backupPlanId;
    QString backupPlanArn;
    QString backupPlanName;
    QString backupPlanVersion;
    QString backupRuleId;
    QString backupRuleName;

    bool isEmpty() const { return backupPlanId.isEmpty(); }
};

// A recovery point in a vault.
struct AwsRecoveryPoint
{
    QString arn;
    QString accountId;
    QString region;
    QString vaultName;
    QString vaultArn;
    QString sourceVaultArn; // set on copies
    QString resourceArn;
    QString resourceType; // RDS, Aurora, EBS, DynamoDB, EFS, EC2, S3, CloudFormation
    QString resourceName;
    AwsRecoveryPointCreator createdBy;
    QString iamRoleArn;
    QString status; // COMPLETED | PARTIAL | DELETING | EXPIRED | AVAILABLE | STOPPED | CREATING
    QString statusMessage;
    qint64 creationMs = 0;
    std::optional<qint64> initiationMs;
    std::optional<qint64> completionMs;
    qint64 sizeBytes = 0;
    AwsLifecycle lifecycle;
    QString encryptionKeyArn;
    QString encryptionKeyType;
    bool continuous = false; // point-in-time recovery; cannot be copied

    // A composite recovery point (a CloudFormation stack's) groups nested ones in the same vault.
    bool isParent = false;
    QString parentRecoveryPointArn; // set on a nested recovery point
    QString compositeMemberIdentifier; // a nested one's logical ID within the stack

    // What a copy of this recovery point does at the end: FAILED with this message when set.
    QString copyFailureMessage;
};

// Resource types that can move to cold storage; AWS Backup ignores MoveToColdStorageAfterDays for
// the others.
bool supportsColdStorage(const QString &resourceType);

} // namespace Copydeck::Sandbox
