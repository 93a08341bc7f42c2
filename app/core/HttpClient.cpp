#include "HttpClient.h"

#include "Redaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QIODevice>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <cstring>
#include <memory>

#include <qcoro/qcoronetworkreply.h>
#include <qcoro/qcorotimer.h>

namespace Copydeck {

namespace {

// The body of a request that must not reach the server twice. Qt's HTTP stack sends a request
// again by itself when the connection closes after the request went out and before any answer
// (QHttpNetworkConnectionChannel::resendCurrentRequest), but only once it has rewound the upload
// device (resetUploadData): this one cannot be rewound, so Qt reports ContentReSendError instead.
// Sequential with a Content-Length and DoNotBufferUploadData, so Qt streams it as it is rather
// than copying it into a buffer of its own that it could rewind.
class UnrewindableBody final : public QIODevice
{
public:
    explicit UnrewindableBody(QByteArray bytes)
        : m_bytes(std::move(bytes))
    {
        open(QIODevice::ReadOnly);
    }

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    bool seek(qint64) override { return false; }
    qint64 bytesAvailable() const override
    {
        return m_bytes.size() - m_read + QIODevice::bytesAvailable();
    }
    bool atEnd() const override { return m_read >= m_bytes.size() && QIODevice::atEnd(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 count = std::min<qint64>(maxSize, m_bytes.size() - m_read);
        if (count <= 0)
            return m_read >= m_bytes.size() ? -1 : 0;
        std::memcpy(data, m_bytes.constData() + m_read, size_t(count));
        m_read += count;
        return count;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_bytes;
    qint64 m_read = 0;
};

// A non-idempotent request is sent again only after an answer that says nothing was applied.
bool wasNotApplied(const HttpResponse &response)
{
    return response.status == 429
        || (response.status == 0 && response.networkError == QNetworkReply::ConnectionRefusedError);
}

} // namespace

HttpClient::HttpClient(QNetworkAccessManager *network, RetryPolicy policy,
                       const QLoggingCategory &category)
    : m_network(network)
    , m_policy(policy)
    , m_category(category)
    , m_random(QRandomGenerator::securelySeeded())
{ }

QCoro::Task<Result<HttpResponse>> HttpClient::send(HttpRequest request, Prepare prepare,
                                                   IsTransient isTransient)
{
    HttpResponse response;
    for (int attempt = 1;; ++attempt) {
        HttpRequest ready = request;
        if (prepare) {
            auto prepared = co_await prepare(request);
            if (!prepared)
                co_return prepared.error();
            ready = std::move(prepared).value();
        }
        response = co_await sendOnce(ready);
        response.attempts = attempt;
        const bool transient
            = (m_policy.isTransient(response) || (isTransient && isTransient(response)))
            && (request.idempotent || wasNotApplied(response));
        if (!transient || attempt >= m_policy.maxAttempts)
            break;
        const auto delay = m_policy.delayAfter(attempt, response, m_random.generateDouble());
        qCInfo(m_category).nospace()
            << "retrying " << ready.method << ' ' << Redaction::urlForLog(ready.url) << " in "
            << delay.count() << " ms (attempt " << attempt << " got " << response.status << ' '
            << response.networkErrorString << ')';
        co_await QCoro::sleepFor(delay);
    }
    if (response.status == 0)
        co_return transportError(response, request.url);
    co_return response;
}

QCoro::Task<HttpResponse> HttpClient::sendOnce(const HttpRequest &request)
{
    QNetworkRequest networkRequest(request.url);
    for (const auto &[name, value] : request.headers) {
        // Qt adds Host itself from the URL; a signed Host must match it, which it does.
        if (name.compare("host", Qt::CaseInsensitive) == 0)
            continue;
        networkRequest.setRawHeader(name, value);
    }
    networkRequest.setTransferTimeout(int(m_policy.transferTimeout.count()));
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                QNetworkRequest::ManualRedirectPolicy);

    QElapsedTimer timer;
    timer.start();
    QNetworkReply *sent = nullptr;
    if (request.idempotent) {
        sent = m_network->sendCustomRequest(networkRequest, request.method, request.body);
    } else {
        networkRequest.setHeader(QNetworkRequest::ContentLengthHeader, request.body.size());
        networkRequest.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *body = new UnrewindableBody(request.body);
        sent = m_network->sendCustomRequest(networkRequest, request.method, body);
        body->setParent(sent);
    }
    std::unique_ptr<QNetworkReply, void (*)(QNetworkReply *)> reply(
        sent, [](QNetworkReply *r) { r->deleteLater(); });
    co_await qCoro(reply.get()).waitForFinished(std::chrono::milliseconds(-1));

    HttpResponse response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    for (const auto &pair : reply->rawHeaderPairs())
        response.headers.append({pair.first, pair.second});
    if (reply->isOpen()) // an aborted reply (transfer timeout) is closed: nothing to read
        response.body = reply->readAll();
    if (response.status == 0) {
        response.networkError = reply->error();
        response.networkErrorString = reply->errorString();
    }
    qCDebug(m_category).nospace() << request.method << ' ' << Redaction::urlForLog(request.url)
                                  << " -> " << response.status << " in " << timer.elapsed()
                                  << " ms";
    co_return response;
}

CloudError transportError(const HttpResponse &response, const QUrl &url)
{
    CloudError error;
    error.kind = response.networkError == QNetworkReply::TimeoutError
            || response.networkError == QNetworkReply::OperationCanceledError
        ? CloudError::Kind::Timeout
        : CloudError::Kind::Network;
    error.retryable = true;
    if (response.networkError == QNetworkReply::ContentReSendError) {
        // A request that must not be sent twice lost its connection after it went out.
        error.explanation
            = QCoreApplication::translate("HttpClient",
                                          "The connection to %1 was lost before it answered; "
                                          "the request may or may not have been carried out.")
                  .arg(url.host(QUrl::FullyDecoded));
        error.nextStep = QCoreApplication::translate(
            "HttpClient", "Copydeck checks whether it was before sending it again.");
        return error;
    }
    error.explanation = QCoreApplication::translate("HttpClient", "Could not reach %1: %2.")
                            .arg(url.host(QUrl::FullyDecoded), response.networkErrorString);
    error.nextStep = QCoreApplication::translate(
        "HttpClient", "Check the network connection and the account's endpoint, then retry.");
    return error;
}

} // namespace Copydeck
