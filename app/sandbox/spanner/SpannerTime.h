#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace Copydeck::Sandbox::SpannerTime {

// RFC 3339 as Google's JSON mapping writes it: UTC, 'Z', no fraction when whole seconds, else 3.
QString format(const QDateTime &time);
// RFC 3339 as Google accepts it: 0 to 9 fractional digits, 'Z' or any offset.
std::optional<QDateTime> parse(const QString &text);

} // namespace Copydeck::Sandbox::SpannerTime
