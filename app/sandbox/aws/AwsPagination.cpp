#include "AwsPagination.h"

namespace Copydeck::Sandbox {

namespace {
constexpr auto TokenEncoding = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
}

std::variant<AwsPage, AwsErrorReply>
AwsPagination::read(const QUrlQuery &query, const QString &operation, int defaultPageSize)
{
    AwsPage page;
    page.maxResults = defaultPageSize;
    if (query.hasQueryItem(QStringLiteral("maxResults"))) {
        const QString text = query.queryItemValue(QStringLiteral("maxResults"), QUrl::FullyDecoded);
        bool ok = false;
        const qlonglong value = text.toLongLong(&ok);
        if (!ok || value < 1 || value > 1000) {
            return AwsErrorReply::invalidParameter(
                QStringLiteral("Value '%1' at 'maxResults' failed to satisfy constraint: Member "
                               "must have value between 1 and 1000")
                    .arg(text),
                QStringLiteral("MaxResults"));
        }
        page.maxResults = int(value);
    }
    if (query.hasQueryItem(QStringLiteral("nextToken"))) {
        const QString token = query.queryItemValue(QStringLiteral("nextToken"), QUrl::FullyDecoded);
        const auto decoded = QByteArray::fromBase64Encoding(
            token.toLatin1(), TokenEncoding | QByteArray::AbortOnBase64DecodingErrors);
        const QByteArray prefix = QByteArray(operation.toLatin1() + '\n');
        if (token.isEmpty() || decoded.decodingStatus != QByteArray::Base64DecodingStatus::Ok
            || !decoded.decoded.startsWith(prefix) || decoded.decoded.size() == prefix.size()) {
            return AwsErrorReply::invalidParameter(
                QStringLiteral("The pagination token is invalid: %1").arg(token),
                QStringLiteral("NextToken"));
        }
        page.afterKey = decoded.decoded.mid(prefix.size());
    }
    return page;
}

QString AwsPagination::tokenFor(const QString &operation, const QByteArray &lastKey)
{
    const QByteArray token = operation.toLatin1() + '\n' + lastKey;
    return QString::fromLatin1(token.toBase64(TokenEncoding));
}

} // namespace Copydeck::Sandbox
