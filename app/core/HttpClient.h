#pragma once

#include "HttpMessage.h"
#include "Result.h"
#include "RetryPolicy.h"

#include <QLoggingCategory>
#include <QRandomGenerator>

#include <functional>

#include <qcoro/qcorotask.h>

class QNetworkAccessManager;

namespace Copydeck {

// Sends one logical request, retrying transient failures under the RetryPolicy. Every attempt is
// prepared afresh (a signature carries the time; a token may have been refreshed), so the caller
// passes a `prepare` step instead of a signed request. Logs method, redacted URL, status and time;
// never a secret header or a body.
class HttpClient final
{
public:
    // Signs or authorises one attempt. An error stops the request (nothing is sent).
    using Prepare = std::function<QCoro::Task<Result<HttpRequest>>(HttpRequest)>;
    // A cloud's own transient answers beyond the common ones (throttling codes in a 400 body,
    // an unparsable 200 body).
    using IsTransient = std::function<bool(const HttpResponse &)>;

    HttpClient(QNetworkAccessManager *network, RetryPolicy policy,
               const QLoggingCategory &category);
    Q_DISABLE_COPY_MOVE(HttpClient)

    // The response, whatever its status, once it is final (not transient, or out of attempts).
    // An error only when nothing usable came back: prepare failed, or no HTTP answer at all.
    // A request that is not idempotent (HttpRequest::idempotent) is sent again only after an
    // answer that says it was not applied (429, connection refused).
    QCoro::Task<Result<HttpResponse>> send(HttpRequest request, Prepare prepare = {},
                                           IsTransient isTransient = {});

    const RetryPolicy &policy() const { return m_policy; }

private:
    QCoro::Task<HttpResponse> sendOnce(const HttpRequest &request);

    QNetworkAccessManager *m_network;
    RetryPolicy m_policy;
    const QLoggingCategory &m_category;
    QRandomGenerator m_random;
};

// The CloudError for a request that got no HTTP answer.
CloudError transportError(const HttpResponse &response, const QUrl &url);

} // namespace Copydeck
