#pragma once

#include "sandbox/SandboxRequest.h"
#include "sandbox/SandboxResponse.h"

#include <QString>
#include <QStringList>

namespace Copydeck::Sandbox {

class RackspaceDatabaseState;

// Cloud Databases v1.0 for one region and tenant, after the token was checked:
//   GET  backups[?limit&marker&datastore&instance_id]   GET backups/{id}
//   POST backups/{id}/action  {"copy-backup":{...}} -> 202, empty body
//   GET  instances[?limit&marker]                      GET instances/{id}/backups[?limit&marker]
// Listings are sorted by id, 20 items a page at most (a larger or absent limit gives 20), with a
// "links":[{"rel":"next","href":...}] only when more remain.
class RackspaceDatabasesApi final
{
    Q_DISABLE_COPY_MOVE(RackspaceDatabasesApi)

public:
    static constexpr int PageSize = 20;

    explicit RackspaceDatabasesApi(RackspaceDatabaseState &state);

    // `regionUrl`: this region's public URL for the tenant (…/v1.0/{tenant}), for links.
    // `path`: the segments after it.
    SandboxResponse handle(const SandboxRequest &request, const QString &region,
                           const QString &tenantId, const QString &regionUrl,
                           const QStringList &path);

private:
    SandboxResponse listBackups(const SandboxRequest &request, const QString &region,
                                const QString &tenantId, const QString &instanceId,
                                const QString &listPath);
    SandboxResponse showBackup(const QString &region, const QString &tenantId,
                               const QString &backupId);
    SandboxResponse copyBackup(const SandboxRequest &request, const QString &region,
                               const QString &backupId);
    SandboxResponse listInstances(const SandboxRequest &request, const QString &region,
                                  const QString &regionUrl);

    RackspaceDatabaseState &m_state;
};

} // namespace Copydeck::Sandbox
