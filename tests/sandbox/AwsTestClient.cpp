#include "AwsTestClient.h"

#include "auth/AwsSigV4Signer.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>

using namespace Copydeck;

AwsTestClient::AwsTestClient(QUrl endpoint, AwsCredentials credentials, QString region)
    : m_endpoint(std::move(endpoint))
    , m_credentials(std::move(credentials))
    , m_region(std::move(region))
{ }

QByteArray AwsTestClient::encoded(const QString &pathSegment)
{
    // As SDKs encode a URI label: everything but the unreserved set, so ':' and '/' become %3A,
    // %2F.
    return QUrl::toPercentEncoding(pathSegment);
}

AwsTestClient::Reply AwsTestClient::send(const QByteArray &method, const QByteArray &pathAndQuery,
                                         const QByteArray &body, const Options &options)
{
    HttpRequest request;
    request.method = method;
    request.url = QUrl::fromEncoded(m_endpoint.toEncoded() + pathAndQuery, QUrl::StrictMode);
    request.body = body;
    if (!body.isEmpty())
        request.setHeader("Content-Type", "application/json");
    if (options.sign) {
        const QDateTime at
            = options.signedAt.isValid() ? options.signedAt : QDateTime::currentDateTimeUtc();
        AwsSigV4Signer(m_region, QStringLiteral("backup")).sign(request, m_credentials, at);
    }
    if (options.afterSigning)
        options.afterSigning(request);

    QNetworkRequest networkRequest(request.url);
    for (const auto &[name, value] : std::as_const(request.headers)) {
        // QNetworkAccessManager writes Host itself, from the same URL the signer used.
        if (name.compare("host", Qt::CaseInsensitive) != 0)
            networkRequest.setRawHeader(name, value);
    }
    QBuffer *buffer = nullptr;
    if (!request.body.isEmpty()) {
        buffer = new QBuffer;
        buffer->setData(request.body);
        buffer->open(QIODevice::ReadOnly);
    }
    QNetworkReply *networkReply = m_network.sendCustomRequest(networkRequest, method, buffer);
    if (buffer)
        buffer->setParent(networkReply);

    Reply reply;
    QSignalSpy finished(networkReply, &QNetworkReply::finished);
    if (!networkReply->isFinished() && !finished.wait(10000)) {
        networkReply->abort();
        networkReply->deleteLater();
        return reply;
    }
    reply.status = networkReply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    for (const auto &pair : networkReply->rawHeaderPairs())
        reply.headers.append({pair.first, pair.second});
    reply.body = networkReply->readAll();
    reply.json = QJsonDocument::fromJson(reply.body).object();
    networkReply->deleteLater();
    return reply;
}
