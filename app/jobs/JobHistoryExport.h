#pragma once

#include "core/CopyJob.h"

#include <QByteArray>
#include <QList>

#include <functional>

namespace Copydeck::JobHistoryExport {

// The jobs history as a file: one row (CSV, RFC 4180, UTF-8 with a header line) or one object
// (JSON array) per job, with the ids a script needs and the names a person reads. Pure functions:
// safe on any thread.
using Name = std::function<QString(const QString &id)>;

QByteArray toCsv(const QList<CopyJob> &jobs, const Name &accountName);
QByteArray toJson(const QList<CopyJob> &jobs, const Name &accountName);

} // namespace Copydeck::JobHistoryExport
