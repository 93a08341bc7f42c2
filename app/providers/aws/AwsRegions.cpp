#include "AwsRegions.h"

#include <QCoreApplication>

namespace Copydeck::AwsRegions {

QList<Region> common()
{
    static const struct
    {
        const char *code;
        const char *name;
    } regions[] = {
        {"us-east-1", QT_TRANSLATE_NOOP("AwsRegions", "US East (N. Virginia)")},
        {"us-east-2", QT_TRANSLATE_NOOP("AwsRegions", "US East (Ohio)")},
        {"us-west-1", QT_TRANSLATE_NOOP("AwsRegions", "US West (N. California)")},
        {"us-west-2", QT_TRANSLATE_NOOP("AwsRegions", "US West (Oregon)")},
        {"af-south-1", QT_TRANSLATE_NOOP("AwsRegions", "Africa (Cape Town)")},
        {"ap-east-1", QT_TRANSLATE_NOOP("AwsRegions", "Asia Pacific (Hong Kong)")},
        {"ap-south-1", QT_TRANSLATE_NOOP("AwsRegions", "Asia Pacific (Mumbai)")},
        {"ap-south-2", QT_TRANSLATE_NOOP("AwsRegions", "Asia Pacific (Hyderabad)")},
        {"ap-northeast-1", QT_TRANSLATE_NOOP("AwsRegions", "Asia Pacific (Tokyo)")},
        {"ap-northeast-2", QT_TRANSLATE_NOOP("AwsRegions", "Asia Pacific (Seoul)")},
        {"ap-northeast-3", QT_TRANSLATE_NOOP("AwsRegions", "Asia Pacific (Osaka)")},
        {"ap-southeast-1", QT_TRANSLATE_NOOP("AwsRegions", "Asia Pacific (Singapore)")},
        {"ap-southeast-2", QT_TRANSLATE_NOOP("AwsRegions", "Asia Pacific (Sydney)")},
        {"ap-southeast-3", QT_TRANSLATE_NOOP("AwsRegions", "Asia Pacific (Jakarta)")},
        {"ap-southeast-4", QT_TRANSLATE_NOOP("AwsRegions", "Asia Pacific (Melbourne)")},
        {"ca-central-1", QT_TRANSLATE_NOOP("AwsRegions", "Canada (Central)")},
        {"ca-west-1", QT_TRANSLATE_NOOP("AwsRegions", "Canada West (Calgary)")},
        {"eu-central-1", QT_TRANSLATE_NOOP("AwsRegions", "Europe (Frankfurt)")},
        {"eu-central-2", QT_TRANSLATE_NOOP("AwsRegions", "Europe (Zurich)")},
        {"eu-west-1", QT_TRANSLATE_NOOP("AwsRegions", "Europe (Ireland)")},
        {"eu-west-2", QT_TRANSLATE_NOOP("AwsRegions", "Europe (London)")},
        {"eu-west-3", QT_TRANSLATE_NOOP("AwsRegions", "Europe (Paris)")},
        {"eu-south-1", QT_TRANSLATE_NOOP("AwsRegions", "Europe (Milan)")},
        {"eu-south-2", QT_TRANSLATE_NOOP("AwsRegions", "Europe (Spain)")},
        {"eu-north-1", QT_TRANSLATE_NOOP("AwsRegions", "Europe (Stockholm)")},
        {"il-central-1", QT_TRANSLATE_NOOP("AwsRegions", "Israel (Tel Aviv)")},
        {"me-south-1", QT_TRANSLATE_NOOP("AwsRegions", "Middle East (Bahrain)")},
        {"me-central-1", QT_TRANSLATE_NOOP("AwsRegions", "Middle East (UAE)")},
        {"sa-east-1", QT_TRANSLATE_NOOP("AwsRegions", "South America (São Paulo)")},
    };
    QList<Region> result;
    result.reserve(std::size(regions));
    for (const auto &region : regions)
        result.append({QString::fromLatin1(region.code),
                       QCoreApplication::translate("AwsRegions", region.name)});
    return result;
}

} // namespace Copydeck::AwsRegions
