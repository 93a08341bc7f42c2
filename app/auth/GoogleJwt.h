#pragma once

#include "GoogleCredentials.h"

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

namespace Copydeck {

// The JWT of Google's service-account grant (RFC 7523): RS256 (RSASSA-PKCS1-v1_5 over SHA-256,
// OpenSSL EVP), base64url without padding. The assertion is a secret: never log it.
class GoogleJwt final
{
    Q_DECLARE_TR_FUNCTIONS(GoogleJwt)

public:
    static constexpr qint64 LifetimeSeconds = 3600;
    static constexpr qint64 BackdateSeconds = 10; // iat = now - 10 s, as Google's libraries do

    // `header.claims.signature`, signed with the PEM private key (PKCS#8 or PKCS#1).
    static Result<QByteArray> sign(const QByteArray &privateKeyPem, const QJsonObject &header,
                                   const QJsonObject &claims);
    // The assertion for `credentials` (a service account) asking for `scope`: iss, scope,
    // aud = the file's token_uri, iat, exp = iat + 1 h; header kid = private_key_id.
    static Result<QByteArray> assertion(const GoogleCredentials &credentials, const QString &scope,
                                        const QDateTime &now);
};

} // namespace Copydeck
