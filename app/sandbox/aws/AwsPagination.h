#pragma once

#include "AwsErrorReply.h"

#include <QByteArray>
#include <QString>
#include <QUrlQuery>

#include <variant>

namespace Copydeck::Sandbox {

// NextToken/MaxResults as the AWS Backup list operations take them. A token is opaque to clients:
// it carries the sort key of the last item returned and the operation it belongs to, so a page
// boundary stays put when items are added while a client pages.
struct AwsPage
{
    int maxResults = 0;
    QByteArray afterKey; // empty: first page
};

class AwsPagination final
{
public:
    // Reads maxResults (1..1000, default `defaultPageSize`) and nextToken from the query.
    static std::variant<AwsPage, AwsErrorReply> read(const QUrlQuery &query,
                                                     const QString &operation, int defaultPageSize);
    static QString tokenFor(const QString &operation, const QByteArray &lastKey);
};

} // namespace Copydeck::Sandbox
