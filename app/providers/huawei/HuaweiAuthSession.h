#pragma once

#include "auth/HuaweiCredentials.h"
#include "core/Account.h"
#include "core/HttpClient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QProcessEnvironment>
#include <QUrl>

#include <optional>

namespace Copydeck {

class SecretStore;

// How one Huawei account signs in (HuaweiAccountSettings.h): its endpoints per region, its
// credentials (read once from the SecretStore or the environment), its project per region, and
// for an IAM user a token per project, fetched from IAM and renewed before it runs out. Hands out
// a Prepare step that authorises each attempt of a request (a fresh signature, or the token).
class HuaweiAuthSession final
{
    Q_DECLARE_TR_FUNCTIONS(HuaweiAuthSession)
    Q_DISABLE_COPY_MOVE(HuaweiAuthSession)

public:
    HuaweiAuthSession(Account account, SecretStore *secrets, QProcessEnvironment environment,
                      HttpClient &http);

    QUrl cbrEndpoint(const QString &region) const;
    QUrl iamEndpoint() const;

    // The account's project in `region`: from its settings, else through IAM.
    QCoro::Task<Result<QString>> projectId(QString region);
    // region -> project id, for every region IAM lists (settings win).
    QCoro::Task<Result<QHash<QString, QString>>> projects();
    // Authorises requests to CBR in `region` for `projectId`.
    QCoro::Task<Result<HttpClient::Prepare>> authorizer(QString region, QString projectId);

    // For tests: how many tokens were fetched from IAM.
    int tokensFetched() const { return m_tokensFetched; }
    // The regions to list when the account names none: the environment's project's, else all.
    QString environmentProjectId() const;

    // Whether a token issued at `issued` and ending at `expires` should be renewed at `now`: when
    // less than a quarter of its life, or an hour, is left.
    static bool needsRenewal(const QDateTime &issued, const QDateTime &expires,
                             const QDateTime &now);

private:
    struct Token
    {
        QByteArray value;
        QString projectId;
        QDateTime issued;
        QDateTime expires;
    };

    QCoro::Task<Result<void>> loadCredentials();
    // A token scoped to the project named `region`, or to the domain when `region` is empty.
    QCoro::Task<Result<Token>> token(QString region);
    QCoro::Task<Result<Token>> fetchToken(QString region);
    QCoro::Task<Result<HttpClient::Prepare>> iamAuthorizer();

    Account m_account;
    SecretStore *m_secrets;
    QProcessEnvironment m_environment;
    HttpClient &m_http;
    bool m_credentialsLoaded = false;
    HuaweiCredentials m_keys;
    QByteArray m_password;
    QHash<QString, Token> m_tokens; // region ("" = domain) -> token
    std::optional<QHash<QString, QString>> m_iamProjects;
    int m_tokensFetched = 0;
};

} // namespace Copydeck
