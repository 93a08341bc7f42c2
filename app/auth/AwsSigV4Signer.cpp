#include "AwsSigV4Signer.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include <algorithm>
#include <utility>

namespace Copydeck {

namespace {

constexpr QByteArrayView Algorithm = "AWS4-HMAC-SHA256";

bool isUnreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
        || c == '.' || c == '_' || c == '~';
}

// RFC 3986 encoding with the unreserved set, upper-case hex, as SigV4 requires. Everything else,
// '%' included, is encoded: that is what makes an encoded path "encoded twice".
QByteArray uriEncode(QByteArrayView bytes, bool keepSlash)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(bytes.size() * 3);
    for (const char c : bytes) {
        if (isUnreserved(c) || (keepSlash && c == '/')) {
            out.append(c);
        } else {
            const auto byte = static_cast<unsigned char>(c);
            out.append('%');
            out.append(hex[byte >> 4]);
            out.append(hex[byte & 0x0f]);
        }
    }
    return out;
}

// RFC 3986 section 5.2.4, plus the removal of empty segments that AWS services expect. A trailing
// slash survives when something is left before it.
QByteArray normalizedPath(const QByteArray &path)
{
    if (path.isEmpty())
        return QByteArrayLiteral("/");
    QList<QByteArray> kept;
    const QList<QByteArray> segments = path.split('/');
    for (const QByteArray &segment : segments) {
        if (segment.isEmpty() || segment == ".")
            continue;
        if (segment == "..") {
            if (!kept.isEmpty())
                kept.removeLast();
            continue;
        }
        kept.append(segment);
    }
    QByteArray result = path.startsWith('/') ? QByteArrayLiteral("/") : QByteArray();
    result += kept.join('/');
    if (path.endsWith('/') && !kept.isEmpty())
        result += '/';
    return result.isEmpty() ? QByteArrayLiteral("/") : result;
}

QList<QByteArray> normalizedNames(const QList<QByteArray> &names)
{
    QList<QByteArray> result;
    result.reserve(names.size());
    for (const QByteArray &name : names)
        result.append(name.trimmed().toLower());
    std::sort(result.begin(), result.end());
    result.erase(std::unique(result.begin(), result.end()), result.end());
    return result;
}

QByteArray hmac(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

} // namespace

AwsSigV4Signer::AwsSigV4Signer(QString region, QString service)
    : m_region(std::move(region))
    , m_service(std::move(service))
{ }

void AwsSigV4Signer::sign(HttpRequest &request, const AwsCredentials &credentials,
                          const QDateTime &now) const
{
    const QByteArray date = amzDate(now);
    request.setHeader(QByteArrayLiteral("X-Amz-Date"), date);
    if (!credentials.sessionToken.isEmpty())
        request.setHeader(QByteArrayLiteral("X-Amz-Security-Token"),
                          credentials.sessionToken.toUtf8());
    request.setHeader(QByteArrayLiteral("Host"), hostHeader(request.url));
    request.headers.removeIf([](const auto &header) {
        return header.first.compare("authorization", Qt::CaseInsensitive) == 0;
    });

    const QList<QByteArray> signedHeaders = headersToSign(request.headers);
    const QByteArray canonical
        = canonicalRequest(request.method.toUpper(), request.url.path(QUrl::FullyEncoded).toUtf8(),
                           request.url.query(QUrl::FullyEncoded).toUtf8(), request.headers,
                           signedHeaders, payloadHashHex(request.body));
    const QByteArray scope = credentialScope(date.left(8), m_region, m_service);
    const QByteArray key
        = signingKey(credentials.secretAccessKey, date.left(8), m_region, m_service);
    const QByteArray signature = signatureHex(key, stringToSign(date, scope, canonical));
    request.setHeader(QByteArrayLiteral("Authorization"),
                      authorization(credentials.accessKeyId, scope, signedHeaders, signature));
}

QByteArray AwsSigV4Signer::canonicalUri(const QByteArray &rawPath)
{
    return uriEncode(normalizedPath(rawPath), /*keepSlash=*/true);
}

QByteArray AwsSigV4Signer::canonicalQuery(const QByteArray &rawQuery)
{
    QList<std::pair<QByteArray, QByteArray>> parameters;
    const QList<QByteArray> pieces = rawQuery.split('&');
    for (const QByteArray &piece : pieces) {
        if (piece.isEmpty())
            continue;
        const qsizetype equals = piece.indexOf('=');
        const QByteArray name = equals < 0 ? piece : piece.left(equals);
        const QByteArray value = equals < 0 ? QByteArray() : piece.mid(equals + 1);
        // '+' is a literal plus here, not a space: AWS reads queries as RFC 3986.
        parameters.append({uriEncode(QByteArray::fromPercentEncoding(name), false),
                           uriEncode(QByteArray::fromPercentEncoding(value), false)});
    }
    std::sort(parameters.begin(), parameters.end());
    QByteArray result;
    for (const auto &[name, value] : std::as_const(parameters)) {
        if (!result.isEmpty())
            result += '&';
        result += name + '=' + value;
    }
    return result;
}

QByteArray AwsSigV4Signer::canonicalHeaders(const HeaderList &headers,
                                            const QList<QByteArray> &signedHeaders)
{
    QByteArray result;
    for (const QByteArray &name : normalizedNames(signedHeaders)) {
        QList<QByteArray> values;
        for (const auto &[key, value] : headers) {
            if (key.trimmed().compare(name, Qt::CaseInsensitive) == 0)
                values.append(value.simplified());
        }
        result += name + ':' + values.join(',') + '\n';
    }
    return result;
}

QByteArray AwsSigV4Signer::canonicalRequest(const QByteArray &method, const QByteArray &rawPath,
                                            const QByteArray &rawQuery, const HeaderList &headers,
                                            const QList<QByteArray> &signedHeaders,
                                            const QByteArray &payloadHashHex)
{
    const QList<QByteArray> names = normalizedNames(signedHeaders);
    return method + '\n' + canonicalUri(rawPath) + '\n' + canonicalQuery(rawQuery) + '\n'
        + canonicalHeaders(headers, names) + '\n' + names.join(';') + '\n' + payloadHashHex;
}

QByteArray AwsSigV4Signer::credentialScope(const QByteArray &date, const QString &region,
                                           const QString &service)
{
    return date + '/' + region.toUtf8() + '/' + service.toUtf8()
        + QByteArrayLiteral("/aws4_request");
}

QByteArray AwsSigV4Signer::stringToSign(const QByteArray &amzDate, const QByteArray &scope,
                                        const QByteArray &canonicalRequest)
{
    return Algorithm.toByteArray() + '\n' + amzDate + '\n' + scope + '\n'
        + QCryptographicHash::hash(canonicalRequest, QCryptographicHash::Sha256).toHex();
}

QByteArray AwsSigV4Signer::signingKey(const QString &secret, const QByteArray &date,
                                      const QString &region, const QString &service)
{
    const QByteArray kDate = hmac(QByteArrayLiteral("AWS4") + secret.toUtf8(), date);
    const QByteArray kRegion = hmac(kDate, region.toUtf8());
    const QByteArray kService = hmac(kRegion, service.toUtf8());
    return hmac(kService, QByteArrayLiteral("aws4_request"));
}

QByteArray AwsSigV4Signer::signatureHex(const QByteArray &signingKey,
                                        const QByteArray &stringToSign)
{
    return hmac(signingKey, stringToSign).toHex();
}

QByteArray AwsSigV4Signer::amzDate(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

QList<QByteArray> AwsSigV4Signer::headersToSign(const HeaderList &headers)
{
    QList<QByteArray> names;
    for (const auto &header : headers) {
        const QByteArray name = header.first.trimmed().toLower();
        if (name == "host" || name == "content-type" || name.startsWith("x-amz-"))
            names.append(name);
    }
    return normalizedNames(names);
}

QByteArray AwsSigV4Signer::payloadHashHex(const QByteArray &body)
{
    return QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
}

QByteArray AwsSigV4Signer::hostHeader(const QUrl &url)
{
    QByteArray host = url.host(QUrl::FullyEncoded).toUtf8();
    if (host.contains(':')) // an IPv6 literal keeps its brackets in the header
        host = '[' + host + ']';
    const int port = url.port();
    const bool isDefault = port < 0
        || (port == 443 && url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0)
        || (port == 80 && url.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) == 0);
    if (!isDefault)
        host += ':' + QByteArray::number(port);
    return host;
}

QByteArray AwsSigV4Signer::authorization(const QString &accessKeyId, const QByteArray &scope,
                                         const QList<QByteArray> &signedHeaders,
                                         const QByteArray &signatureHex)
{
    return Algorithm.toByteArray() + QByteArrayLiteral(" Credential=") + accessKeyId.toUtf8() + '/'
        + scope + QByteArrayLiteral(", SignedHeaders=") + normalizedNames(signedHeaders).join(';')
        + QByteArrayLiteral(", Signature=") + signatureHex;
}

} // namespace Copydeck
