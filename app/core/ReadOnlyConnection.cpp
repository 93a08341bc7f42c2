#include "ReadOnlyConnection.h"

#include <QCoreApplication>

#include <utility>

namespace Copydeck {

namespace {

// The forwarding coroutines hold the inner connection by value, so the decorator may go (the
// accounts changed) while a read is still on its way.
QCoro::Task<Result<QList<Location>>> forwardLocations(std::shared_ptr<ProviderConnection> inner)
{
    co_return co_await inner->listLocations();
}

QCoro::Task<Result<BackupPage>> forwardBackups(std::shared_ptr<ProviderConnection> inner,
                                               Location location, QString pageToken)
{
    co_return co_await inner->listBackups(std::move(location), std::move(pageToken));
}

QCoro::Task<Result<QList<Location>>> forwardDestinations(std::shared_ptr<ProviderConnection> inner,
                                                         Backup backup)
{
    co_return co_await inner->listCopyDestinations(std::move(backup));
}

QCoro::Task<Result<CopyJob>> forwardPoll(std::shared_ptr<ProviderConnection> inner, CopyJob job)
{
    co_return co_await inner->pollCopy(std::move(job));
}

QCoro::Task<Result<std::optional<CopyJob>>>
forwardFindSent(std::shared_ptr<ProviderConnection> inner, CopyRequest request, QDateTime after)
{
    co_return co_await inner->findSentCopy(std::move(request), std::move(after));
}

QCoro::Task<Result<void>> forwardTest(std::shared_ptr<ProviderConnection> inner)
{
    co_return co_await inner->testConnection();
}

} // namespace

ReadOnlyConnection::ReadOnlyConnection(std::shared_ptr<ProviderConnection> inner)
    : m_inner(std::move(inner))
{ }

const Account &ReadOnlyConnection::account() const
{
    return m_inner->account();
}

CloudError ReadOnlyConnection::refusal(const QString &accountName)
{
    return CloudError::local(
        QCoreApplication::translate(
            "ReadOnlyConnection",
            "%1 is read-only: Copydeck does not change anything in its cloud.")
            .arg(accountName),
        QCoreApplication::translate("ReadOnlyConnection",
                                    "To allow changes, open Accounts…, select %1 and clear "
                                    "\"Read-only\".")
            .arg(accountName));
}

QCoro::Task<Result<QList<Location>>> ReadOnlyConnection::listLocations()
{
    return forwardLocations(m_inner);
}

QCoro::Task<Result<BackupPage>> ReadOnlyConnection::listBackups(Location location,
                                                                QString pageToken)
{
    return forwardBackups(m_inner, std::move(location), std::move(pageToken));
}

QCoro::Task<Result<QList<Location>>> ReadOnlyConnection::listCopyDestinations(Backup backup)
{
    return forwardDestinations(m_inner, std::move(backup));
}

QCoro::Task<Result<CopyJob>> ReadOnlyConnection::pollCopy(CopyJob job)
{
    return forwardPoll(m_inner, std::move(job));
}

QCoro::Task<Result<std::optional<CopyJob>>> ReadOnlyConnection::findSentCopy(CopyRequest request,
                                                                             QDateTime sentAfter)
{
    return forwardFindSent(m_inner, std::move(request), std::move(sentAfter));
}

QCoro::Task<Result<void>> ReadOnlyConnection::testConnection()
{
    return forwardTest(m_inner);
}

// The refusals copy the name before they are started, so they never read `this` later.

QCoro::Task<Result<CopyJob>> ReadOnlyConnection::startCopy(CopyRequest)
{
    const CloudError error = refusal(account().name);
    co_return error;
}

QCoro::Task<Result<CopyJob>> ReadOnlyConnection::startCreateBackup(CopyRequest)
{
    const CloudError error = refusal(account().name);
    co_return error;
}

QCoro::Task<Result<Backup>> ReadOnlyConnection::updateExpireTime(Backup, QDateTime)
{
    const CloudError error = refusal(account().name);
    co_return error;
}

QCoro::Task<Result<void>> ReadOnlyConnection::cancelCopy(CopyJob)
{
    const CloudError error = refusal(account().name);
    co_return error;
}

} // namespace Copydeck
