#pragma once

#include "ProviderConnection.h"

#include <memory>

namespace Copydeck {

// The connection of a read-only account: reads go to the cloud, and every call that would change
// something there (copy, create, expiry change, cancel) is refused locally, before anything is
// sent, with a CloudError that names the account and says how to allow changes. Made by
// AccountConnections for every account with Account::readOnly set, so no cloud has to know.
class ReadOnlyConnection final : public ProviderConnection
{
public:
    explicit ReadOnlyConnection(std::shared_ptr<ProviderConnection> inner);

    const Account &account() const override;

    QCoro::Task<Result<QList<Location>>> listLocations() override;
    QCoro::Task<Result<BackupPage>> listBackups(Location location, QString pageToken) override;
    QCoro::Task<Result<QList<Location>>> listCopyDestinations(Backup backup) override;
    QCoro::Task<Result<CopyJob>> pollCopy(CopyJob job) override;
    QCoro::Task<Result<std::optional<CopyJob>>> findSentCopy(CopyRequest request,
                                                             QDateTime sentAfter) override;
    QCoro::Task<Result<void>> testConnection() override;

    QCoro::Task<Result<CopyJob>> startCopy(CopyRequest request) override;
    QCoro::Task<Result<CopyJob>> startCreateBackup(CopyRequest request) override;
    QCoro::Task<Result<Backup>> updateExpireTime(Backup backup, QDateTime expireTime) override;
    QCoro::Task<Result<void>> cancelCopy(CopyJob job) override;

    // The refusal every changing call answers, for an account of this name.
    static CloudError refusal(const QString &accountName);

private:
    Q_DISABLE_COPY_MOVE(ReadOnlyConnection)

    // Shared: a forwarded task keeps the inner connection alive while it is suspended.
    const std::shared_ptr<ProviderConnection> m_inner;
};

} // namespace Copydeck
