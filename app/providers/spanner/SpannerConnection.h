#pragma once

#include "SpannerCredentialResolver.h"

#include "auth/GoogleTokenSource.h"
#include "core/HttpClient.h"
#include "core/Provider.h"
#include "core/ProviderConnection.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

namespace Copydeck {

class Clock;
class SecretStore;

// One Google account's connection to the Cloud Spanner Admin API (REST v1, JSON, OAuth 2.0
// bearer tokens from GoogleTokenSource). Locations are the instances of the account's projects;
// copies and creates are long-running operations followed by their name. A 401 makes it fetch a
// new token and send once more. Calls do not validate: the caller checks Provider::validateCopy.
class SpannerConnection final : public ProviderConnection
{
    Q_DECLARE_TR_FUNCTIONS(SpannerConnection)
    Q_DISABLE_COPY_MOVE(SpannerConnection)

public:
    // An operation listing page (backupOperations.list), each operation as a job.
    struct OperationPage
    {
        QList<CopyJob> operations;
        QString nextPageToken;
    };

    // How far before `sentAfter` an operation may have started and still be the one a request
    // made (the two clocks differ).
    static constexpr qint64 ClockSkewSeconds = 300;

    SpannerConnection(Account account, const ProviderContext &context,
                      SpannerCredentialResolver resolver, const Clock *clock);
    ~SpannerConnection() override;

    const Account &account() const override { return m_account; }

    QCoro::Task<Result<QList<Location>>> listLocations() override;
    // The account's backup filter applies (settings["backupFilter"]).
    QCoro::Task<Result<BackupPage>> listBackups(Location location, QString pageToken) override;
    // Every instance of the account's projects (a copy may stay in its own instance).
    QCoro::Task<Result<QList<Location>>> listCopyDestinations(Backup backup) override;
    QCoro::Task<Result<CopyJob>> startCopy(CopyRequest request) override;
    QCoro::Task<Result<CopyJob>> startCreateBackup(CopyRequest request) override;
    QCoro::Task<Result<CopyJob>> pollCopy(CopyJob job) override;
    QCoro::Task<Result<void>> cancelCopy(CopyJob job) override;
    // The backup id's operation in the destination instance (backupOperations.list), else the
    // operations of the backup itself; a backup that exists without one is a finished job.
    QCoro::Task<Result<std::optional<CopyJob>>> findSentCopy(CopyRequest request,
                                                             QDateTime sentAfter) override;
    QCoro::Task<Result<Backup>> updateExpireTime(Backup backup, QDateTime expireTime) override;
    QCoro::Task<Result<void>> testConnection() override;

    // Spanner's own calls, for its dialogs.
    // backups.list with a filter in Google's syntax ("state:READY", "create_time > ...").
    QCoro::Task<Result<BackupPage>> listBackupsFiltered(Location instance, QString filter,
                                                        QString pageToken);
    // The databases of an instance, each shaped as the source of a create request.
    QCoro::Task<Result<QList<Backup>>> listDatabases(Location instance);
    // backupOperations.list of an instance, newest first, with a filter in Google's syntax.
    QCoro::Task<Result<OperationPage>> listOperations(Location instance, QString filter,
                                                      QString pageToken);
    // The regions a customer-managed key set has to cover for an instance configuration
    // ("projects/P/instanceConfigs/C"): its read-write and read-only replicas' locations.
    QCoro::Task<Result<QStringList>> instanceConfigRegions(QString config);
    // The account's projects (see SpannerAccountSettings.h).
    QCoro::Task<Result<QStringList>> projects();

    GoogleTokenSource &tokens() { return *m_tokens; }

private:
    // One Admin API call: `path` is the part after "v1/" (resource names unescaped), retried
    // under the policy, errors mapped. Returns the body of the successful answer.
    QCoro::Task<Result<QByteArray>> call(QByteArray method, QString path,
                                         QList<std::pair<QString, QString>> query = {},
                                         QByteArray body = {});
    QCoro::Task<Result<QJsonObject>> callJson(QByteArray method, QString path,
                                              QList<std::pair<QString, QString>> query = {},
                                              QByteArray body = {});
    QCoro::Task<Result<CopyJob>> startOperation(CopyJob job, QString path,
                                                QList<std::pair<QString, QString>> query,
                                                QByteArray body);
    QCoro::Task<Result<QList<Location>>> listInstances(QString project, int limit);
    CopyJob jobFor(const CopyRequest &request) const;

    Account m_account;
    SecretStore *m_secrets;
    SpannerCredentialResolver m_resolver;
    const Clock *m_clock;
    HttpClient m_http;
    std::unique_ptr<GoogleTokenSource> m_tokens;
    int m_pageSize;
    std::optional<QString> m_credentialProject;
};

} // namespace Copydeck
