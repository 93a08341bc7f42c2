#pragma once

#include "GoogleCredentials.h"

#include "core/HttpClient.h"
#include "core/Result.h"
#include "core/RetryPolicy.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QObject>

#include <functional>
#include <optional>

#include <qcoro/qcorotask.h>

class QNetworkAccessManager;

namespace Copydeck {

class Clock;

// OAuth 2.0 access tokens for one Google credential: the JWT-bearer grant for a service account,
// the refresh-token grant for an authorized user, each sent to the credential's token_uri. A token
// is kept until RefreshMarginSeconds before it expires; however many callers ask meanwhile, one
// refresh is in flight and every caller gets its answer. The credentials are loaded afresh for
// each refresh (a file may have changed; a keychain entry is read only when needed). Tokens,
// assertions and keys are never logged.
class GoogleTokenSource final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GoogleTokenSource)

public:
    using Loader = std::function<QCoro::Task<Result<GoogleCredentials>>()>;

    static constexpr qint64 RefreshMarginSeconds = 300;
    static inline const QString CloudPlatformScope
        = QStringLiteral("https://www.googleapis.com/auth/cloud-platform");

    GoogleTokenSource(QNetworkAccessManager *network, RetryPolicy policy, const Clock *clock,
                      Loader loader, QString scope = CloudPlatformScope, QObject *parent = nullptr);
    ~GoogleTokenSource() override;

    // A token that is valid for at least RefreshMarginSeconds, from the cache or fresh.
    QCoro::Task<Result<QByteArray>> accessToken();
    // The API refused `token` (401): the next accessToken() fetches a new one.
    void invalidate(const QByteArray &token);

    // For tests and diagnostics: token requests made so far, and when the kept token expires.
    int refreshCount() const { return m_refreshCount; }
    QDateTime expiresAt() const;

Q_SIGNALS:
    // A refresh ended (with a token or an error); callers that waited read its result.
    void refreshFinished();

private:
    struct Token
    {
        QByteArray value;
        QDateTime expiresAt;
    };

    QCoro::Task<Result<QByteArray>> refresh();
    QCoro::Task<Result<Token>> requestToken(GoogleCredentials credentials);

    HttpClient m_http;
    const Clock *m_clock;
    Loader m_loader;
    QString m_scope;
    std::optional<Token> m_token;
    bool m_refreshing = false;
    std::optional<Result<QByteArray>> m_lastRefresh;
    int m_refreshCount = 0;
};

// The CloudError for an OAuth token endpoint's refusal ({"error","error_description"}).
class GoogleTokenError final
{
    Q_DECLARE_TR_FUNCTIONS(GoogleTokenError)

public:
    static CloudError fromResponse(const HttpResponse &response, const QString &origin);
};

} // namespace Copydeck
