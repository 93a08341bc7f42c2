#pragma once

#include "SpannerResources.h"

#include <QJsonValue>

#include <variant>

namespace Copydeck::Sandbox::SpannerBackupRules {

// What Spanner refuses in backups.create and backups.copy, each with Google's error. Written from
// the API reference, separately from the app's own client-side rules.

// The id's pattern [a-z][a-z0-9_\-]*[a-z0-9] and its 2-60 characters.
std::optional<GoogleErrorReply> checkBackupId(const QString &backupId);

// A google.protobuf.Timestamp field as it arrived in JSON: a string in RFC 3339.
std::variant<QDateTime, GoogleErrorReply> timestamp(const QJsonValue &value, const QString &field,
                                                    const QString &jsonName);

// create: 6 h to 366 d from the request; copy: 6 h to 366 d from the source's createTime and
// before its maxExpireTime.
std::optional<GoogleErrorReply> checkCreateExpireTime(const QDateTime &expire,
                                                      const QDateTime &now);
std::optional<GoogleErrorReply> checkCopyExpireTime(const QDateTime &expire,
                                                    const SpannerBackup &source);

struct Encryption
{
    QString type; // the backup's EncryptionInfo type
    QStringList kmsKeyVersions;
};

// encryptionConfig of a create (USE_DATABASE_ENCRYPTION by default) or a copy
// (USE_CONFIG_DEFAULT_OR_BACKUP_ENCRYPTION by default); customer-managed keys have to cover every
// region of the destination's instance configuration. `source` is the copied backup, if any.
std::variant<Encryption, GoogleErrorReply> encryption(bool copy, const QString &type,
                                                      const QString &kmsKeyName,
                                                      const QStringList &kmsKeyNames,
                                                      const SpannerInstanceConfig &config,
                                                      const SpannerBackup *source);

} // namespace Copydeck::Sandbox::SpannerBackupRules
