#pragma once

#include <QString>

class QDateTime;

namespace Copydeck {

struct Location;

// How the item models word sizes, times and durations, so that every table agrees.
namespace DisplayFormat {

QString size(qint64 bytes); // "1.5 GiB"; empty when unknown (negative)
QString rate(double bytesPerSecond); // "40 MB/s" in the locale's IEC units; empty when unknown
QString dateTime(const QDateTime &dateTime); // short, local time; empty when invalid
QString longDateTime(const QDateTime &dateTime); // long, local time; empty when invalid
QString duration(qint64 seconds); // "2 h 05 min", "3 min 20 s", "42 s"; empty when negative
QString locationTitle(const Location &location); // display name, else name, else id

} // namespace DisplayFormat

} // namespace Copydeck
