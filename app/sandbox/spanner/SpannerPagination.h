#pragma once

#include "SpannerReply.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace Copydeck::Sandbox::SpannerPagination {

// One page of `items` under `key`, with nextPageToken when more follow. pageSize <= 0 or absent
// means the server's maximum; the token is opaque and bound to the listing (parent and filter)
// it came from, so a token from another listing is INVALID_ARGUMENT.
SpannerReply page(const QJsonArray &items, const QString &key, const QUrlQuery &query,
                  const QString &listing, int maxPageSize);

} // namespace Copydeck::Sandbox::SpannerPagination
