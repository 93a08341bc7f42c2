#include "RackspaceCopyHandle.h"

#include <QUrlQuery>

namespace Copydeck {

namespace {
const QString Prefix = QStringLiteral("copy-backup?");
}

QString RackspaceCopyHandle::encode() const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("region"), targetRegion);
    query.addQueryItem(QStringLiteral("name"), QString::fromLatin1(QUrl::toPercentEncoding(name)));
    query.addQueryItem(QStringLiteral("after"), sentAfter.toUTC().toString(Qt::ISODateWithMs));
    query.addQueryItem(QStringLiteral("source"), sourceId);
    query.addQueryItem(QStringLiteral("from"), sourceRegion);
    return Prefix + query.toString(QUrl::FullyEncoded);
}

std::optional<RackspaceCopyHandle> RackspaceCopyHandle::decode(const QString &remoteId)
{
    if (!remoteId.startsWith(Prefix))
        return std::nullopt;
    const QUrlQuery query(remoteId.mid(Prefix.size()));
    RackspaceCopyHandle handle;
    handle.targetRegion = query.queryItemValue(QStringLiteral("region"));
    handle.name = QUrl::fromPercentEncoding(
        query.queryItemValue(QStringLiteral("name"), QUrl::FullyEncoded).toLatin1());
    handle.sentAfter
        = QDateTime::fromString(query.queryItemValue(QStringLiteral("after")), Qt::ISODateWithMs)
              .toUTC();
    handle.sourceId = query.queryItemValue(QStringLiteral("source"));
    handle.sourceRegion = query.queryItemValue(QStringLiteral("from"));
    if (handle.targetRegion.isEmpty() || handle.name.isEmpty() || !handle.sentAfter.isValid())
        return std::nullopt;
    return handle;
}

} // namespace Copydeck
