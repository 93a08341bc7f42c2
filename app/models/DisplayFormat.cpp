#include "DisplayFormat.h"

#include "core/Location.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace Copydeck::DisplayFormat {

QString size(qint64 bytes)
{
    if (bytes < 0)
        return {};
    return QLocale().formattedDataSize(bytes, 1);
}

QString rate(double bytesPerSecond)
{
    if (!(bytesPerSecond >= 0))
        return {};
    return QCoreApplication::translate("DisplayFormat", "%1/s")
        .arg(QLocale().formattedDataSize(qint64(bytesPerSecond), 1));
}

QString dateTime(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return {};
    return QLocale().toString(dateTime.toLocalTime(), QLocale::ShortFormat);
}

QString longDateTime(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return {};
    return QLocale().toString(dateTime.toLocalTime(), QLocale::LongFormat);
}

QString duration(qint64 seconds)
{
    if (seconds < 0)
        return {};
    const qint64 days = seconds / 86400;
    const qint64 hours = (seconds % 86400) / 3600;
    const qint64 minutes = (seconds % 3600) / 60;
    const qint64 secs = seconds % 60;
    if (days > 0)
        return QCoreApplication::translate("DisplayFormat", "%1 d %2 h").arg(days).arg(hours);
    if (hours > 0)
        return QCoreApplication::translate("DisplayFormat", "%1 h %2 min")
            .arg(hours)
            .arg(minutes, 2, 10, QLatin1Char('0'));
    if (minutes > 0)
        return QCoreApplication::translate("DisplayFormat", "%1 min %2 s")
            .arg(minutes)
            .arg(secs, 2, 10, QLatin1Char('0'));
    return QCoreApplication::translate("DisplayFormat", "%1 s").arg(secs);
}

QString locationTitle(const Location &location)
{
    if (!location.displayName.isEmpty())
        return location.displayName;
    if (!location.name.isEmpty())
        return location.name;
    return location.id;
}

} // namespace Copydeck::DisplayFormat
