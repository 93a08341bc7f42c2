#include "RackspaceRawClient.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTimer>

namespace Copydeck::Test {

QString RackspaceRawClient::Reply::faultType() const
{
    return json.size() == 1 ? json.keys().constFirst() : QString();
}

int RackspaceRawClient::Reply::faultCode() const
{
    return json.value(faultType()).toObject().value(QStringLiteral("code")).toInt();
}

QString RackspaceRawClient::Reply::faultMessage() const
{
    return json.value(faultType()).toObject().value(QStringLiteral("message")).toString();
}

RackspaceRawClient::RackspaceRawClient()
{
    m_network.setProxy(QNetworkProxy::NoProxy);
}

RackspaceRawClient::Reply RackspaceRawClient::send(const QByteArray &method, const QUrl &url,
                                                   const QByteArray &body)
{
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    if (!body.isEmpty())
        request.setRawHeader("Content-Type", "application/json");
    if (!m_token.isEmpty())
        request.setRawHeader("X-Auth-Token", m_token);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10'000, &loop, &QEventLoop::quit);
    loop.exec();
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.json = QJsonDocument::fromJson(result.body).object();
    result.contentLength = reply->rawHeader("Content-Length");
    reply->deleteLater();
    return result;
}

RackspaceRawClient::Reply RackspaceRawClient::authenticate(const QUrl &identityEndpoint,
                                                           const QString &username,
                                                           const QString &apiKey)
{
    Reply reply = send("POST", identityEndpoint.resolved(QUrl(QStringLiteral("tokens"))),
                       apiKeyBody(username, apiKey));
    const QString token = reply.json.value(QStringLiteral("access"))
                              .toObject()
                              .value(QStringLiteral("token"))
                              .toObject()
                              .value(QStringLiteral("id"))
                              .toString();
    if (reply.status == 200)
        m_token = token.toLatin1();
    return reply;
}

QByteArray RackspaceRawClient::apiKeyBody(const QString &username, const QString &apiKey)
{
    QJsonObject credentials;
    credentials.insert(QStringLiteral("username"), username);
    credentials.insert(QStringLiteral("apiKey"), apiKey);
    QJsonObject auth;
    auth.insert(QStringLiteral("RAX-KSKEY:apiKeyCredentials"), credentials);
    return QJsonDocument(QJsonObject {{QStringLiteral("auth"), auth}}).toJson();
}

QByteArray RackspaceRawClient::copyBody(const QString &target, const QString &name,
                                        const QString &description)
{
    QJsonObject copy;
    if (!target.isNull())
        copy.insert(QStringLiteral("target_backup_region"), target);
    if (!name.isNull())
        copy.insert(QStringLiteral("name"), name);
    if (!description.isNull())
        copy.insert(QStringLiteral("description"), description);
    return QJsonDocument(QJsonObject {{QStringLiteral("copy-backup"), copy}}).toJson();
}

} // namespace Copydeck::Test
