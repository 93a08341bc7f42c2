#include "SpannerPagination.h"

#include <QCryptographicHash>

namespace Copydeck::Sandbox::SpannerPagination {

namespace {

QByteArray fingerprint(const QString &listing)
{
    return QCryptographicHash::hash(listing.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
}

} // namespace

SpannerReply page(const QJsonArray &items, const QString &key, const QUrlQuery &query,
                  const QString &listing, int maxPageSize)
{
    int pageSize = maxPageSize;
    const QString sizeText = query.queryItemValue(QStringLiteral("pageSize"), QUrl::FullyDecoded);
    if (!sizeText.isEmpty()) {
        bool ok = false;
        const int requested = sizeText.toInt(&ok);
        if (!ok) {
            const QString message
                = QStringLiteral("Invalid value at 'page_size' (TYPE_INT32), \"%1\"").arg(sizeText);
            return GoogleErrorReply::invalidArgument(message, QStringLiteral("page_size"));
        }
        if (requested < 0) {
            return GoogleErrorReply::invalidArgument(
                QStringLiteral("Invalid page_size: must not be negative."),
                QStringLiteral("page_size"));
        }
        if (requested > 0)
            pageSize = qMin(requested, maxPageSize);
    }

    qsizetype offset = 0;
    const QString token = query.queryItemValue(QStringLiteral("pageToken"), QUrl::FullyDecoded);
    if (!token.isEmpty()) {
        const auto decoded = QByteArray::fromBase64Encoding(
            token.toLatin1(),
            QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals
                | QByteArray::AbortOnBase64DecodingErrors);
        const QList<QByteArray> parts = decoded ? decoded.decoded.split(':') : QList<QByteArray>();
        bool ok = false;
        if (parts.size() == 2 && parts.at(0) == fingerprint(listing))
            offset = parts.at(1).toLongLong(&ok);
        if (!ok || offset < 0 || offset > items.size()) {
            return GoogleErrorReply::invalidArgument(
                QStringLiteral("Invalid page_token: it does not belong to this listing."),
                QStringLiteral("page_token"));
        }
    }

    QJsonArray page;
    for (qsizetype i = offset; i < items.size() && page.size() < pageSize; ++i)
        page.append(items.at(i));
    QJsonObject body;
    if (!page.isEmpty())
        body.insert(key, page);
    const qsizetype next = offset + page.size();
    if (next < items.size()) {
        const QByteArray raw = fingerprint(listing) + ':' + QByteArray::number(next);
        body.insert(QStringLiteral("nextPageToken"),
                    QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding
                                                     | QByteArray::OmitTrailingEquals)));
    }
    return body;
}

} // namespace Copydeck::Sandbox::SpannerPagination
