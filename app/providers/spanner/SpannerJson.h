#pragma once

#include "core/Backup.h"
#include "core/CopyJob.h"
#include "core/CopyRequest.h"
#include "core/Location.h"
#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrlQuery>

#include <optional>

namespace Copydeck {

// The Spanner Admin REST v1 wire format to and from Copydeck's values. Pure functions, no I/O.
//
// Backup.state -> BackupState: READY -> Available, CREATING -> Creating, else Unknown (the word is
// kept in rawState). Backup.id is the full resource name, Backup.name the backup id.
// Instance -> Location (kind Instance): id "projects/P/instances/I", name I, owner P, region the
// short id of its instance configuration ("nam3", "regional-us-central1").
// Operation -> CopyJob: remoteId is the operation name; not done -> Running (rawState RUNNING, or
// CANCELLING once cancelTime is set), done with error code 1 (CANCELLED) or a cancelTime ->
// Cancelled, done with another error -> Failed (the error kept), done with a response ->
// Completed (destinationBackupId the new backup). percent is metadata.progress.progressPercent.
class SpannerJson final
{
    Q_DECLARE_TR_FUNCTIONS(SpannerJson)

public:
    static inline const QString TypePrefix
        = QStringLiteral("type.googleapis.com/google.spanner.admin.database.v1.");
    static inline const QString CopyMetadataType
        = TypePrefix + QStringLiteral("CopyBackupMetadata");
    static inline const QString CreateMetadataType
        = TypePrefix + QStringLiteral("CreateBackupMetadata");

    // RFC 3339 in UTC with 'Z' (fraction only when there is one), as Google writes it.
    static QString formatTime(const QDateTime &time);
    // RFC 3339 with 0 to 9 fractional digits and 'Z' or any offset; invalid when unreadable.
    static QDateTime parseTime(const QString &text);

    // "projects/P/instances/I" -> "P"; "" when the name has another shape.
    static QString projectOf(const QString &resourceName);
    // "projects/P/instances/I/backups/B/..." -> "projects/P/instances/I".
    static QString instanceOf(const QString &resourceName);
    // The last segment of a resource name.
    static QString shortName(const QString &resourceName);

    static Location instance(const QJsonObject &instance, const QString &accountId);
    static Backup backup(const QJsonObject &backup, const Location &instance);
    // A database as the source of a create request (Backup.id its resource name).
    static Backup database(const QJsonObject &database, const Location &instance);
    // The operation's members onto `job` (see above).
    static void applyOperation(const QJsonObject &operation, CopyJob &job);

    // Facts the rules need, kept in Backup::details under their (translated) labels.
    static std::optional<QDateTime> maxExpireTime(const Backup &backup);
    static std::optional<QDateTime> earliestVersionTime(const Backup &database);

    // Whole response bodies; a body that is not a JSON object is a Protocol error.
    static Result<QJsonObject> object(const QByteArray &body);
    static Result<BackupPage> backupPage(const QByteArray &body, const Location &instance);

    // backups:copy body.
    static QByteArray copyBody(const CopyRequest &request);
    // backups.create: the query (backupId, encryptionConfig.*) and the Backup body.
    static QList<std::pair<QString, QString>> createQuery(const CopyRequest &request);
    static QByteArray createBody(const CopyRequest &request);

private:
    static QString maxExpireLabel();
    static QString earliestVersionLabel();
};

} // namespace Copydeck
