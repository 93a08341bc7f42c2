#include "GoogleJwt.h"

#include <QJsonDocument>

#include <memory>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

namespace Copydeck {

namespace {

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

CloudError keyError(const QString &explanation)
{
    CloudError error = CloudError::local(
        explanation, GoogleJwt::tr("Download a new JSON key for the service account."));
    error.kind = CloudError::Kind::Authentication;
    return error;
}

} // namespace

Result<QByteArray> GoogleJwt::sign(const QByteArray &privateKeyPem, const QJsonObject &header,
                                   const QJsonObject &claims)
{
    const QByteArray signingInput = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact))
        + '.' + base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));

    std::unique_ptr<BIO, decltype(&BIO_free)> bio(
        BIO_new_mem_buf(privateKeyPem.constData(), int(privateKeyPem.size())), &BIO_free);
    if (!bio)
        return keyError(tr("The service-account key could not be read."));
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(
        PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr), &EVP_PKEY_free);
    if (!key)
        return keyError(tr("The service account's private_key is not a PEM private key."));
    if (EVP_PKEY_base_id(key.get()) != EVP_PKEY_RSA)
        return keyError(tr("The service account's private_key is not an RSA key."));

    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(),
                                                                    &EVP_MD_CTX_free);
    size_t length = 0;
    const auto *input = reinterpret_cast<const unsigned char *>(signingInput.constData());
    if (!context
        || EVP_DigestSignInit(context.get(), nullptr, EVP_sha256(), nullptr, key.get()) != 1
        || EVP_DigestSign(context.get(), nullptr, &length, input, size_t(signingInput.size())) != 1)
        return keyError(tr("The JWT could not be signed with the service-account key."));
    QByteArray signature(qsizetype(length), Qt::Uninitialized);
    if (EVP_DigestSign(context.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
                       input, size_t(signingInput.size()))
        != 1)
        return keyError(tr("The JWT could not be signed with the service-account key."));
    signature.truncate(qsizetype(length));
    return QByteArray(signingInput + '.' + base64Url(signature));
}

Result<QByteArray> GoogleJwt::assertion(const GoogleCredentials &credentials, const QString &scope,
                                        const QDateTime &now)
{
    QJsonObject header;
    header.insert(QStringLiteral("alg"), QStringLiteral("RS256"));
    header.insert(QStringLiteral("typ"), QStringLiteral("JWT"));
    if (!credentials.privateKeyId.isEmpty())
        header.insert(QStringLiteral("kid"), credentials.privateKeyId);
    const qint64 issued = now.toSecsSinceEpoch() - BackdateSeconds;
    QJsonObject claims;
    claims.insert(QStringLiteral("iss"), credentials.clientEmail);
    claims.insert(QStringLiteral("scope"), scope);
    claims.insert(QStringLiteral("aud"), credentials.tokenUri.toString());
    claims.insert(QStringLiteral("iat"), issued);
    claims.insert(QStringLiteral("exp"), issued + LifetimeSeconds);
    return sign(credentials.privateKeyPem, header, claims);
}

} // namespace Copydeck
