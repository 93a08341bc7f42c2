#pragma once

#include "core/Backup.h"
#include "core/CopyJob.h"
#include "core/CopyRequest.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

namespace Copydeck {

// Cloud Databases JSON <-> Copydeck values.
class RackspaceJson final
{
    Q_DECLARE_TR_FUNCTIONS(RackspaceJson)

public:
    static constexpr double BytesPerGb = 1024.0 * 1024.0 * 1024.0;

    // The region as a Location of the account.
    static Location region(const QString &accountId, const QString &tenantId,
                           const QString &region);

    static BackupState backupState(const QString &status);
    // NEW: Created; COMPLETED: Completed; FAILED, DELETE_FAILED, COPY_ERROR: Failed; anything
    // else (BUILDING, SAVING, COPYING, words Copydeck does not know): still running.
    static CopyJobState copyState(const QString &status);

    static Backup backup(const QJsonObject &object, const Location &location);
    // {"backup": {...}}
    static Result<Backup> shownBackup(const QByteArray &body, const Location &location);
    // {"backups": [...], "links": [{"rel": "next", "href": "...marker=<id>..."}]}; the page token
    // is the next link's marker.
    static Result<BackupPage> backupPage(const QByteArray &body, const Location &location);

    static QByteArray copyBody(const CopyRequest &request);
    // {"instances": [{"id", "name", ...}], "links": [...]}: id -> name, and the next marker.
    static Result<std::pair<QHash<QString, QString>, QString>> instancePage(const QByteArray &body);

    // Facts kept in Backup::details that the copy rules and page need.
    static QString parentIdOf(const Backup &backup); // empty for a full backup
    static QString instanceIdOf(const Backup &backup);
    static QString typeOf(const Backup &backup); // InnoBackupEx, InnoBackupExIncremental
    static double sizeGbOf(const Backup &backup);
    static QDateTime timestamp(const QString &text);

private:
    static QString parentLabel();
    static QString instanceLabel();
    static QString typeLabel();
};

} // namespace Copydeck
