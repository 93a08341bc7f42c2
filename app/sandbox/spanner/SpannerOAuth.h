#pragma once

#include "GoogleErrorReply.h"
#include "sandbox/SandboxRequest.h"
#include "sandbox/SandboxResponse.h"

#include <QHash>
#include <QJsonObject>
#include <QUrl>

#include <memory>
#include <optional>

namespace Copydeck {
class Clock;
}

namespace Copydeck::Sandbox {

// Google's OAuth 2.0 token endpoint as the sandbox plays it, and the check of the bearer tokens it
// issues. It owns a service-account key (RSA 2048, made from the sandbox's seed) and an
// authorized_user client; both are handed out as the JSON files Google's tools write. The
// JWT-bearer grant checks the RS256 signature against the key's public half, the issuer, the
// audience (the token URI) and the lifetime; the refresh-token grant checks client and token.
class SpannerOAuth final
{
    Q_DISABLE_COPY_MOVE(SpannerOAuth)

public:
    static constexpr int TokenLifetimeSeconds = 3599;
    struct KeyDeleter // frees the EVP_PKEY
    {
        void operator()(void *key) const;
    };

    // The key pair is made from `seed` (SpannerDemoKey): one seed, one key file.
    SpannerOAuth(const Clock &wallClock, QString projectId, quint32 seed = 1);
    ~SpannerOAuth();

    // Where the token endpoint is served; written as token_uri into the files and expected as aud.
    void setTokenUri(const QUrl &tokenUri) { m_tokenUri = tokenUri; }
    QUrl tokenUri() const { return m_tokenUri; }

    // {"type":"service_account","project_id","private_key_id","private_key","client_email",...}
    QJsonObject serviceAccountKey() const;
    // {"type":"authorized_user","client_id","client_secret","refresh_token","token_uri"}
    QJsonObject authorizedUser() const;
    QString clientEmail() const;

    // POST /token, form-encoded.
    SandboxResponse token(const SandboxRequest &request);
    // Nothing when the request carries a live bearer token with a Spanner scope.
    std::optional<GoogleErrorReply> authorize(const SandboxRequest &request) const;

private:
    struct Grant
    {
        qint64 expiresAtMs = 0;
        bool spannerScope = false;
    };
    SandboxResponse jwtBearer(const QByteArray &assertion);
    SandboxResponse refresh(const QString &clientId, const QString &clientSecret,
                            const QString &refreshToken);
    SandboxResponse issue(bool spannerScope);
    bool verifySignature(const QByteArray &signingInput, const QByteArray &signature) const;

    const Clock &m_wallClock;
    QString m_projectId;
    QUrl m_tokenUri;
    std::unique_ptr<void, KeyDeleter> m_key; // EVP_PKEY
    QByteArray m_privateKeyPem;
    QString m_privateKeyId;
    QHash<QByteArray, Grant> m_tokens;
};

} // namespace Copydeck::Sandbox
