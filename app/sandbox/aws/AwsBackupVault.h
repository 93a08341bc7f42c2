#pragma once

#include <QString>

#include <optional>

namespace Copydeck::Sandbox {

// A backup vault: belongs to one account in one region.
struct AwsBackupVault
{
    QString accountId;
    QString region;
    QString name;
    QString arn; // arn:aws:backup:<region>:<account>:backup-vault:<name>
    qint64 creationMs = 0;
    QString encryptionKeyArn;
    QString encryptionKeyType; // AWS_OWNED_KMS_KEY | CUSTOMER_MANAGED_KMS_KEY
    QString vaultType = QStringLiteral("BACKUP_VAULT");
    bool locked = false;
    std::optional<qint64> minRetentionDays;
    std::optional<qint64> maxRetentionDays;
    std::optional<qint64> lockMs;
};

} // namespace Copydeck::Sandbox
