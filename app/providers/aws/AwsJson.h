#pragma once

#include "core/Backup.h"
#include "core/CopyJob.h"
#include "core/CopyRequest.h"
#include "core/Location.h"
#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace Copydeck {

// The AWS Backup wire format (restJson1) to and from Copydeck's values. Pure functions, no I/O.
//
// Recovery point Status -> BackupState:
//   COMPLETED, AVAILABLE -> Available     CREATING -> Creating     EXPIRED -> Expired
//   DELETING -> Deleting                  PARTIAL, STOPPED -> Failed
// PARTIAL (only some resources of a composite backup were saved) and STOPPED (a continuous backup
// that no longer records) are not whole, current backups: they show as Failed, with the cloud's
// own word kept in Backup::rawState. Anything else is Unknown.
//
// Copy job State -> CopyJobState: CREATED, RUNNING, COMPLETED, FAILED, PARTIAL map one to one. A
// state this version does not know reads as Running, so the job keeps being followed and its raw
// state is shown.
class AwsJson final
{
    Q_DECLARE_TR_FUNCTIONS(AwsJson)

public:
    struct VaultPage
    {
        QList<Location> vaults;
        QString nextToken;
    };

    // Epoch seconds with a fraction (1516925490.087); an ISO 8601 string is accepted too.
    // Invalid QDateTime when absent or unreadable.
    static QDateTime timestamp(const QJsonValue &value);
    static BackupState recoveryPointState(const QString &status);
    static CopyJobState copyJobState(const QString &state);
    // "AWS owned key", or the tail of the KMS key ARN.
    static QString encryptionText(const QJsonObject &recoveryPoint);
    // A percent-encoded path segment: everything but A-Z a-z 0-9 - . _ ~ is encoded, so an ARN
    // becomes "arn%3Aaws%3Abackup%3A...".
    static QByteArray pathSegment(const QString &value);

    // BackupVaultListMember -> Location. `accountId` is Copydeck's account id.
    static Location vault(const QJsonObject &member, const QString &region,
                          const QString &accountId);
    // RecoveryPointByBackupVault -> Backup, listed in `vault`.
    static Backup recoveryPoint(const QJsonObject &member, const Location &vault);
    // Copy job members (DescribeCopyJob's "CopyJob") onto `job`; members that are absent leave
    // the job's values alone.
    static void applyCopyJob(const QJsonObject &copyJob, CopyJob &job);
    // "cold storage after 30 days, deleted after 120 days", "kept forever", ...
    static QString lifecycleText(const QJsonObject &lifecycle);

    // Whole response bodies. A body that is not a JSON object is a Protocol error.
    static Result<QJsonObject> object(const QByteArray &body);
    static Result<VaultPage> vaultPage(const QByteArray &body, const QString &region,
                                       const QString &accountId);
    static Result<BackupPage> recoveryPointPage(const QByteArray &body, const Location &vault);
    // StartCopyJob's answer onto `job` (remoteId, created, isParent).
    static Result<CopyJob> startedCopyJob(const QByteArray &body, CopyJob job);
    // DescribeCopyJob's answer onto `job`.
    static Result<CopyJob> describedCopyJob(const QByteArray &body, CopyJob job);

    // The StartCopyJob body. Empty strings are left out; Lifecycle carries only the members that
    // are set, and is left out when neither is.
    static QByteArray startCopyJobBody(const CopyRequest &request, const QString &idempotencyToken);
};

} // namespace Copydeck
