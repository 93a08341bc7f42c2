#pragma once

#include "auth/HuaweiCredentials.h"
#include "core/HttpMessage.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QString>
#include <QUrl>

namespace Copydeck::Test {

// Raw HTTP to the Huawei part of the sandbox over loopback, each request signed with AK/SK (the
// Go SDK's header choice, or every header as the Node SDK does) or carrying an IAM token.
class HuaweiTestClient final
{
    Q_DISABLE_COPY_MOVE(HuaweiTestClient)

public:
    enum class Signing { GoSdk, EveryHeader };

    struct Reply
    {
        int status = 0;
        QJsonObject json;
        HeaderList headers;
        QByteArray body;
        QByteArray header(QByteArrayView name) const { return headerValue(headers, name); }
        QString errorCode() const { return json.value(QStringLiteral("error_code")).toString(); }
    };

    HuaweiTestClient();

    void useKeys(HuaweiCredentials credentials, Signing signing = Signing::GoSdk);
    void useToken(QByteArray token);

    // `url` may carry a query; the body is sent as application/json when not empty.
    Reply send(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
               const HeaderList &extraHeaders = {});
    Reply get(const QUrl &url) { return send("GET", url); }
    // POST /v3/auth/tokens with a password identity scoped to the project named `projectName`.
    Reply requestToken(const QUrl &iamEndpoint, const QString &domain, const QString &user,
                       const QString &password, const QString &projectName);

    // Signing a request whose date is `skewSeconds` away from now (stale-date tests).
    int dateSkewSeconds = 0;

private:
    QNetworkAccessManager m_network;
    HuaweiCredentials m_credentials;
    Signing m_signing = Signing::GoSdk;
    QByteArray m_token;
};

} // namespace Copydeck::Test
