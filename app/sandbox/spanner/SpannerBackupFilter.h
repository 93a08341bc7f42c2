#pragma once

#include "SpannerResources.h"

#include <QString>

#include <memory>
#include <variant>

namespace Copydeck::Sandbox {

// The `filter` of backups.list: comparisons of name, database, state, create_time, expire_time,
// version_time and size_bytes with < > <= >= = != and ':' (contains), combined with AND, OR
// (which binds tighter, as in Google's filter language), NOT or '-', parentheses and juxtaposition.
class SpannerBackupFilter final
{
public:
    struct Node;

    // The empty filter matches everything. A malformed one is INVALID_ARGUMENT.
    static std::variant<SpannerBackupFilter, GoogleErrorReply> parse(const QString &text);

    bool matches(const SpannerBackup &backup) const;

private:
    std::shared_ptr<const Node> m_root;
};

} // namespace Copydeck::Sandbox
