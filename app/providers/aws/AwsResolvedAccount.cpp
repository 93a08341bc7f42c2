#include "AwsResolvedAccount.h"

namespace Copydeck {

QUrl AwsResolvedAccount::endpoint(const QString &region) const
{
    if (!endpointOverride.isEmpty())
        return endpointOverride;
    const QString domain = region.startsWith(QLatin1String("cn-"))
        ? QStringLiteral("amazonaws.com.cn")
        : QStringLiteral("amazonaws.com");
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(QStringLiteral("backup.%1.%2").arg(region, domain));
    return url;
}

} // namespace Copydeck
