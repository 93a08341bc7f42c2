#pragma once

#include "HuaweiErrorReply.h"
#include "HuaweiResources.h"

#include <QByteArray>
#include <QString>

#include <variant>

namespace Copydeck::Sandbox {

class HuaweiState;

// POST /v3/{project_id}/backups/{backup_id}/replicate as CBR refuses it, written from the API
// document and the user guide (not from Copydeck's client rules):
//   body            {"replicate": {...}} as JSON
//   destination_project_id, destination_region, destination_vault_id   required, non-empty
//   name            optional; when given 1 to 64 characters
//   description     optional; at most 255 characters, no '<' or '>'
//   backup          a UUID; exists in the caller's project; status available; not a replica
//                   (the user guide: replicas cannot be replicated again)
//   region          one the source region may replicate to (replication capabilities)
//   project         the account's project of the destination region
//   vault           exists in the destination region; protect_type replication
//   once per region no replica of the backup in that region, made or being made
namespace HuaweiReplicateRules {

struct Checked
{
    HuaweiBackup source;
    HuaweiVault destinationVault;
    QString name;
    QString description;
};

std::variant<Checked, HuaweiErrorReply> check(HuaweiState &state, const QString &projectId,
                                              const QString &backupId, const QByteArray &body);

bool isUuid(const QString &id);

inline constexpr int MaxNameLength = 64;
inline constexpr int MaxDescriptionLength = 255;

} // namespace HuaweiReplicateRules

} // namespace Copydeck::Sandbox
