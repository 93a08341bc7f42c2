#include "HuaweiTestClient.h"

#include "auth/HuaweiSigner.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTimer>

#include <algorithm>

namespace Copydeck::Test {

HuaweiTestClient::HuaweiTestClient()
{
    m_network.setProxy(QNetworkProxy::NoProxy);
}

void HuaweiTestClient::useKeys(HuaweiCredentials credentials, Signing signing)
{
    m_credentials = std::move(credentials);
    m_signing = signing;
    m_token.clear();
}

void HuaweiTestClient::useToken(QByteArray token)
{
    m_token = std::move(token);
    m_credentials = {};
}

HuaweiTestClient::Reply HuaweiTestClient::send(const QByteArray &method, const QUrl &url,
                                               const QByteArray &body,
                                               const HeaderList &extraHeaders)
{
    HttpRequest request;
    request.method = method;
    request.url = url;
    request.body = body;
    if (!body.isEmpty())
        request.setHeader("Content-Type", "application/json;charset=UTF-8");
    for (const auto &[name, value] : extraHeaders)
        request.setHeader(name, value);
    if (!m_token.isEmpty())
        request.setHeader("X-Auth-Token", m_token);
    if (m_credentials.isValid()) {
        const QDateTime now = QDateTime::currentDateTimeUtc().addSecs(dateSkewSeconds);
        HuaweiSigner::sign(request, m_credentials, now);
        if (m_signing == Signing::EveryHeader) {
            // Re-sign over every header, content-type included, as the Node SDK does.
            request.headers.removeIf([](const auto &h) {
                return h.first.compare("authorization", Qt::CaseInsensitive) == 0;
            });
            QList<QByteArray> names;
            for (const auto &header : std::as_const(request.headers))
                names << header.first.toLower();
            std::sort(names.begin(), names.end());
            const QByteArray canonical = HuaweiSigner::canonicalRequest(
                method, url.path(QUrl::FullyEncoded).toUtf8(),
                url.query(QUrl::FullyEncoded).toUtf8(), request.headers, names,
                HuaweiSigner::payloadHashHex(request.headers, body));
            const QByteArray signature = HuaweiSigner::signatureHex(
                m_credentials.secretKey,
                HuaweiSigner::stringToSign(request.header("X-Sdk-Date"), canonical));
            request.setHeader(
                "Authorization",
                HuaweiSigner::authorization(m_credentials.accessKey, names, signature));
        }
    }

    QNetworkRequest networkRequest(request.url);
    for (const auto &[name, value] : std::as_const(request.headers))
        networkRequest.setRawHeader(name, value);
    QNetworkReply *reply = m_network.sendCustomRequest(networkRequest, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10'000, &loop, &QEventLoop::quit);
    loop.exec();
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    for (const auto &pair : reply->rawHeaderPairs())
        result.headers.append(pair);
    result.json = QJsonDocument::fromJson(result.body).object();
    reply->deleteLater();
    return result;
}

HuaweiTestClient::Reply HuaweiTestClient::requestToken(const QUrl &iamEndpoint,
                                                       const QString &domain, const QString &user,
                                                       const QString &password,
                                                       const QString &projectName)
{
    const QJsonObject body {
        {QStringLiteral("auth"),
         QJsonObject {
             {QStringLiteral("identity"),
              QJsonObject {{QStringLiteral("methods"), QJsonArray {QStringLiteral("password")}},
                           {QStringLiteral("password"),
                            QJsonObject {{QStringLiteral("user"),
                                          QJsonObject {{QStringLiteral("name"), user},
                                                       {QStringLiteral("password"), password},
                                                       {QStringLiteral("domain"),
                                                        QJsonObject {{QStringLiteral("name"),
                                                                      domain}}}}}}}}},
             {QStringLiteral("scope"),
              QJsonObject {{QStringLiteral("project"),
                            QJsonObject {{QStringLiteral("name"), projectName}}}}}}}};
    QUrl url = iamEndpoint;
    url.setPath(QStringLiteral("/v3/auth/tokens"));
    const QByteArray savedToken = std::exchange(m_token, QByteArray());
    const HuaweiCredentials savedKeys = std::exchange(m_credentials, HuaweiCredentials());
    Reply reply = send("POST", url, QJsonDocument(body).toJson(QJsonDocument::Compact));
    m_token = savedToken;
    m_credentials = savedKeys;
    return reply;
}

} // namespace Copydeck::Test
