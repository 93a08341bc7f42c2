#pragma once

#include "AwsCredentialResolver.h"
#include "AwsResolvedAccount.h"

#include "core/HttpClient.h"
#include "core/Provider.h"
#include "core/ProviderConnection.h"

#include <QCoreApplication>
#include <QUrlQuery>

#include <optional>

namespace Copydeck {

class SecretStore;

// One AWS account's connection to AWS Backup (restJson1 over HTTPS, SigV4 for service "backup").
// Credentials and endpoints are resolved on the first call and kept. Each request is signed for
// the region it concerns; with an endpoint override the same endpoint serves every region.
class AwsConnection final : public ProviderConnection
{
    Q_DECLARE_TR_FUNCTIONS(AwsConnection)
    Q_DISABLE_COPY_MOVE(AwsConnection)

public:
    AwsConnection(Account account, const ProviderContext &context, AwsCredentialResolver resolver);
    ~AwsConnection() override;

    const Account &account() const override { return m_account; }

    QCoro::Task<Result<QList<Location>>> listLocations() override;
    QCoro::Task<Result<BackupPage>> listBackups(Location location, QString pageToken) override;
    QCoro::Task<Result<QList<Location>>> listCopyDestinations(Backup backup) override;
    // Does not validate: the caller checks Provider::validateCopy first.
    QCoro::Task<Result<CopyJob>> startCopy(CopyRequest request) override;
    QCoro::Task<Result<CopyJob>> pollCopy(CopyJob job) override;
    QCoro::Task<Result<void>> testConnection() override;

    // The account as resolved (credentials, regions, endpoint); resolves on first use.
    QCoro::Task<Result<AwsResolvedAccount>> resolvedAccount();

private:
    // One AWS Backup call: signed for `region`, retried under the policy, errors mapped.
    // `path` is already percent-encoded. Returns the body of the successful answer.
    QCoro::Task<Result<QByteArray>> call(QByteArray method, QString region, QByteArray path,
                                         QList<std::pair<QString, QString>> query,
                                         QByteArray body = {});
    QCoro::Task<Result<QList<Location>>> listVaults(QString region, int limit);
    QString regionOf(const Location &location) const;

    Account m_account;
    SecretStore *m_secrets;
    AwsCredentialResolver m_resolver;
    HttpClient m_http;
    int m_pageSize;
    std::optional<AwsResolvedAccount> m_resolved;
};

} // namespace Copydeck
