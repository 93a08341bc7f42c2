#pragma once

#include "auth/AwsCredentials.h"
#include "core/HttpMessage.h"

#include <QDateTime>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QString>
#include <QUrl>

#include <functional>

// Sends AWS Backup requests to the sandbox over real HTTP, signed with the app's SigV4 signer.
// A test may change the request after signing (to break the signature) or sign at another time.
class AwsTestClient final
{
public:
    struct Reply
    {
        int status = 0;
        Copydeck::HeaderList headers;
        QByteArray body;
        QJsonObject json;

        QByteArray header(QByteArrayView name) const
        {
            return Copydeck::headerValue(headers, name);
        }
        QString errorType() const { return QString::fromLatin1(header("x-amzn-ErrorType")); }
        QString message() const { return json.value(QStringLiteral("message")).toString(); }
    };

    struct Options
    {
        QDateTime signedAt; // invalid: now
        bool sign = true;
        std::function<void(Copydeck::HttpRequest &)> afterSigning;
    };

    AwsTestClient(QUrl endpoint, Copydeck::AwsCredentials credentials, QString region);

    // `pathAndQuery` is sent as is: percent-encode ARNs in it yourself.
    Reply send(const QByteArray &method, const QByteArray &pathAndQuery, const QByteArray &body,
               const Options &options);
    Reply send(const QByteArray &method, const QByteArray &pathAndQuery,
               const QByteArray &body = {})
    {
        return send(method, pathAndQuery, body, Options());
    }
    Reply get(const QByteArray &pathAndQuery) { return send("GET", pathAndQuery); }

    static QByteArray encoded(const QString &pathSegment);

    QNetworkAccessManager &network() { return m_network; }

private:
    QUrl m_endpoint;
    Copydeck::AwsCredentials m_credentials;
    QString m_region;
    QNetworkAccessManager m_network;
};
