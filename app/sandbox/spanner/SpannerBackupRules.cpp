#include "SpannerBackupRules.h"

#include "SpannerTime.h"

#include <QRegularExpression>

namespace Copydeck::Sandbox::SpannerBackupRules {

namespace {

constexpr qint64 SixHours = 6 * 3600;
constexpr qint64 MaxDays = 366;

const QString Cmek = QStringLiteral("CUSTOMER_MANAGED_ENCRYPTION");
const QString GoogleDefault = QStringLiteral("GOOGLE_DEFAULT_ENCRYPTION");

GoogleErrorReply expireRefused(const QString &from)
{
    const QString message
        = QStringLiteral("expire_time is either missing, in the wrong format, or is not within the "
                         "minimum and maximum expire times supported. The expire time must be at "
                         "least 6 hours and at most 366 days from ")
        + from + QLatin1Char('.');
    return GoogleErrorReply::invalidArgument(message, QStringLiteral("expire_time"));
}

} // namespace

std::optional<GoogleErrorReply> checkBackupId(const QString &backupId)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_\\-]*[a-z0-9]$"));
    if (backupId.isEmpty()) {
        return GoogleErrorReply::invalidArgument(QStringLiteral("backup_id must be specified."),
                                                 QStringLiteral("backup_id"));
    }
    if (backupId.size() < 2 || backupId.size() > 60 || !pattern.match(backupId).hasMatch()) {
        return GoogleErrorReply::invalidArgument(
            QStringLiteral("Invalid backup_id: %1. The backup ID must match the regular expression "
                           "[a-z][a-z0-9_\\-]*[a-z0-9] and be between 2 and 60 characters in "
                           "length.")
                .arg(backupId),
            QStringLiteral("backup_id"));
    }
    return std::nullopt;
}

std::variant<QDateTime, GoogleErrorReply> timestamp(const QJsonValue &value, const QString &field,
                                                    const QString &jsonName)
{
    const QString prefix
        = QStringLiteral("Invalid value at '%1' (type.googleapis.com/google.protobuf.Timestamp), "
                         "Field '%2', ")
              .arg(field, jsonName);
    if (!value.isString()) {
        QString shown = value.isDouble() ? QString::number(value.toDouble(), 'g', 15)
                                         : QStringLiteral("of another type");
        return GoogleErrorReply::invalidArgument(
            prefix + QStringLiteral("Invalid data type for timestamp, value is ") + shown, field);
    }
    const auto parsed = SpannerTime::parse(value.toString());
    if (!parsed) {
        return GoogleErrorReply::invalidArgument(
            prefix
                + QStringLiteral("Illegal timestamp format; timestamps must end with 'Z' or "
                                 "have a valid timezone offset."),
            field);
    }
    return *parsed;
}

std::optional<GoogleErrorReply> checkCreateExpireTime(const QDateTime &expire, const QDateTime &now)
{
    if (expire < now.addSecs(SixHours) || expire > now.addDays(MaxDays))
        return expireRefused(QStringLiteral("the time the CreateBackup request is processed"));
    return std::nullopt;
}

std::optional<GoogleErrorReply> checkCopyExpireTime(const QDateTime &expire,
                                                    const SpannerBackup &source)
{
    if (expire < source.createTime.addSecs(SixHours) || expire > source.createTime.addDays(MaxDays))
        return expireRefused(QStringLiteral("the create_time of the source backup"));
    if (source.maxExpireTime.isValid() && expire >= source.maxExpireTime) {
        return GoogleErrorReply::invalidArgument(
            QStringLiteral("expire_time must be less than the max_expire_time of the source "
                           "backup (%1).")
                .arg(SpannerTime::format(source.maxExpireTime)),
            QStringLiteral("expire_time"));
    }
    return std::nullopt;
}

std::variant<Encryption, GoogleErrorReply> encryption(bool copy, const QString &type,
                                                      const QString &kmsKeyName,
                                                      const QStringList &kmsKeyNames,
                                                      const SpannerInstanceConfig &config,
                                                      const SpannerBackup *source)
{
    const QString field = QStringLiteral("encryption_config.encryption_type");
    const QString fallback = copy ? QStringLiteral("USE_CONFIG_DEFAULT_OR_BACKUP_ENCRYPTION")
                                  : QStringLiteral("USE_DATABASE_ENCRYPTION");
    const QString chosen = type.isEmpty() ? fallback : type;
    if (chosen != fallback && chosen != GoogleDefault && chosen != Cmek) {
        return GoogleErrorReply::invalidArgument(
            QStringLiteral("Invalid encryption_config.encryption_type: %1.").arg(chosen), field);
    }
    QStringList keys = kmsKeyNames;
    if (!kmsKeyName.isEmpty()) {
        if (!keys.isEmpty()) {
            return GoogleErrorReply::invalidArgument(
                QStringLiteral("Only one of kms_key_name and kms_key_names may be set."),
                QStringLiteral("encryption_config.kms_key_names"));
        }
        keys.append(kmsKeyName);
    }
    if (chosen != Cmek) {
        if (!keys.isEmpty()) {
            return GoogleErrorReply::invalidArgument(
                QStringLiteral("encryption_config.kms_key_name(s) must only be set when "
                               "encryption_type is CUSTOMER_MANAGED_ENCRYPTION."),
                QStringLiteral("encryption_config.kms_key_name"));
        }
        if (chosen == fallback && source)
            return Encryption {source->encryptionType, source->kmsKeyVersions};
        return Encryption {GoogleDefault, {}};
    }
    if (keys.isEmpty()) {
        return GoogleErrorReply::invalidArgument(
            QStringLiteral("encryption_config.kms_key_name or kms_key_names must be set when "
                           "encryption_type is CUSTOMER_MANAGED_ENCRYPTION."),
            QStringLiteral("encryption_config.kms_key_names"));
    }
    static const QRegularExpression keyPattern(
        QStringLiteral("^projects/[^/]+/locations/([^/]+)/keyRings/[^/]+/cryptoKeys/[^/]+$"));
    QStringList locations;
    for (const QString &key : keys) {
        const QRegularExpressionMatch match = keyPattern.match(key);
        if (!match.hasMatch()) {
            return GoogleErrorReply::invalidArgument(
                QStringLiteral("Invalid KMS key name: %1. Expected "
                               "projects/<project>/locations/<location>/keyRings/<key_ring>/"
                               "cryptoKeys/<key>.")
                    .arg(key),
                QStringLiteral("encryption_config.kms_key_names"));
        }
        locations.append(match.captured(1));
    }
    const QString configId = config.name.section(QLatin1Char('/'), -1);
    if (!locations.contains(configId)) {
        QStringList missing;
        for (const QString &region : config.regions()) {
            if (!locations.contains(region))
                missing.append(region);
        }
        if (!missing.isEmpty()) {
            return GoogleErrorReply::invalidArgument(
                QStringLiteral("The KMS keys must cover every region of the instance "
                               "configuration %1; no key is given for %2.")
                    .arg(config.name, missing.join(QStringLiteral(", "))),
                QStringLiteral("encryption_config.kms_key_names"));
        }
    }
    QStringList versions;
    for (const QString &key : keys)
        versions.append(key + QStringLiteral("/cryptoKeyVersions/1"));
    return Encryption {Cmek, versions};
}

} // namespace Copydeck::Sandbox::SpannerBackupRules
