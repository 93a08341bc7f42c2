#include "HttpClient.h"

#include "Redaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <memory>

#include <qcoro/qcoronetworkreply.h>
#include <qcoro/qcorotimer.h>

namespace Copydeck {

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
            = m_policy.isTransient(response) || (isTransient && isTransient(response));
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
    std::unique_ptr<QNetworkReply, void (*)(QNetworkReply *)> reply(
        m_network->sendCustomRequest(networkRequest, request.method, request.body),
        [](QNetworkReply *r) { r->deleteLater(); });
    co_await qCoro(reply.get()).waitForFinished(std::chrono::milliseconds(-1));

    HttpResponse response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    for (const auto &pair : reply->rawHeaderPairs())
        response.headers.append({pair.first, pair.second});
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
    error.explanation = QCoreApplication::translate("HttpClient", "Could not reach %1: %2.")
                            .arg(url.host(QUrl::FullyDecoded), response.networkErrorString);
    error.nextStep = QCoreApplication::translate(
        "HttpClient", "Check the network connection and the account's endpoint, then retry.");
    return error;
}

} // namespace Copydeck
