#pragma once

#include "core/Backup.h"
#include "core/CopyJob.h"
#include "core/CopyRequest.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace Copydeck {

// CBR v3's JSON (snake_case) to Copydeck's values and back.
//
// A vault is a Location of kind Vault: id = the vault's id, name = its name, region, owner = the
// project id it belongs to (a Huawei project is per region). A backup keeps facts for the detail
// pane in Backup::details, two of which the rules read: its image type (backup or replication) and
// the regions holding or receiving a replica of it.
class HuaweiJson final
{
    Q_DECLARE_TR_FUNCTIONS(HuaweiJson)

public:
    struct Vault
    {
        Location location;
        QString protectType; // backup | replication | hybrid
    };

    struct VaultPage
    {
        QList<Vault> vaults;
        int count = 0; // all that match
    };

    static Result<VaultPage> vaultPage(const QByteArray &body, const QString &region,
                                       const QString &projectId, const QString &accountId);
    // One page of a vault's backups; the next page token is the next offset.
    static Result<BackupPage> backupPage(const QByteArray &body, const Location &vault, int offset);
    static Backup backup(const QJsonObject &json, const Location &vault);
    // source region -> regions its backups may be replicated to
    static Result<QHash<QString, QStringList>> capabilities(const QByteArray &body);
    // region name -> project id, regions only (no sub-projects)
    static Result<QHash<QString, QString>> projects(const QByteArray &body);

    static QByteArray replicateBody(const CopyRequest &request);
    static Result<CopyJob> startedReplication(const QByteArray &body, CopyJob job);
    // A job brought up to date from a replication task (operation log) or record.
    static CopyJob fromOperationLog(const QJsonObject &log, CopyJob job);
    static CopyJob fromReplicationRecord(const QJsonObject &record, CopyJob job);
    static CopyJobState recordState(const QString &status);
    static CopyJobState taskState(const QString &status);

    // What the rules read from Backup::details.
    static QString imageTypeLabel();
    static QString replicaRegionsLabel();
    static bool isReplica(const Backup &backup);
    // Regions that hold a replica of the backup or are receiving one.
    static QStringList replicaRegions(const Backup &backup);
    static BackupState backupState(const QString &status);
};

} // namespace Copydeck
