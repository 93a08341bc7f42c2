#include "AwsResourceName.h"

#include <QStringList>

#include <algorithm>

namespace Copydeck {

std::optional<AwsResourceName> AwsResourceName::parse(const QString &arn)
{
    const QStringList parts = arn.split(QLatin1Char(':'));
    if (parts.size() < 6 || parts.at(0) != QLatin1String("arn") || parts.at(1).isEmpty()
        || parts.at(2).isEmpty())
        return std::nullopt;
    AwsResourceName name;
    name.partition = parts.at(1);
    name.service = parts.at(2);
    name.region = parts.at(3);
    name.accountId = parts.at(4);
    name.resource = parts.mid(5).join(QLatin1Char(':'));
    if (name.resource.isEmpty())
        return std::nullopt;
    return name;
}

QString AwsResourceName::resourceTail() const
{
    const qsizetype cut
        = std::max(resource.lastIndexOf(QLatin1Char('/')), resource.lastIndexOf(QLatin1Char(':')));
    return cut < 0 ? resource : resource.mid(cut + 1);
}

QString AwsResourceName::accountOf(const QString &arn)
{
    const auto name = parse(arn);
    return name ? name->accountId : QString();
}

QString AwsResourceName::regionOf(const QString &arn)
{
    const auto name = parse(arn);
    return name ? name->region : QString();
}

QString AwsResourceName::tailOf(const QString &arn)
{
    const auto name = parse(arn);
    return name ? name->resourceTail() : arn;
}

} // namespace Copydeck
