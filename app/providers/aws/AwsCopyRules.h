#pragma once

#include "core/CopyRequest.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Copydeck {

// What AWS Backup's StartCopyJob would refuse, checked before anything is sent. Each issue names
// the CopyField the dialog shows it beside, in plain words with the numbers involved.
//
//   destination   required; a backup-vault ARN; not the vault the backup is in
//   role ARN      required; arn:aws[-partition]:iam::<12 digits>:role/<path and name>, the part
//                 after "role/" 1 to 512 characters of letters, digits and _+=,.@/- (not ending
//                 in '/')
//   source        a recovery point whose vault name matches ^[a-zA-Z0-9\-\_]{2,50}$; not
//                 continuous; in the COMPLETED state
//   lifecycle     -1 for both days keeps the copy forever, -1 for only one is refused;
//                 DeleteAfterDays 1 to 36500; MoveToColdStorageAfterDays 1 to 36500;
//                 DeleteAfterDays at least MoveToColdStorageAfterDays + 90. As AWS Backup does, the
//                 cold storage rules are not applied to resource types that cannot go cold (it
//                 ignores the setting for them).
class AwsCopyRules final
{
    Q_DECLARE_TR_FUNCTIONS(AwsCopyRules)

public:
    static QList<ValidationIssue> validate(const CopyRequest &request);

    // Whether AWS Backup moves backups of this resource type to cold storage. An empty type is
    // taken as yes, so that the stricter rules apply when the type is not known.
    static bool supportsColdStorage(const QString &resourceType);

    static bool isBackupVaultArn(const QString &arn);
    static bool isIamRoleArn(const QString &arn);
    static bool isVaultName(const QString &name);

    static constexpr int MinDays = 1;
    static constexpr int MaxDays = 36500;
    static constexpr int MinDaysInColdStorage = 90;
};

} // namespace Copydeck
