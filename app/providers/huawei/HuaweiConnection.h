#pragma once

#include "HuaweiAuthSession.h"
#include "HuaweiJson.h"

#include "core/HttpClient.h"
#include "core/Provider.h"
#include "core/ProviderConnection.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QProcessEnvironment>

#include <memory>

namespace Copydeck {

// One Huawei Cloud account's connection to CBR v3, region by region (each region its endpoint and
// project). Replicate starts a copy; the copy is followed through the source project's operation
// logs (operation_type=replication), matched by source backup and destination region, and the
// source backup's replication record when no log is there yet.
class HuaweiConnection final : public ProviderConnection
{
    Q_DECLARE_TR_FUNCTIONS(HuaweiConnection)
    Q_DISABLE_COPY_MOVE(HuaweiConnection)

public:
    // A region a backup may be replicated to, as the copy dialog offers it.
    struct ReplicationTarget
    {
        QString region;
        QString projectId;
        QList<Location> vaults; // replication vaults there
        QString unavailableReason; // set: offered, but not choosable
    };

    HuaweiConnection(Account account, const ProviderContext &context,
                     QProcessEnvironment environment);
    ~HuaweiConnection() override;

    const Account &account() const override { return m_account; }

    QCoro::Task<Result<QList<Location>>> listLocations() override;
    QCoro::Task<Result<BackupPage>> listBackups(Location location, QString pageToken) override;
    // Replication vaults of every region the backup's region may replicate to, except regions
    // that already hold (or are receiving) a replica of it.
    QCoro::Task<Result<QList<Location>>> listCopyDestinations(Backup backup) override;
    // Does not validate: the caller checks Provider::validateCopy first.
    QCoro::Task<Result<CopyJob>> startCopy(CopyRequest request) override;
    QCoro::Task<Result<CopyJob>> pollCopy(CopyJob job) override;
    QCoro::Task<Result<std::optional<CopyJob>>> findSentCopy(CopyRequest request,
                                                             QDateTime sentAfter) override;
    QCoro::Task<Result<void>> testConnection() override;

    // Every region the backup's region may replicate to, with its project and replication vaults,
    // and why a region cannot take this backup (it already holds a replica of it).
    QCoro::Task<Result<QList<ReplicationTarget>>> replicationTargets(Backup backup);
    // The backup as CBR shows it now (with its replication records).
    QCoro::Task<Result<Backup>> showBackup(Backup backup);

    HuaweiAuthSession &session() { return *m_session; }

private:
    // One CBR call in `region` for `projectId`: `path` follows /v3/{project_id}. Returns the body
    // of the successful answer. `idempotent` false: never sent twice by itself (replicate).
    QCoro::Task<Result<QByteArray>> call(QByteArray method, QString region, QString projectId,
                                         QString path, QList<std::pair<QString, QString>> query,
                                         QByteArray body = {}, bool idempotent = true);
    QCoro::Task<Result<QList<HuaweiJson::Vault>>> vaults(QString region, QString protectType);
    QCoro::Task<Result<QStringList>> regions();
    QCoro::Task<Result<QJsonObject>> showBackupJson(QString region, QString projectId,
                                                    QString backupId);

    Account m_account;
    HttpClient m_http;
    std::unique_ptr<HuaweiAuthSession> m_session;
    int m_pageSize;
};

} // namespace Copydeck
