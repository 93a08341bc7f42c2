#pragma once

#include "SpannerBackupFilter.h"

#include <QJsonObject>

namespace Copydeck::Sandbox::SpannerOperationFilter {

// The `filter` of backupOperations.list and backups.operations.list, as Google documents it:
// name, done, error, metadata.@type, metadata.<field> (metadata.name, metadata.database,
// metadata.source_backup, metadata.progress.start_time, metadata.progress.end_time,
// metadata.progress.progress_percent, metadata.cancel_time), response.@type and
// response.<field>, with the operators and combinations of the backups filter. Filtering on a
// metadata field needs metadata.@type first, else INVALID_ARGUMENT.
std::variant<SpannerBackupFilter, GoogleErrorReply> parse(const QString &text);

// The operation's fields by their filter names (snake_case paths) as text: "done", "error"
// (present when the operation failed), "metadata.progress.start_time", ...
SpannerBackupFilter::FieldValue fieldsOf(const QJsonObject &operation);

} // namespace Copydeck::Sandbox::SpannerOperationFilter
