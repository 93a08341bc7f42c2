#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace Copydeck::Redaction {

// Whether a header carries a secret (Authorization, X-Auth-Token, X-Subject-Token, session tokens,
// cookies). Such values never reach a log.
bool isSecretHeader(QByteArrayView name);

// The header value as it may be logged.
QByteArray headerForLog(QByteArrayView name, const QByteArray &value);

// The URL as it may be logged: query values that carry signatures, tokens or keys are replaced.
QString urlForLog(const QUrl &url);

// Replaces secret-looking JSON members ("access_token", "SecretAccessKey", "private_key", ...) in a
// body so that it may be logged or shown.
QByteArray bodyForLog(const QByteArray &body);

inline constexpr QLatin1StringView Mask {"[redacted]"};

} // namespace Copydeck::Redaction
