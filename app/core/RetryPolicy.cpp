#include "RetryPolicy.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace Copydeck {

RetryPolicy RetryPolicy::fast()
{
    RetryPolicy policy;
    policy.baseDelay = std::chrono::milliseconds(5);
    policy.maxDelay = std::chrono::milliseconds(50);
    policy.transferTimeout = std::chrono::milliseconds(5'000);
    return policy;
}

// A body the server declared as JSON that does not parse was cut short (or mangled) on the way:
// the same request, sent again, brings the whole of it.
static bool isUnparsableJson(const HttpResponse &response)
{
    if (response.body.isEmpty()
        || !response.header("content-type").toLower().contains(QByteArrayLiteral("json")))
        return false;
    QJsonParseError error;
    QJsonDocument::fromJson(response.body, &error);
    return error.error != QJsonParseError::NoError;
}

bool RetryPolicy::isTransient(const HttpResponse &response) const
{
    if (response.status == 0) {
        switch (response.networkError) {
        case QNetworkReply::ConnectionRefusedError:
        case QNetworkReply::RemoteHostClosedError:
        case QNetworkReply::TimeoutError:
        case QNetworkReply::OperationCanceledError: // the transfer timeout aborts this way
        case QNetworkReply::TemporaryNetworkFailureError:
        case QNetworkReply::NetworkSessionFailedError:
        case QNetworkReply::UnknownNetworkError:
        case QNetworkReply::ProxyConnectionClosedError:
        case QNetworkReply::ProxyTimeoutError:
            return true;
        default:
            return false;
        }
    }
    switch (response.status) {
    case 429:
    case 500:
    case 502:
    case 503:
    case 504:
        return true;
    default:
        return isUnparsableJson(response);
    }
}

static std::chrono::milliseconds retryAfter(const HttpResponse &response)
{
    const QByteArray value = response.header("retry-after").trimmed();
    if (value.isEmpty())
        return std::chrono::milliseconds(0);
    bool isNumber = false;
    const double seconds = value.toDouble(&isNumber);
    if (isNumber)
        return std::chrono::milliseconds(qint64(std::max(0.0, seconds) * 1000));
    // RFC 9110 HTTP-date, e.g. "Sun, 06 Nov 1994 08:49:37 GMT"
    const QDateTime when = QLocale::c().toDateTime(
        QString::fromLatin1(value), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return std::chrono::milliseconds(0);
    QDateTime utc = when;
    utc.setTimeZone(QTimeZone::utc());
    return std::chrono::milliseconds(
        std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(utc)));
}

std::chrono::milliseconds RetryPolicy::delayAfter(int attempt, const HttpResponse &response,
                                                  double unitRandom) const
{
    const double ceiling = std::min<double>(double(maxDelay.count()),
                                            double(baseDelay.count()) * std::pow(2.0, attempt - 1));
    const auto jittered
        = std::chrono::milliseconds(qint64(ceiling * std::clamp(unitRandom, 0.0, 1.0)));
    // The server's Retry-After is honoured even beyond maxDelay: it knows when it will answer.
    return std::max(jittered, retryAfter(response));
}

} // namespace Copydeck
