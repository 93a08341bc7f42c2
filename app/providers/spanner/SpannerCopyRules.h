#pragma once

#include "core/CopyRequest.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Copydeck {

// What Google Cloud Spanner refuses in backups:copy and backups.create, checked before anything
// is sent (written from the API reference, apart from the sandbox's own checks):
//   - the backup id: [a-z][a-z0-9_\-]*[a-z0-9], 2 to 60 characters;
//   - copy: a READY source; expireTime at least 6 hours and at most 366 days after the source's
//     createTime, and before its maxExpireTime;
//   - create: a database of the destination instance; expireTime 6 hours to 366 days from now;
//     versionTime not in the future and not before the database's earliest version time;
//   - encryption: copy USE_CONFIG_DEFAULT_OR_BACKUP_ENCRYPTION (default), create
//     USE_DATABASE_ENCRYPTION (default), GOOGLE_DEFAULT_ENCRYPTION, or
//     CUSTOMER_MANAGED_ENCRYPTION with one or more Cloud KMS keys
//     (projects/P/locations/L/keyRings/R/cryptoKeys/K) that cover every region of the
//     destination's instance configuration. Keys are only allowed with CUSTOMER_MANAGED.
// The coverage check knows regional configurations ("regional-<region>") and Google's nam3 and
// eur3; for other configurations pass the regions (SpannerConnection::instanceConfigRegions), or
// Google checks it when the request arrives.
class SpannerCopyRules final
{
    Q_DECLARE_TR_FUNCTIONS(SpannerCopyRules)

public:
    static constexpr int MinBackupIdLength = 2;
    static constexpr int MaxBackupIdLength = 60;
    static constexpr qint64 MinExpirySeconds = 6 * 3600;
    static constexpr int MaxExpiryDays = 366;
    static inline const QString CopyDefaultEncryption
        = QStringLiteral("USE_CONFIG_DEFAULT_OR_BACKUP_ENCRYPTION");
    static inline const QString CreateDefaultEncryption = QStringLiteral("USE_DATABASE_ENCRYPTION");
    static inline const QString GoogleDefaultEncryption
        = QStringLiteral("GOOGLE_DEFAULT_ENCRYPTION");
    static inline const QString CustomerManagedEncryption
        = QStringLiteral("CUSTOMER_MANAGED_ENCRYPTION");
    // The field of a create request's version time (CopyField has no such field).
    static constexpr auto VersionTimeField = "versionTime";

    // Every issue of `request` (a copy or a create, by request.operation). `now` is the time the
    // request would be sent; `destinationRegions` the destination configuration's regions when
    // known (else they are derived from its name where possible).
    static QList<ValidationIssue> validate(const CopyRequest &request, const QDateTime &now,
                                           const std::optional<QStringList> &destinationRegions
                                           = std::nullopt);

    // Field by field, for a dialog that checks as the user types. Each gives the reason the value
    // is refused, or nothing.
    static std::optional<QString> checkBackupId(const QString &backupId);
    static std::optional<QString> checkCopyExpireTime(const QDateTime &expire,
                                                      const Backup &source);
    static std::optional<QString> checkCreateExpireTime(const QDateTime &expire,
                                                        const QDateTime &now);
    static std::optional<QString> checkKmsKeyName(const QString &keyName);

    // The window a copy's expiry may be chosen in; the latest is one second before the source's
    // maxExpireTime when that comes first. Invalid times when the source has no createTime.
    static std::pair<QDateTime, QDateTime> copyExpireWindow(const Backup &source);
    static std::pair<QDateTime, QDateTime> createExpireWindow(const QDateTime &now);

    // The regions a customer-managed key set has to cover for an instance configuration ("nam3",
    // "regional-us-central1", or a full name); nothing when Copydeck does not know them.
    static std::optional<QStringList> regionsOfConfig(const QString &config);
    // The regions of `regions` that no key covers; a key whose location is the configuration's
    // own name ("nam3") covers all of them.
    static QStringList uncoveredRegions(const QStringList &kmsKeyNames, const QString &config,
                                        const QStringList &regions);
    // "projects/P/locations/L/keyRings/R/cryptoKeys/K" -> "L"; empty when malformed.
    static QString keyLocation(const QString &keyName);
};

} // namespace Copydeck
