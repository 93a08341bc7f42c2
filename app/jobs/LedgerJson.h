#pragma once

#include "core/Backup.h"
#include "core/CloudError.h"
#include "core/CopyJob.h"
#include "core/Location.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace Copydeck::LedgerJson {

// The structured values the ledger keeps in a column each, as compact JSON text. Reading back is
// lenient: a missing member keeps the type's default, so older rows stay readable.
QString fromLocation(const Location &location);
Location toLocation(const QString &text);
QString fromBackup(const Backup &backup);
Backup toBackup(const QString &text);
QString fromError(const CloudError &error);
CloudError toError(const QString &text);
QString fromCounts(const QMap<QString, qint64> &counts);
QMap<QString, qint64> toCounts(const QString &text);

// Stable names stored for states: never the enum's numbers, which may be reordered.
QString stateKey(CopyJobState state);
CopyJobState stateFromKey(const QString &key, bool *known = nullptr);

} // namespace Copydeck::LedgerJson
