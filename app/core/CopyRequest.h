#pragma once

#include "Backup.h"
#include "CopyJob.h"
#include "Location.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace Copydeck {

// How long a copy lives, in the AWS sense. -1 in both fields keeps the copy forever.
struct Lifecycle
{
    std::optional<int> moveToColdStorageAfterDays;
    std::optional<int> deleteAfterDays;

    bool isEmpty() const { return !moveToColdStorageAfterDays && !deleteAfterDays; }
    bool keepsForever() const { return moveToColdStorageAfterDays == -1 && deleteAfterDays == -1; }
    friend bool operator==(const Lifecycle &, const Lifecycle &) = default;
};

// Everything the copy dialog collects. Fields a cloud does not use stay empty.
// A CreateBackup request (Spanner) uses the same fields: `source` describes the database the
// backup is made of (id: its resource name, name: its short name, location: its instance),
// `destination` is the instance that will hold the backup, `name` the backup id.
struct CopyRequest
{
    CopyOperation operation = CopyOperation::Copy;
    Backup source;
    Location destination;
    QString roleArn; // AWS
    Lifecycle lifecycle; // AWS
    QDateTime expireTime; // Spanner
    QDateTime versionTime; // Spanner create: an earlier version of the database (empty: now)
    QString encryptionType; // Spanner
    QStringList kmsKeyNames; // Spanner
    QString name; // Spanner backup id, Huawei and Rackspace name
    QString description; // Huawei, Rackspace
    // Makes a resubmission safe: the AWS idempotency token, made once per request and reused on
    // every retry. Filled by whoever submits if empty.
    QString clientToken;
};

// A reason why a request would be refused, tied to the field the dialog shows it beside.
struct ValidationIssue
{
    QString field; // one of the CopyField constants
    QString message;
    friend bool operator==(const ValidationIssue &, const ValidationIssue &) = default;
};

namespace CopyField {
inline constexpr auto Source = "source";
inline constexpr auto Destination = "destination";
inline constexpr auto RoleArn = "roleArn";
inline constexpr auto ColdStorageAfterDays = "lifecycle.moveToColdStorageAfterDays";
inline constexpr auto DeleteAfterDays = "lifecycle.deleteAfterDays";
inline constexpr auto ExpireTime = "expireTime";
inline constexpr auto Encryption = "encryption";
inline constexpr auto Name = "name";
inline constexpr auto Description = "description";
} // namespace CopyField

} // namespace Copydeck
