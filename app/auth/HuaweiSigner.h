#pragma once

#include "HuaweiCredentials.h"
#include "core/HttpMessage.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QUrl>

#include <optional>

namespace Copydeck {

// Huawei Cloud API Gateway signing, "SDK-HMAC-SHA256" (AK/SK), as huaweicloud-sdk-go-v3's
// core/auth/signer does it. The building blocks are public: the sandbox verifies signatures with
// them, over whatever signed-header list the request names (the Go SDK leaves out content-type and
// names containing '_', the Node SDK signs every header it sends).
//
//   canonical request = METHOD \n URI \n QUERY \n HEADERS \n SIGNED-HEADERS \n hex(SHA-256(body))
//   string to sign    = "SDK-HMAC-SHA256" \n X-Sdk-Date \n hex(SHA-256(canonical request))
//   signature         = hex(HMAC-SHA256(SK, string to sign))    (no key derivation)
class HuaweiSigner final
{
public:
    static constexpr QByteArrayView Algorithm = "SDK-HMAC-SHA256";

    // Adds X-Sdk-Date, X-Security-Token (temporary keys), Host and Authorization. Signs the Go
    // SDK's selection of headers (headersToSign).
    static void sign(HttpRequest &request, const HuaweiCredentials &credentials,
                     const QDateTime &now);

    // ---- building blocks (no state) ----
    // Every segment of the decoded path percent-encoded (unreserved: A-Z a-z 0-9 - _ . ~), joined
    // with '/', always ending in '/'.
    static QByteArray canonicalUri(const QByteArray &rawPath);
    // Parameters decoded, each name and value encoded as above, sorted by name then value.
    static QByteArray canonicalQuery(const QByteArray &rawQuery);
    // "name:trimmed value\n" for each signed header (values of a repeated header sorted).
    static QByteArray canonicalHeaders(const HeaderList &headers,
                                       const QList<QByteArray> &signedHeaders);
    static QByteArray canonicalRequest(const QByteArray &method, const QByteArray &rawPath,
                                       const QByteArray &rawQuery, const HeaderList &headers,
                                       const QList<QByteArray> &signedHeaders,
                                       const QByteArray &payloadHashHex);
    static QByteArray stringToSign(const QByteArray &sdkDate, const QByteArray &canonicalRequest);
    static QByteArray signatureHex(const QString &secretKey, const QByteArray &stringToSign);
    // 20060102T150405Z
    static QByteArray sdkDate(const QDateTime &utc);
    static std::optional<QDateTime> parseSdkDate(const QByteArray &value);
    // The Go SDK's choice: every header, lowercase, sorted, except content-type and any name
    // with '_'.
    static QList<QByteArray> headersToSign(const HeaderList &headers);
    // hex(SHA-256(body)), or UNSIGNED-PAYLOAD when X-Sdk-Content-Sha256 says so.
    static QByteArray payloadHashHex(const HeaderList &headers, const QByteArray &body);
    static QByteArray hostHeader(const QUrl &url);

    // "SDK-HMAC-SHA256 Access=<AK>, SignedHeaders=a;b, Signature=<hex>"
    static QByteArray authorization(const QString &accessKey,
                                    const QList<QByteArray> &signedHeaders,
                                    const QByteArray &signatureHex);
    struct ParsedAuthorization
    {
        QString accessKey;
        QList<QByteArray> signedHeaders;
        QByteArray signature;
    };
    // Empty when the header is not an SDK-HMAC-SHA256 authorization.
    static std::optional<ParsedAuthorization> parseAuthorization(const QByteArray &value);
};

} // namespace Copydeck
