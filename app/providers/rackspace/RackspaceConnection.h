#pragma once

#include "RackspaceCopyHandle.h"
#include "RackspaceIdentity.h"

#include "core/HttpClient.h"
#include "core/Provider.h"
#include "core/ProviderConnection.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

#include <optional>

namespace Copydeck {

class SecretStore;

// One Rackspace account's connection to Cloud Databases. Signs in through Identity v2.0 (API key
// or password) on first use and again when the token is about to expire or a call answers 401;
// every Cloud Databases URL comes from the token's service catalog.
//
// A copy is followed without a job id: the copy action answers 202 and nothing else, so the job's
// handle (RackspaceCopyHandle) names the target region, the copy's name and when it was sent, and
// pollCopy finds the new backup there (paging as needed), then follows it by id.
class RackspaceConnection final : public ProviderConnection
{
    Q_DECLARE_TR_FUNCTIONS(RackspaceConnection)
    Q_DISABLE_COPY_MOVE(RackspaceConnection)

public:
    RackspaceConnection(Account account, const ProviderContext &context,
                        QProcessEnvironment environment);
    ~RackspaceConnection() override;

    const Account &account() const override { return m_account; }

    QCoro::Task<Result<QList<Location>>> listLocations() override;
    QCoro::Task<Result<BackupPage>> listBackups(Location location, QString pageToken) override;
    QCoro::Task<Result<QList<Location>>> listCopyDestinations(Backup backup) override;
    // Does not validate: the caller checks Provider::validateCopy first.
    QCoro::Task<Result<CopyJob>> startCopy(CopyRequest request) override;
    QCoro::Task<Result<CopyJob>> pollCopy(CopyJob job) override;
    QCoro::Task<Result<std::optional<CopyJob>>> findSentCopy(CopyRequest request,
                                                             QDateTime sentAfter) override;
    QCoro::Task<Result<void>> testConnection() override;

    // ---- for the copy page ----
    QCoro::Task<Result<Backup>> showBackup(Location region, QString backupId);
    // A copy of `original` in `targetRegion`, as far as the listing tells: a backup of the same
    // instance, type and size made after it. Cloud Databases names no source on a copy, so this
    // is a best guess; the cloud's own check is the copy action's 400.
    QCoro::Task<Result<std::optional<Backup>>> findCopyOf(Backup original, QString targetRegion);
    // The ancestors of an incremental backup that have no completed copy in `targetRegion`,
    // oldest first; empty for a full backup or when the parent is already there.
    QCoro::Task<Result<QList<Backup>>> missingAncestors(Backup backup, QString targetRegion);

    // How long a copy may take to appear in the target region before it is reported lost.
    std::chrono::seconds copyAppearTimeout() const { return m_copyAppearTimeout; }

private:
    struct Credentials
    {
        QString username;
        QString secret;
        bool isPassword = false;
        QUrl identityEndpoint;
    };

    QCoro::Task<Result<Credentials>> credentials();
    QCoro::Task<Result<RackspaceToken>> token(bool renew);
    // One Cloud Databases call in `region`: `path` after the catalog URL ("/backups?limit=20").
    // Signs in again once if the token is refused. Returns the body of a 2xx answer.
    // `once`: the request is not idempotent (HttpRequest::idempotent): no automatic resend after
    // a failure that may have been applied (the copy action: the caller looks for the copy
    // before sending again).
    QCoro::Task<Result<QByteArray>> call(QByteArray method, QString region, QString path,
                                         QByteArray body = {}, bool once = false);
    QCoro::Task<Result<HttpResponse>> sendWithToken(QByteArray method, QUrl url, QByteArray body,
                                                    RackspaceToken token, bool once);
    // The backup named `name` in `region` created since `after` (less a little clock slack):
    // the one closest to `after` when several are.
    QCoro::Task<Result<std::optional<Backup>>> findNamed(QString region, QString name,
                                                         QDateTime after);
    Location regionLocation(const QString &region) const;
    // Instance names of every region, read once: a backup's source shows as "orders-db", in its
    // own region and in the regions its copies went to. Best effort: ids stay where it fails.
    QCoro::Task<> loadInstanceNames();
    void nameSources(QList<Backup> &backups) const;
    CopyJob followed(CopyJob job, const Backup &copy) const;

    Account m_account;
    SecretStore *m_secrets;
    QProcessEnvironment m_environment;
    HttpClient m_http;
    int m_pageSize;
    std::chrono::seconds m_copyAppearTimeout;
    std::optional<RackspaceToken> m_token;
    QHash<QString, QString> m_instanceNames; // instance id -> name, every region
    bool m_instanceNamesLoaded = false;
};

} // namespace Copydeck
