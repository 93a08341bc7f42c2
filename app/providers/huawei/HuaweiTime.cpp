#include "HuaweiTime.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace Copydeck::HuaweiTime {

QDateTime parse(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d)(?:\\.(\\d+))?(Z|[+-]\\d\\d:?\\d\\d)?$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return {};
    QDateTime time = QDateTime::fromString(match.captured(1), Qt::ISODate);
    if (!time.isValid())
        return {};
    const QString zone = match.captured(3);
    if (zone.isEmpty() || zone == QLatin1String("Z")) {
        time.setTimeZone(QTimeZone::utc());
    } else {
        QString digits = zone.mid(1);
        digits.remove(QLatin1Char(':'));
        const int seconds = (digits.left(2).toInt() * 60 + digits.mid(2, 2).toInt()) * 60;
        time.setTimeZone(QTimeZone(zone.startsWith(QLatin1Char('-')) ? -seconds : seconds));
    }
    const QString fraction = match.captured(2);
    if (!fraction.isEmpty())
        time = time.addMSecs(QString(fraction + QStringLiteral("00")).left(3).toInt());
    return time.toUTC();
}

QString queryTime(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

} // namespace Copydeck::HuaweiTime
