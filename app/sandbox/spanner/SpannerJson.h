#pragma once

#include "SpannerResources.h"

#include <QJsonObject>

namespace Copydeck::Sandbox::SpannerJson {

// Resources as the proto3 JSON mapping writes them: lowerCamelCase, int64 as strings, timestamps
// Z-normalised, default values (0, false, empty lists) left out.
QJsonObject instanceConfig(const SpannerInstanceConfig &config);
QJsonObject instance(const SpannerInstance &instance);
QJsonObject database(const SpannerDatabase &database, const QDateTime &now,
                     const QString &defaultLeader);
QJsonObject backup(const SpannerBackup &backup);
QJsonObject operation(const SpannerOperation &operation);

} // namespace Copydeck::Sandbox::SpannerJson
