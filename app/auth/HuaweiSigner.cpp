#include "HuaweiSigner.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QTimeZone>

#include <algorithm>

namespace Copydeck {

namespace {

bool isUnreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
        || c == '.' || c == '_' || c == '~';
}

QByteArray escape(QByteArrayView bytes)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(bytes.size() * 3);
    for (const char c : bytes) {
        if (isUnreserved(c)) {
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

// A query component as Go's url.ParseQuery reads it: '+' is a space, %XX a byte.
QByteArray decodeQueryComponent(QByteArray component)
{
    component.replace('+', ' ');
    return QByteArray::fromPercentEncoding(component);
}

QByteArray hexSha256(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

} // namespace

void HuaweiSigner::sign(HttpRequest &request, const HuaweiCredentials &credentials,
                        const QDateTime &now)
{
    const QByteArray date = sdkDate(now);
    request.setHeader(QByteArrayLiteral("X-Sdk-Date"), date);
    if (!credentials.securityToken.isEmpty())
        request.setHeader(QByteArrayLiteral("X-Security-Token"),
                          credentials.securityToken.toUtf8());
    request.setHeader(QByteArrayLiteral("Host"), hostHeader(request.url));
    request.headers.removeIf([](const auto &header) {
        return header.first.compare("authorization", Qt::CaseInsensitive) == 0;
    });
    const QList<QByteArray> signedHeaders = headersToSign(request.headers);
    const QByteArray canonical
        = canonicalRequest(request.method.toUpper(), request.url.path(QUrl::FullyEncoded).toUtf8(),
                           request.url.query(QUrl::FullyEncoded).toUtf8(), request.headers,
                           signedHeaders, payloadHashHex(request.headers, request.body));
    const QByteArray signature = signatureHex(credentials.secretKey, stringToSign(date, canonical));
    request.setHeader(QByteArrayLiteral("Authorization"),
                      authorization(credentials.accessKey, signedHeaders, signature));
}

QByteArray HuaweiSigner::canonicalUri(const QByteArray &rawPath)
{
    const QList<QByteArray> segments = rawPath.split('/');
    QList<QByteArray> encoded;
    encoded.reserve(segments.size());
    for (const QByteArray &segment : segments)
        encoded.append(escape(QByteArray::fromPercentEncoding(segment)));
    QByteArray uri = encoded.join('/');
    if (!uri.endsWith('/'))
        uri.append('/');
    return uri;
}

QByteArray HuaweiSigner::canonicalQuery(const QByteArray &rawQuery)
{
    QList<std::pair<QByteArray, QByteArray>> parameters;
    const QList<QByteArray> pieces = rawQuery.split('&');
    for (const QByteArray &piece : pieces) {
        if (piece.isEmpty())
            continue;
        const qsizetype equals = piece.indexOf('=');
        const QByteArray name = equals < 0 ? piece : piece.left(equals);
        const QByteArray value = equals < 0 ? QByteArray() : piece.mid(equals + 1);
        parameters.append(
            {escape(decodeQueryComponent(name)), escape(decodeQueryComponent(value))});
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

QByteArray HuaweiSigner::canonicalHeaders(const HeaderList &headers,
                                          const QList<QByteArray> &signedHeaders)
{
    QByteArray result;
    for (const QByteArray &wanted : signedHeaders) {
        const QByteArray name = wanted.trimmed().toLower();
        QList<QByteArray> values;
        for (const auto &[key, value] : headers) {
            if (key.toLower() == name)
                values.append(value.trimmed());
        }
        std::sort(values.begin(), values.end());
        for (const QByteArray &value : std::as_const(values))
            result += name + ':' + value + '\n';
    }
    return result;
}

QByteArray HuaweiSigner::canonicalRequest(const QByteArray &method, const QByteArray &rawPath,
                                          const QByteArray &rawQuery, const HeaderList &headers,
                                          const QList<QByteArray> &signedHeaders,
                                          const QByteArray &payloadHashHex)
{
    return method + '\n' + canonicalUri(rawPath) + '\n' + canonicalQuery(rawQuery) + '\n'
        + canonicalHeaders(headers, signedHeaders) + '\n' + signedHeaders.join(';') + '\n'
        + payloadHashHex;
}

QByteArray HuaweiSigner::stringToSign(const QByteArray &sdkDate, const QByteArray &canonicalRequest)
{
    return Algorithm.toByteArray() + '\n' + sdkDate + '\n' + hexSha256(canonicalRequest);
}

QByteArray HuaweiSigner::signatureHex(const QString &secretKey, const QByteArray &stringToSign)
{
    return QMessageAuthenticationCode::hash(stringToSign, secretKey.toUtf8(),
                                            QCryptographicHash::Sha256)
        .toHex();
}

QByteArray HuaweiSigner::sdkDate(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

std::optional<QDateTime> HuaweiSigner::parseSdkDate(const QByteArray &value)
{
    if (value.size() != 16)
        return std::nullopt;
    QDateTime parsed
        = QDateTime::fromString(QString::fromLatin1(value), QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    if (!parsed.isValid())
        return std::nullopt;
    parsed.setTimeZone(QTimeZone::utc());
    return parsed;
}

QList<QByteArray> HuaweiSigner::headersToSign(const HeaderList &headers)
{
    QList<QByteArray> names;
    for (const auto &header : headers) {
        const QByteArray name = header.first.trimmed().toLower();
        if (name.startsWith("content-type") || name.contains('_') || name == "authorization")
            continue;
        names.append(name);
    }
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    return names;
}

QByteArray HuaweiSigner::payloadHashHex(const HeaderList &headers, const QByteArray &body)
{
    const QByteArray declared = headerValue(headers, "X-Sdk-Content-Sha256");
    if (declared == "UNSIGNED-PAYLOAD")
        return declared;
    return hexSha256(body);
}

QByteArray HuaweiSigner::hostHeader(const QUrl &url)
{
    QByteArray host = url.host(QUrl::FullyEncoded).toUtf8();
    const int port = url.port();
    const bool defaultPort = port < 0 || (port == 80 && url.scheme() == QLatin1String("http"))
        || (port == 443 && url.scheme() == QLatin1String("https"));
    if (!defaultPort)
        host += ':' + QByteArray::number(port);
    return host;
}

QByteArray HuaweiSigner::authorization(const QString &accessKey,
                                       const QList<QByteArray> &signedHeaders,
                                       const QByteArray &signatureHex)
{
    return Algorithm.toByteArray() + " Access=" + accessKey.toUtf8()
        + ", SignedHeaders=" + signedHeaders.join(';') + ", Signature=" + signatureHex;
}

std::optional<HuaweiSigner::ParsedAuthorization>
HuaweiSigner::parseAuthorization(const QByteArray &value)
{
    const QByteArray prefix = Algorithm.toByteArray() + ' ';
    if (!value.startsWith(prefix))
        return std::nullopt;
    ParsedAuthorization parsed;
    bool hasAccess = false, hasHeaders = false, hasSignature = false;
    const QList<QByteArray> parts = value.mid(prefix.size()).split(',');
    for (const QByteArray &raw : parts) {
        const QByteArray part = raw.trimmed();
        const qsizetype equals = part.indexOf('=');
        if (equals <= 0)
            return std::nullopt;
        const QByteArray key = part.left(equals);
        const QByteArray content = part.mid(equals + 1);
        if (key == "Access") {
            parsed.accessKey = QString::fromUtf8(content);
            hasAccess = true;
        } else if (key == "SignedHeaders") {
            parsed.signedHeaders = content.split(';');
            hasHeaders = true;
        } else if (key == "Signature") {
            parsed.signature = content;
            hasSignature = true;
        }
    }
    if (!hasAccess || !hasHeaders || !hasSignature || parsed.accessKey.isEmpty())
        return std::nullopt;
    return parsed;
}

} // namespace Copydeck
