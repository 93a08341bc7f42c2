#include "ProviderConnection.h"

#include <QCoreApplication>

namespace Copydeck {

QCoro::Task<Result<std::optional<CopyJob>>> ProviderConnection::findSentCopy(CopyRequest, QDateTime)
{
    co_return std::optional<CopyJob>();
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
