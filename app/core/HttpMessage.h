#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QString>
#include <QUrl>

#include <utility>

namespace Copydeck {

using HeaderList = QList<std::pair<QByteArray, QByteArray>>;

// Case-insensitive look-up in a header list; empty when absent.
QByteArray headerValue(const HeaderList &headers, QByteArrayView name);

struct HttpRequest
{
    QByteArray method = "GET";
    QUrl url;
    HeaderList headers; // in the order they are sent
    QByteArray body;
    // false: the server must not get this request twice (a start call with no idempotency token).
    // HttpClient then sends it again only after an answer that says it was not applied (429,
    // connection refused), and Qt's HTTP stack cannot resend it by itself after a connection
    // lost before the answer: it reports QNetworkReply::ContentReSendError instead. The caller
    // finds out whether the cloud applied it before sending it again.
    bool idempotent = true;

    QByteArray header(QByteArrayView name) const { return headerValue(headers, name); }
    // Replaces any header of the same name (case-insensitive).
    void setHeader(const QByteArray &name, const QByteArray &value);
};

struct HttpResponse
{
    int status = 0; // 0: no HTTP answer at all (see networkError)
    HeaderList headers;
    QByteArray body;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorString;
    int attempts = 1; // how many times the request was sent

    bool isSuccess() const { return status >= 200 && status < 300; }
    QByteArray header(QByteArrayView name) const { return headerValue(headers, name); }
};

} // namespace Copydeck
