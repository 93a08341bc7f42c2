#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QUrl>

namespace Copydeck::Test {

// Speaks to the Rackspace sandbox over real loopback HTTP, with nothing of Copydeck's client:
// raw requests, raw answers, so that the sandbox's wire format is what the tests see.
class RackspaceRawClient final
{
    Q_DISABLE_COPY_MOVE(RackspaceRawClient)

public:
    struct Reply
    {
        int status = 0;
        QByteArray body;
        QJsonObject json;
        QByteArray contentLength;

        // The single top-level member of a fault, and its code and message.
        QString faultType() const;
        int faultCode() const;
        QString faultMessage() const;
    };

    RackspaceRawClient();

    void setToken(const QByteArray &token) { m_token = token; }
    Reply send(const QByteArray &method, const QUrl &url, const QByteArray &body = {});
    Reply get(const QUrl &url) { return send("GET", url); }
    // POST <identity>/tokens with API-key credentials; stores the token on success.
    Reply authenticate(const QUrl &identityEndpoint, const QString &username,
                       const QString &apiKey);
    static QByteArray apiKeyBody(const QString &username, const QString &apiKey);
    static QByteArray copyBody(const QString &target, const QString &name,
                               const QString &description = {});

private:
    QNetworkAccessManager m_network;
    QByteArray m_token;
};

} // namespace Copydeck::Test
