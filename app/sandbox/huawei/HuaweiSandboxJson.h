#pragma once

#include "HuaweiResources.h"

#include <QJsonObject>
#include <QString>

namespace Copydeck::Sandbox {

class HuaweiState;

// CBR's JSON (snake_case, as the SDK models name it) and its two timestamp forms: resources carry
// "2020-02-05T10:38:34.209782" (UTC, no zone); operation logs and tokens "...209782Z".
namespace HuaweiSandboxJson {

QString resourceTime(qint64 ms); // empty for 0
QString zonedTime(qint64 ms); // empty for 0
QJsonObject backup(const HuaweiState &state, const HuaweiBackup &backup, bool withReplication);
QJsonObject vault(const HuaweiState &state, const HuaweiVault &vault);
QJsonObject replicationRecord(const HuaweiReplication &replication);
QJsonObject operationLog(const HuaweiReplication &replication);

} // namespace HuaweiSandboxJson

} // namespace Copydeck::Sandbox
