#include "ProviderConnection.h"

#include <QCoreApplication>

namespace Copydeck {

QCoro::Task<Result<std::optional<CopyJob>>> ProviderConnection::findSentCopy(CopyRequest, QDateTime)
{
    co_return std::optional<CopyJob>();
}

QCoro::Task<Result<CopyJob>> ProviderConnection::startCreateBackup(CopyRequest)
{
    co_return CloudError::local(QCoreApplication::translate(
        "ProviderConnection", "This cloud cannot make a backup on demand."));
}

QCoro::Task<Result<Backup>> ProviderConnection::updateExpireTime(Backup, QDateTime)
{
    co_return CloudError::local(QCoreApplication::translate(
        "ProviderConnection", "This cloud cannot change when a backup expires."));
}

QCoro::Task<Result<void>> ProviderConnection::cancelCopy(CopyJob)
{
    co_return CloudError::local(
        QCoreApplication::translate("ProviderConnection", "This cloud cannot cancel a copy."));
}

QCoro::Task<Result<void>> ProviderConnection::testConnection()
{
    auto locations = co_await listLocations();
    if (!locations)
        co_return locations.error();
    co_return Result<void>();
}

} // namespace Copydeck
