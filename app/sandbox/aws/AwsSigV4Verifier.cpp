#include "AwsSigV4Verifier.h"

#include "auth/AwsSigV4Signer.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QTimeZone>

namespace Copydeck::Sandbox {

namespace {

constexpr qint64 MaxSkewSeconds = 15 * 60;

const QString IncompleteSignature = QStringLiteral("IncompleteSignatureException");
const QString InvalidSignature = QStringLiteral("InvalidSignatureException");

struct AuthorizationHeader
{
    QByteArray accessKeyId;
    QByteArray date; // yyyyMMdd
    QString region;
    QString service;
    QByteArray terminator;
    QList<QByteArray> signedHeaders;
    QByteArray signature;
};

// "AWS4-HMAC-SHA256 Credential=AKID/20150830/us-east-1/backup/aws4_request,
//  SignedHeaders=host;x-amz-date, Signature=abc..."
std::variant<AuthorizationHeader, AwsErrorReply> parseAuthorization(const QByteArray &value)
{
    const QByteArray algorithm = QByteArrayLiteral("AWS4-HMAC-SHA256");
    const QByteArray trimmed = value.trimmed();
    if (!trimmed.startsWith(QByteArray(algorithm + ' '))) {
        return AwsErrorReply::authentication(
            IncompleteSignature,
            QStringLiteral("Authorization header requires 'AWS4-HMAC-SHA256' as the signing "
                           "algorithm. Authorization=%1")
                .arg(QString::fromLatin1(trimmed.left(trimmed.indexOf(' ')))));
    }
    QByteArray credential, signedHeaders, signature;
    const QList<QByteArray> parts = trimmed.mid(algorithm.size() + 1).split(',');
    for (const QByteArray &rawPart : parts) {
        const QByteArray part = rawPart.trimmed();
        const qsizetype eq = part.indexOf('=');
        if (eq < 0)
            continue;
        const QByteArray name = part.left(eq).trimmed();
        const QByteArray partValue = part.mid(eq + 1).trimmed();
        if (name == "Credential")
            credential = partValue;
        else if (name == "SignedHeaders")
            signedHeaders = partValue;
        else if (name == "Signature")
            signature = partValue;
    }
    QStringList missing;
    if (credential.isEmpty())
        missing << QStringLiteral("'Credential'");
    if (signedHeaders.isEmpty())
        missing << QStringLiteral("'SignedHeaders'");
    if (signature.isEmpty())
        missing << QStringLiteral("'Signature'");
    if (!missing.isEmpty()) {
        return AwsErrorReply::authentication(
            IncompleteSignature,
            QStringLiteral("Authorization header requires %1 parameter. Authorization=%2")
                .arg(missing.join(QStringLiteral(", ")), QString::fromLatin1(algorithm)));
    }
    const QList<QByteArray> scope = credential.split('/');
    if (scope.size() != 5 || scope.at(0).isEmpty()) {
        return AwsErrorReply::authentication(
            IncompleteSignature,
            QStringLiteral("Credential should be scoped to a valid region, not the default "
                           "scope. Credential=%1")
                .arg(QString::fromLatin1(credential)));
    }
    AuthorizationHeader header;
    header.accessKeyId = scope.at(0);
    header.date = scope.at(1);
    header.region = QString::fromLatin1(scope.at(2));
    header.service = QString::fromLatin1(scope.at(3));
    header.terminator = scope.at(4);
    header.signedHeaders = signedHeaders.split(';');
    header.signature = signature.toLower();
    return header;
}

// Compares in time independent of where the first difference is.
bool equalSignatures(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

QByteArray compactDate(const QDateTime &utc)
{
    return utc.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

} // namespace

AwsSigV4Verifier::AwsSigV4Verifier(QString service)
    : m_service(std::move(service))
{ }

void AwsSigV4Verifier::addIdentity(const Identity &identity)
{
    m_identities.insert(identity.accessKeyId, identity);
}

std::variant<AwsCaller, AwsErrorReply> AwsSigV4Verifier::verify(const SandboxRequest &request,
                                                                const QDateTime &nowUtc) const
{
    const QByteArray authorization = request.header("authorization");
    if (authorization.isEmpty()) {
        return AwsErrorReply::authentication(QStringLiteral("MissingAuthenticationTokenException"),
                                             QStringLiteral("Missing Authentication Token"));
    }
    auto parsed = parseAuthorization(authorization);
    if (auto *error = std::get_if<AwsErrorReply>(&parsed))
        return *error;
    const auto &auth = std::get<AuthorizationHeader>(parsed);

    // An unknown key is reported before anything else about the signature, as AWS does.
    const auto identity = m_identities.constFind(QString::fromLatin1(auth.accessKeyId));
    if (identity == m_identities.constEnd()) {
        return AwsErrorReply::authentication(
            QStringLiteral("UnrecognizedClientException"),
            QStringLiteral("The security token included in the request is invalid."));
    }
    const QByteArray sessionToken = request.header("x-amz-security-token");
    if (sessionToken != identity->sessionToken.toUtf8()) {
        return AwsErrorReply::authentication(
            QStringLiteral("UnrecognizedClientException"),
            QStringLiteral("The security token included in the request is invalid."));
    }

    static const QRegularExpression regionPattern(QStringLiteral("^[a-z]{2}(-[a-z]+)+-[0-9]+$"));
    if (!regionPattern.match(auth.region).hasMatch()) {
        return AwsErrorReply::authentication(
            InvalidSignature, QStringLiteral("Credential should be scoped to a valid region. "));
    }
    if (auth.service != m_service) {
        return AwsErrorReply::authentication(
            InvalidSignature,
            QStringLiteral("Credential should be scoped to correct service: '%1'. ")
                .arg(m_service));
    }
    if (auth.terminator != "aws4_request") {
        return AwsErrorReply::authentication(
            InvalidSignature,
            QStringLiteral("Credential should be scoped with a valid terminator: "
                           "'aws4_request', not '%1'. ")
                .arg(QString::fromLatin1(auth.terminator)));
    }

    const QByteArray amzDate = request.header("x-amz-date");
    if (amzDate.isEmpty()) {
        return AwsErrorReply::authentication(
            IncompleteSignature,
            QStringLiteral("Authorization header requires existence of either a "
                           "'X-Amz-Date' or a 'Date' header. Authorization=AWS4-HMAC-SHA256"));
    }
    QDateTime signedAt = QDateTime::fromString(QString::fromLatin1(amzDate),
                                               QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    signedAt.setTimeZone(QTimeZone::utc());
    if (!signedAt.isValid()) {
        return AwsErrorReply::authentication(
            IncompleteSignature,
            QStringLiteral("Date must be in ISO-8601 'basic format'. Got '%1'. See "
                           "http://en.wikipedia.org/wiki/ISO_8601")
                .arg(QString::fromLatin1(amzDate)));
    }
    if (!amzDate.startsWith(auth.date)) {
        return AwsErrorReply::authentication(
            InvalidSignature,
            QStringLiteral("Date in Credential scope does not match YYYYMMDD from ISO-8601 "
                           "version of date from HTTP: '%1' != '%2', from '%3'.")
                .arg(QString::fromLatin1(auth.date), QString::fromLatin1(amzDate.left(8)),
                     QString::fromLatin1(amzDate)));
    }
    const qint64 skew = signedAt.secsTo(nowUtc);
    if (skew > MaxSkewSeconds) {
        return AwsErrorReply::authentication(
            InvalidSignature,
            QStringLiteral("Signature expired: %1 is now earlier than %2 (%3 - 15 min.)")
                .arg(QString::fromLatin1(amzDate),
                     QString::fromLatin1(compactDate(nowUtc.addSecs(-MaxSkewSeconds))),
                     QString::fromLatin1(compactDate(nowUtc))));
    }
    if (-skew > MaxSkewSeconds) {
        return AwsErrorReply::authentication(
            InvalidSignature,
            QStringLiteral("Signature not yet current: %1 is still later than %2 (%3 + 15 "
                           "min.)")
                .arg(QString::fromLatin1(amzDate),
                     QString::fromLatin1(compactDate(nowUtc.addSecs(MaxSkewSeconds))),
                     QString::fromLatin1(compactDate(nowUtc))));
    }

    if (!auth.signedHeaders.contains(QByteArrayLiteral("host"))) {
        return AwsErrorReply::authentication(
            IncompleteSignature,
            QStringLiteral("'Host' or ':authority' must be a 'SignedHeader' in the AWS "
                           "Authorization."));
    }
    if (!sessionToken.isEmpty()
        && !auth.signedHeaders.contains(QByteArrayLiteral("x-amz-security-token"))) {
        return AwsErrorReply::authentication(
            IncompleteSignature,
            QStringLiteral("'X-Amz-Security-Token' must be a 'SignedHeader' in the AWS "
                           "Authorization when a session token is used."));
    }

    // The payload hash is always computed from the bytes received: a body altered on the way no
    // longer matches the signature.
    const QByteArray payloadHash
        = QCryptographicHash::hash(request.body, QCryptographicHash::Sha256).toHex();
    const QByteArray canonical
        = AwsSigV4Signer::canonicalRequest(request.method, request.rawPath, request.rawQuery,
                                           request.headers, auth.signedHeaders, payloadHash);
    const QByteArray scope = AwsSigV4Signer::credentialScope(auth.date, auth.region, m_service);
    const QByteArray toSign = AwsSigV4Signer::stringToSign(amzDate, scope, canonical);
    const QByteArray key
        = AwsSigV4Signer::signingKey(identity->secretAccessKey, auth.date, auth.region, m_service);
    const QByteArray expected = AwsSigV4Signer::signatureHex(key, toSign);
    if (!equalSignatures(expected, auth.signature)) {
        return AwsErrorReply::authentication(
            InvalidSignature,
            QStringLiteral("The request signature we calculated does not match the signature "
                           "you provided. Check your AWS Secret Access Key and signing method. "
                           "Consult the service documentation for details."));
    }
    return AwsCaller {identity->accessKeyId, identity->accountId, auth.region};
}

} // namespace Copydeck::Sandbox
