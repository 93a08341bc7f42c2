#include "SpannerOAuth.h"

#include "SpannerDemoKey.h"

#include "core/Clock.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QUrlQuery>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

namespace Copydeck::Sandbox {

namespace {

const QString ClientId = QStringLiteral("764086051850-copydecksandbox.apps.googleusercontent.com");
const QString ClientSecret = QStringLiteral("d-sandbox-FL95Q19q7MQmFpd7h");
const QString RefreshToken = QStringLiteral("1//0sandbox-refresh-Copydeck-demo-user");
const QString ShortLived = QStringLiteral(
    "Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable timeframe. "
    "Check your iat and exp values in the JWT claim.");
constexpr qint64 AllowedSkewSeconds = 300;

EVP_PKEY *pkey(const std::unique_ptr<void, SpannerOAuth::KeyDeleter> &key)
{
    return static_cast<EVP_PKEY *>(key.get());
}

std::optional<QByteArray> base64Url(const QByteArray &part)
{
    const auto result = QByteArray::fromBase64Encoding(
        part,
        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals
            | QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return std::nullopt;
    return result.decoded;
}

std::optional<QJsonObject> jsonPart(const QByteArray &part)
{
    const auto decoded = base64Url(part);
    if (!decoded)
        return std::nullopt;
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(*decoded, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

bool spannerScope(const QString &scopes)
{
    const QStringList list = scopes.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return list.contains(QStringLiteral("https://www.googleapis.com/auth/cloud-platform"))
        || list.contains(QStringLiteral("https://www.googleapis.com/auth/spanner.admin"));
}

SandboxResponse invalidGrant(const QString &description)
{
    return oauthError(400, QStringLiteral("invalid_grant"), description);
}

} // namespace

void SpannerOAuth::KeyDeleter::operator()(void *key) const
{
    EVP_PKEY_free(static_cast<EVP_PKEY *>(key));
}

SpannerOAuth::SpannerOAuth(const Clock &wallClock, QString projectId, quint32 seed)
    : m_wallClock(wallClock)
    , m_projectId(std::move(projectId))
{
    m_key.reset(SpannerDemoKey::generate(seed));
    if (!m_key)
        m_key.reset(EVP_RSA_gen(2048));
    Q_ASSERT(m_key);
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey(bio, pkey(m_key), nullptr, nullptr, 0, nullptr, nullptr);
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    m_privateKeyPem = QByteArray(data, qsizetype(size));
    BIO_free(bio);

    unsigned char *der = nullptr;
    const int derSize = i2d_PUBKEY(pkey(m_key), &der);
    m_privateKeyId = QString::fromLatin1(
        QCryptographicHash::hash(QByteArray(reinterpret_cast<const char *>(der), derSize),
                                 QCryptographicHash::Sha1)
            .toHex());
    OPENSSL_free(der);
}

SpannerOAuth::~SpannerOAuth() = default;

QString SpannerOAuth::clientEmail() const
{
    return QStringLiteral("copydeck-sandbox@") + m_projectId
        + QStringLiteral(".iam.gserviceaccount.com");
}

QJsonObject SpannerOAuth::serviceAccountKey() const
{
    QJsonObject key;
    key.insert(QStringLiteral("type"), QStringLiteral("service_account"));
    key.insert(QStringLiteral("project_id"), m_projectId);
    key.insert(QStringLiteral("private_key_id"), m_privateKeyId);
    key.insert(QStringLiteral("private_key"), QString::fromLatin1(m_privateKeyPem));
    key.insert(QStringLiteral("client_email"), clientEmail());
    key.insert(QStringLiteral("client_id"), QStringLiteral("104857600000000000001"));
    key.insert(QStringLiteral("auth_uri"),
               QStringLiteral("https://accounts.google.com/o/oauth2/auth"));
    key.insert(QStringLiteral("token_uri"), m_tokenUri.toString());
    key.insert(QStringLiteral("universe_domain"), QStringLiteral("googleapis.com"));
    return key;
}

QJsonObject SpannerOAuth::authorizedUser() const
{
    QJsonObject user;
    user.insert(QStringLiteral("type"), QStringLiteral("authorized_user"));
    user.insert(QStringLiteral("client_id"), ClientId);
    user.insert(QStringLiteral("client_secret"), ClientSecret);
    user.insert(QStringLiteral("refresh_token"), RefreshToken);
    user.insert(QStringLiteral("token_uri"), m_tokenUri.toString());
    user.insert(QStringLiteral("quota_project_id"), m_projectId);
    return user;
}

SandboxResponse SpannerOAuth::token(const SandboxRequest &request)
{
    if (request.method != "POST") {
        return oauthError(405, QStringLiteral("invalid_request"),
                          QStringLiteral("The token endpoint only accepts POST."));
    }
    // application/x-www-form-urlencoded: '+' is a space.
    QByteArray form = request.body;
    form.replace('+', QByteArrayLiteral("%20"));
    const QUrlQuery query(QString::fromLatin1(form));
    const QString grantType
        = query.queryItemValue(QStringLiteral("grant_type"), QUrl::FullyDecoded);
    if (grantType == QLatin1String("urn:ietf:params:oauth:grant-type:jwt-bearer")) {
        return jwtBearer(
            query.queryItemValue(QStringLiteral("assertion"), QUrl::FullyDecoded).toLatin1());
    }
    if (grantType == QLatin1String("refresh_token")) {
        return refresh(query.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded),
                       query.queryItemValue(QStringLiteral("client_secret"), QUrl::FullyDecoded),
                       query.queryItemValue(QStringLiteral("refresh_token"), QUrl::FullyDecoded));
    }
    if (grantType.isEmpty()) {
        return oauthError(400, QStringLiteral("invalid_request"),
                          QStringLiteral("Missing required parameter: grant_type"));
    }
    return oauthError(400, QStringLiteral("unsupported_grant_type"),
                      QStringLiteral("Invalid grant_type: ") + grantType);
}

SandboxResponse SpannerOAuth::jwtBearer(const QByteArray &assertion)
{
    if (assertion.isEmpty()) {
        return oauthError(400, QStringLiteral("invalid_request"),
                          QStringLiteral("Missing required parameter: assertion"));
    }
    const QList<QByteArray> parts = assertion.split('.');
    if (parts.size() != 3)
        return invalidGrant(QStringLiteral("Invalid JWT: Token must be a JWS."));
    const auto header = jsonPart(parts.at(0));
    const auto claims = jsonPart(parts.at(1));
    const auto signature = base64Url(parts.at(2));
    if (!header || !claims || !signature)
        return invalidGrant(QStringLiteral("Invalid JWT: Token must be a JWS."));
    if (header->value(QStringLiteral("alg")).toString() != QLatin1String("RS256"))
        return invalidGrant(QStringLiteral("Invalid JWT Signature."));
    if (claims->value(QStringLiteral("iss")).toString() != clientEmail())
        return invalidGrant(QStringLiteral("Invalid grant: account not found"));
    if (!verifySignature(parts.at(0) + '.' + parts.at(1), *signature))
        return invalidGrant(QStringLiteral("Invalid JWT Signature."));
    // Google takes its own token URL as the audience too; clients that ignore a key's token_uri
    // (google-auth-library for Node) sign for it.
    const QString audience = claims->value(QStringLiteral("aud")).toString();
    if (audience != m_tokenUri.toString()
        && audience != QLatin1String("https://oauth2.googleapis.com/token")) {
        return invalidGrant(
            QStringLiteral("Invalid JWT: Failed audience check. The expected audience is %1.")
                .arg(m_tokenUri.toString()));
    }
    const qint64 now = m_wallClock.now().toSecsSinceEpoch();
    const QJsonValue iatValue = claims->value(QStringLiteral("iat"));
    const QJsonValue expValue = claims->value(QStringLiteral("exp"));
    if (!iatValue.isDouble() || !expValue.isDouble())
        return invalidGrant(ShortLived);
    const auto iat = qint64(iatValue.toDouble());
    const auto exp = qint64(expValue.toDouble());
    if (exp <= iat || exp - iat > 3600 || iat > now + AllowedSkewSeconds
        || exp < now - AllowedSkewSeconds)
        return invalidGrant(ShortLived);
    const QString scope = claims->value(QStringLiteral("scope")).toString();
    if (scope.trimmed().isEmpty()) {
        return oauthError(400, QStringLiteral("invalid_scope"),
                          QStringLiteral("Invalid OAuth scope or ID token audience provided."));
    }
    return issue(spannerScope(scope));
}

SandboxResponse SpannerOAuth::refresh(const QString &clientId, const QString &clientSecret,
                                      const QString &refreshToken)
{
    if (clientId != ClientId || clientSecret != ClientSecret) {
        return oauthError(401, QStringLiteral("invalid_client"),
                          QStringLiteral("The OAuth client was not found."));
    }
    if (refreshToken != RefreshToken)
        return invalidGrant(QStringLiteral("Bad Request"));
    // gcloud's application-default login asks for cloud-platform.
    return issue(true);
}

SandboxResponse SpannerOAuth::issue(bool spannerScope)
{
    QByteArray random(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()),
                                          random.size() / 4);
    const QByteArray token = QByteArrayLiteral("ya29.sandbox.")
        + random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const qint64 now = m_wallClock.now().toMSecsSinceEpoch();
    m_tokens.insert(token, {now + qint64(TokenLifetimeSeconds) * 1000, spannerScope});

    QJsonObject body;
    body.insert(QStringLiteral("access_token"), QString::fromLatin1(token));
    body.insert(QStringLiteral("expires_in"), TokenLifetimeSeconds);
    body.insert(QStringLiteral("token_type"), QStringLiteral("Bearer"));
    SandboxResponse response;
    response.headers = {
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json; charset=utf-8")},
        {QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache, no-store, max-age=0")}};
    response.body = QJsonDocument(body).toJson(QJsonDocument::Indented);
    return response;
}

bool SpannerOAuth::verifySignature(const QByteArray &signingInput,
                                   const QByteArray &signature) const
{
    EVP_MD_CTX *context = EVP_MD_CTX_new();
    bool ok = EVP_DigestVerifyInit(context, nullptr, EVP_sha256(), nullptr, pkey(m_key)) == 1
        && EVP_DigestVerify(context, reinterpret_cast<const unsigned char *>(signature.data()),
                            size_t(signature.size()),
                            reinterpret_cast<const unsigned char *>(signingInput.data()),
                            size_t(signingInput.size()))
            == 1;
    EVP_MD_CTX_free(context);
    return ok;
}

std::optional<GoogleErrorReply> SpannerOAuth::authorize(const SandboxRequest &request) const
{
    const QByteArray authorization = request.header("Authorization").trimmed();
    if (authorization.isEmpty())
        return GoogleErrorReply::unauthenticated(true);
    if (!authorization.startsWith("Bearer ") && !authorization.startsWith("bearer "))
        return GoogleErrorReply::unauthenticated(false);
    const QByteArray token = authorization.mid(7).trimmed();
    const auto grant = m_tokens.constFind(token);
    if (grant == m_tokens.cend() || grant->expiresAtMs <= m_wallClock.now().toMSecsSinceEpoch())
        return GoogleErrorReply::unauthenticated(false);
    if (!grant->spannerScope)
        return GoogleErrorReply::insufficientScopes();
    return std::nullopt;
}

} // namespace Copydeck::Sandbox
