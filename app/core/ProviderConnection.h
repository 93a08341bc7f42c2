#pragma once

#include "Account.h"
#include "Backup.h"
#include "CopyJob.h"
#include "CopyRequest.h"
#include "Result.h"

#include <QDateTime>
#include <QList>

#include <optional>

#include <qcoro/qcorotask.h>

namespace Copydeck {

// One account's live connection to its cloud. Every call is asynchronous and returns a value or a
// CloudError. Arguments are taken by value: a coroutine must not hold references across a suspend.
// The owner keeps the connection alive until every task it started has finished.
class ProviderConnection
{
public:
    virtual ~ProviderConnection() = default;

    virtual const Account &account() const = 0;

    // The places that hold backups (vaults, instances, regions), for the tree.
    virtual QCoro::Task<Result<QList<Location>>> listLocations() = 0;
    // One page of backups in a location; an empty token asks for the first page.
    virtual QCoro::Task<Result<BackupPage>> listBackups(Location location, QString pageToken) = 0;
    // Where a backup may be copied to.
    virtual QCoro::Task<Result<QList<Location>>> listCopyDestinations(Backup backup) = 0;
    // Starts the copy. The returned job carries the cloud's handle.
    virtual QCoro::Task<Result<CopyJob>> startCopy(CopyRequest request) = 0;
    // Asks the cloud where a job is now.
    virtual QCoro::Task<Result<CopyJob>> pollCopy(CopyJob job) = 0;
    // Finds the copy that an interrupted send of this request may have made (Copydeck stopped
    // after writing the request down and before hearing the cloud's answer). A job: the cloud made
    // it, follow that one. Empty: the cloud made nothing, sending again is safe. The default
    // answers empty, which is right for clouds whose start call is idempotent on
    // request.clientToken (AWS); the others look (Spanner: the backup id's operation; Huawei: the
    // region's replication records; Rackspace: the named copy in the target region). `sentAfter`
    // is when the request was written down, before it was sent.
    virtual QCoro::Task<Result<std::optional<CopyJob>>> findSentCopy(CopyRequest request,
                                                                     QDateTime sentAfter);
    // Starts making a new backup (request.operation == CreateBackup), where the cloud can
    // (capabilities().canCreateBackup). Followed like a copy: pollCopy, cancelCopy, findSentCopy.
    virtual QCoro::Task<Result<CopyJob>> startCreateBackup(CopyRequest request);
    // Changes when a backup expires (capabilities().canExtendExpiry); answers the updated backup.
    virtual QCoro::Task<Result<Backup>> updateExpireTime(Backup backup, QDateTime expireTime);
    // Cancels a running copy, where the cloud allows it.
    virtual QCoro::Task<Result<void>> cancelCopy(CopyJob job);
    // One cheap authenticated call, for "Test connection".
    virtual QCoro::Task<Result<void>> testConnection();
};

} // namespace Copydeck
