#include "SpannerTestClient.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <openssl/evp.h>
#include <openssl/pem.h>

namespace {

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

SpannerTestClient::SpannerTestClient(QUrl endpoint)
    : m_endpoint(std::move(endpoint))
{ }

SpannerTestClient::Reply SpannerTestClient::send(const QByteArray &method,
                                                 const QByteArray &pathAndQuery,
                                                 const QByteArray &body,
                                                 const QByteArray &contentType)
{
    const QByteArray root = m_endpoint.toEncoded(QUrl::RemovePath);
    QNetworkRequest request(QUrl::fromEncoded(root + pathAndQuery, QUrl::StrictMode));
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", QByteArrayLiteral("Bearer ") + m_token);
    if (!contentType.isEmpty())
        request.setRawHeader("Content-Type", contentType);
    else if (!body.isEmpty())
        request.setRawHeader("Content-Type", "application/json");
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.json = QJsonDocument::fromJson(result.body).object();
    result.wwwAuthenticate = reply->rawHeader("WWW-Authenticate");
    reply->deleteLater();
    return result;
}

QByteArray SpannerTestClient::signJwt(const QByteArray &privateKeyPem, const QJsonObject &claims,
                                      const QString &keyId)
{
    QJsonObject header;
    header.insert(QStringLiteral("alg"), QStringLiteral("RS256"));
    header.insert(QStringLiteral("typ"), QStringLiteral("JWT"));
    if (!keyId.isEmpty())
        header.insert(QStringLiteral("kid"), keyId);
    const QByteArray signingInput = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact))
        + '.' + base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));

    BIO *bio = BIO_new_mem_buf(privateKeyPem.constData(), int(privateKeyPem.size()));
    EVP_PKEY *key = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    if (!key)
        return {};
    EVP_MD_CTX *context = EVP_MD_CTX_new();
    size_t length = 0;
    QByteArray signature;
    if (EVP_DigestSignInit(context, nullptr, EVP_sha256(), nullptr, key) == 1
        && EVP_DigestSign(context, nullptr, &length,
                          reinterpret_cast<const unsigned char *>(signingInput.constData()),
                          size_t(signingInput.size()))
            == 1) {
        signature.resize(qsizetype(length));
        if (EVP_DigestSign(context, reinterpret_cast<unsigned char *>(signature.data()), &length,
                           reinterpret_cast<const unsigned char *>(signingInput.constData()),
                           size_t(signingInput.size()))
            != 1)
            signature.clear();
        signature.resize(qsizetype(length));
    }
    EVP_MD_CTX_free(context);
    EVP_PKEY_free(key);
    if (signature.isEmpty())
        return {};
    return signingInput + '.' + base64Url(signature);
}

QByteArray SpannerTestClient::otherPrivateKey()
{
    EVP_PKEY *key = EVP_RSA_gen(2048);
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey(bio, key, nullptr, nullptr, 0, nullptr, nullptr);
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    const QByteArray pem(data, qsizetype(size));
    BIO_free(bio);
    EVP_PKEY_free(key);
    return pem;
}

QJsonObject SpannerTestClient::standardClaims(const QJsonObject &serviceAccountKey,
                                              const QString &scope)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QJsonObject claims;
    claims.insert(QStringLiteral("iss"), serviceAccountKey.value(QStringLiteral("client_email")));
    claims.insert(QStringLiteral("scope"), scope);
    claims.insert(QStringLiteral("aud"), serviceAccountKey.value(QStringLiteral("token_uri")));
    claims.insert(QStringLiteral("iat"), now - 10);
    claims.insert(QStringLiteral("exp"), now - 10 + 3600);
    return claims;
}

QByteArray SpannerTestClient::jwtBearerForm(const QByteArray &assertion)
{
    return QByteArrayLiteral("grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer"
                             "&assertion=")
        + assertion;
}

SpannerTestClient::Reply SpannerTestClient::authenticate(const QJsonObject &serviceAccountKey)
{
    const QByteArray assertion
        = signJwt(serviceAccountKey.value(QStringLiteral("private_key")).toString().toLatin1(),
                  standardClaims(serviceAccountKey),
                  serviceAccountKey.value(QStringLiteral("private_key_id")).toString());
    const QByteArray saved = m_token;
    m_token.clear();
    Reply reply = postForm("/token", jwtBearerForm(assertion));
    m_token = reply.status == 200
        ? reply.json.value(QStringLiteral("access_token")).toString().toLatin1()
        : saved;
    return reply;
}
