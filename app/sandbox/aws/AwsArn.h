#pragma once

#include <QString>

#include <optional>

namespace Copydeck::Sandbox {

// Amazon Resource Names the AWS Backup sandbox builds and reads.
class AwsArn final
{
public:
    struct VaultArn
    {
        QString region;
        QString accountId;
        QString name;
    };

    static QString backupVault(const QString &region, const QString &accountId,
                               const QString &name);
    // arn:aws:backup:<region>:<account>:backup-vault:<name>, strictly; nullopt otherwise.
    static std::optional<VaultArn> parseBackupVault(const QString &arn);
    static bool
    isWellFormed(const QString &arn); // arn:<partition>:<service>:<region>:<account>:<rest>
    static bool isIamRole(const QString &arn);
    static bool isValidVaultName(const QString &name);

    // The ARN a recovery point of `resourceType` gets in a vault. `hexId` and `uuid` are fresh
    // random identifiers; each type uses the one its real ARNs look like.
    static QString recoveryPoint(const QString &resourceType, const QString &region,
                                 const QString &accountId, const QString &hexId,
                                 const QString &uuid);
    static QString continuousRecoveryPoint(const QString &region, const QString &accountId,
                                           const QString &dbResourceId, const QString &hexId);
};

} // namespace Copydeck::Sandbox
