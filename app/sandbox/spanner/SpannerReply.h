#pragma once

#include "GoogleErrorReply.h"

#include <QJsonObject>

#include <variant>

namespace Copydeck::Sandbox {

// What a Spanner method answers: the JSON body of a 200, or Google's error.
using SpannerReply = std::variant<QJsonObject, GoogleErrorReply>;

namespace SpannerTypes {
inline const QString Instance
    = QStringLiteral("type.googleapis.com/google.spanner.admin.instance.v1.Instance");
inline const QString InstanceConfig
    = QStringLiteral("type.googleapis.com/google.spanner.admin.instance.v1.InstanceConfig");
inline const QString Database
    = QStringLiteral("type.googleapis.com/google.spanner.admin.database.v1.Database");
inline const QString Backup
    = QStringLiteral("type.googleapis.com/google.spanner.admin.database.v1.Backup");
inline const QString Operation = QStringLiteral("type.googleapis.com/google.longrunning.Operation");
} // namespace SpannerTypes

} // namespace Copydeck::Sandbox
