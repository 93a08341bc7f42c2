#pragma once

#include <QDateTime>
#include <QString>

namespace Copydeck::HuaweiTime {

// Huawei's timestamps: "2020-02-05T10:38:34.209782" (UTC, no zone) on CBR resources,
// "...209782Z" on operation logs and tokens, "2020-02-05T10:38:34Z" in queries; any fraction
// length, an optional zone. Invalid when the text is none of these.
QDateTime parse(const QString &text);
// "2020-02-05T10:38:34Z", for query parameters.
QString queryTime(const QDateTime &time);

} // namespace Copydeck::HuaweiTime
