#include "RackspaceRegions.h"

namespace Copydeck {

QStringList RackspaceRegions::all()
{
    return {QStringLiteral("DFW"), QStringLiteral("IAD"), QStringLiteral("ORD"),
            QStringLiteral("LON"), QStringLiteral("HKG"), QStringLiteral("SYD")};
}

bool RackspaceRegions::copySupported(const QString &region)
{
    return copyRegions().contains(region);
}

QStringList RackspaceRegions::copyRegions()
{
    return {QStringLiteral("DFW"), QStringLiteral("IAD"), QStringLiteral("ORD"),
            QStringLiteral("HKG"), QStringLiteral("SYD")};
}

QString RackspaceRegions::cityOf(const QString &region)
{
    if (region == QLatin1String("DFW"))
        return tr("Dallas");
    if (region == QLatin1String("IAD"))
        return tr("Northern Virginia");
    if (region == QLatin1String("ORD"))
        return tr("Chicago");
    if (region == QLatin1String("LON"))
        return tr("London");
    if (region == QLatin1String("HKG"))
        return tr("Hong Kong");
    if (region == QLatin1String("SYD"))
        return tr("Sydney");
    return {};
}

QString RackspaceRegions::displayName(const QString &region)
{
    const QString city = cityOf(region);
    return city.isEmpty() ? region : tr("%1 (%2)").arg(region, city);
}

} // namespace Copydeck
