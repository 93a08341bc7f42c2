#pragma once

#include <QString>

#include <optional>

namespace Copydeck {

// An Amazon Resource Name, "arn:<partition>:<service>:<region>:<account>:<resource>", read
// leniently: Copydeck only takes facts out of ARNs the cloud gave it. Whether an ARN the user
// typed is acceptable is AwsCopyRules' business.
struct AwsResourceName
{
    QString partition;
    QString service;
    QString region;
    QString accountId;
    QString resource; // everything after the fifth ':', e.g. "backup-vault:Default"

    static std::optional<AwsResourceName> parse(const QString &arn);

    // The last part of the resource: after its last '/' or ':' ("db:orders" -> "orders",
    // "volume/vol-0abc" -> "vol-0abc", "key/1234" -> "1234").
    QString resourceTail() const;

    // The account number in `arn`, or empty.
    static QString accountOf(const QString &arn);
    // The region in `arn`, or empty.
    static QString regionOf(const QString &arn);
    // The resource tail of `arn`, or `arn` itself when it is not an ARN.
    static QString tailOf(const QString &arn);
};

} // namespace Copydeck
