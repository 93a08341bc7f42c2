#pragma once

#include "HuaweiErrorReply.h"

#include <QByteArray>
#include <QString>
#include <QUrlQuery>

namespace Copydeck::Sandbox {

class HuaweiState;

// CBR v3 of one region, for a project of that region (the caller checked both):
//   GET  /v3/{project_id}/backups                    limit, offset, marker, status (repeatable),
//                                                    vault_id, image_type, show_replication,
//                                                    name, resource_id, sort (created_at desc)
//   GET  /v3/{project_id}/backups/{backup_id}
//   POST /v3/{project_id}/backups/{backup_id}/replicate
//   GET  /v3/{project_id}/vaults                     limit, offset, protect_type, name, id,
//                                                    object_type
//   GET  /v3/{project_id}/vaults/{vault_id}
//   GET  /v3/{project_id}/replication-capabilities
//   GET  /v3/{project_id}/operation-logs             operation_type, status, vault_id,
//                                                    resource_id, limit, offset
//   GET  /v3/{project_id}/operation-logs/{operation_log_id}
// Lists answer {"<items>": [...], "count": <all that match>, "limit", "offset"}. Without a limit a
// page holds 1000 (assumed); limit must be 1 to 1000.
class HuaweiCbrApi final
{
    Q_DISABLE_COPY_MOVE(HuaweiCbrApi)

public:
    static constexpr int MaxLimit = 1000;

    explicit HuaweiCbrApi(HuaweiState &state);

    HuaweiReply listBackups(const QString &projectId, const QUrlQuery &query) const;
    HuaweiReply showBackup(const QString &projectId, const QString &backupId) const;
    HuaweiReply replicate(const QString &projectId, const QString &backupId,
                          const QByteArray &body);
    HuaweiReply listVaults(const QString &projectId, const QUrlQuery &query) const;
    HuaweiReply showVault(const QString &projectId, const QString &vaultId) const;
    HuaweiReply replicationCapabilities() const;
    HuaweiReply listOperationLogs(const QString &projectId, const QUrlQuery &query) const;
    HuaweiReply showOperationLog(const QString &projectId, const QString &id) const;

private:
    HuaweiState &m_state;
};

} // namespace Copydeck::Sandbox
