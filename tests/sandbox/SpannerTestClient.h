#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QUrl>

// Talks to the sandbox's Spanner module over real loopback HTTP, as Google's client libraries
// do: a token from /token (JWT-bearer grant signed here with OpenSSL, or the refresh-token grant),
// then `Authorization: Bearer` on every API call.
class SpannerTestClient final
{
public:
    struct Reply
    {
        int status = 0;
        QByteArray body;
        QJsonObject json;
        QByteArray wwwAuthenticate;

        QJsonObject error() const { return json.value(QStringLiteral("error")).toObject(); }
        QString errorStatus() const { return error().value(QStringLiteral("status")).toString(); }
        QString errorMessage() const { return error().value(QStringLiteral("message")).toString(); }
    };

    explicit SpannerTestClient(QUrl endpoint);

    void setToken(const QByteArray &token) { m_token = token; }
    QByteArray token() const { return m_token; }

    // `pathAndQuery` goes on the wire as written ("/v1/projects/p/instances?pageSize=2").
    Reply send(const QByteArray &method, const QByteArray &pathAndQuery,
               const QByteArray &body = {}, const QByteArray &contentType = {});
    Reply get(const QByteArray &pathAndQuery) { return send("GET", pathAndQuery); }
    Reply postForm(const QByteArray &path, const QByteArray &form)
    {
        return send("POST", path, form, QByteArrayLiteral("application/x-www-form-urlencoded"));
    }

    // An RS256 JWT over `claims`, signed with the PEM private key.
    static QByteArray signJwt(const QByteArray &privateKeyPem, const QJsonObject &claims,
                              const QString &keyId = {});
    // A fresh RSA key that the sandbox never issued, as PKCS#8 PEM.
    static QByteArray otherPrivateKey();
    // The claims Google's libraries send: iss, scope, aud, iat = now - 10 s, exp = iat + 1 h.
    static QJsonObject
    standardClaims(const QJsonObject &serviceAccountKey,
                   const QString &scope
                   = QStringLiteral("https://www.googleapis.com/auth/cloud-platform"));
    static QByteArray jwtBearerForm(const QByteArray &assertion);
    // The JWT-bearer flow end to end; stores the token on success and returns the /token reply.
    Reply authenticate(const QJsonObject &serviceAccountKey);

private:
    QUrl m_endpoint;
    QByteArray m_token;
    QNetworkAccessManager m_network;
};
