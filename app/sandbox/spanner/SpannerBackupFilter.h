#pragma once

#include "SpannerResources.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
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

    // The same language over other resources (operations): `fields` are the names allowed, an
    // entry ending in ".*" allowing every name under it; `value` gives a field's value as text
    // (timestamps in RFC 3339, numbers in decimal), or nothing when the resource lacks it.
    // Values compare as times for *_time fields, as numbers when both are numbers, else as text
    // without regard to case; ':' is "contains", and "field:*" asks only that the field is there.
    using FieldValue = std::function<std::optional<QString>(const QString &field)>;
    static std::variant<SpannerBackupFilter, GoogleErrorReply> parse(const QString &text,
                                                                     const QStringList &fields);
    bool matches(const FieldValue &value) const;

private:
    std::shared_ptr<const Node> m_root;
};

} // namespace Copydeck::Sandbox
