#pragma once

#include "AwsCredentials.h"
#include "core/HttpMessage.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

namespace Copydeck {

// AWS Signature Version 4 (header form). The building blocks are public because the sandbox
// verifies signatures with them and the tests check each against the official test suite.
// https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html
class AwsSigV4Signer final
{
public:
    AwsSigV4Signer(QString region, QString service);

    // Adds X-Amz-Date, X-Amz-Security-Token (when the credentials carry one), Host (from the URL)
    // and Authorization to `request`. Signs host, x-amz-* and content-type.
    void sign(HttpRequest &request, const AwsCredentials &credentials, const QDateTime &now) const;

    // ---- building blocks (no state) ----
    // Canonical URI of an already percent-encoded path: dot segments and duplicate slashes removed,
    // then every segment encoded once more, as non-S3 services require.
    static QByteArray canonicalUri(const QByteArray &rawPath);
    // Canonical query: parameters decoded, re-encoded with the unreserved set, sorted by name then
    // value.
    static QByteArray canonicalQuery(const QByteArray &rawQuery);
    // Lowercase names, trimmed values with inner runs of spaces folded, duplicates joined by ','.
    // Only the headers named in `signedHeaders` (lowercase, sorted) are used.
    static QByteArray canonicalHeaders(const HeaderList &headers,
                                       const QList<QByteArray> &signedHeaders);
    static QByteArray canonicalRequest(const QByteArray &method, const QByteArray &rawPath,
                                       const QByteArray &rawQuery, const HeaderList &headers,
                                       const QList<QByteArray> &signedHeaders,
                                       const QByteArray &payloadHashHex);
    // "20150830/us-east-1/service/aws4_request"
    static QByteArray credentialScope(const QByteArray &date, const QString &region,
                                      const QString &service);
    static QByteArray stringToSign(const QByteArray &amzDate, const QByteArray &scope,
                                   const QByteArray &canonicalRequest);
    static QByteArray signingKey(const QString &secret, const QByteArray &date,
                                 const QString &region, const QString &service);
    static QByteArray signatureHex(const QByteArray &signingKey, const QByteArray &stringToSign);
    static QByteArray amzDate(const QDateTime &utc); // 20150830T123600Z

    // The names sign() signs among `headers`: host, x-amz-* and content-type, lowercase, sorted,
    // without duplicates.
    static QList<QByteArray> headersToSign(const HeaderList &headers);
    // hex(SHA-256(body)), the last line of the canonical request.
    static QByteArray payloadHashHex(const QByteArray &body);
    // The Host header for `url`: the host, with the port when it is not the scheme's default.
    static QByteArray hostHeader(const QUrl &url);
    // "AWS4-HMAC-SHA256 Credential=<akid>/<scope>, SignedHeaders=a;b, Signature=<hex>"
    static QByteArray authorization(const QString &accessKeyId, const QByteArray &scope,
                                    const QList<QByteArray> &signedHeaders,
                                    const QByteArray &signatureHex);

private:
    QString m_region;
    QString m_service;
};

} // namespace Copydeck
