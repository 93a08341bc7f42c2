#pragma once

#include "RackspaceFault.h"

#include <QByteArray>
#include <QString>

#include <variant>

namespace Copydeck::Sandbox {

class RackspaceDatabaseState;

// What Cloud Databases checks before it accepts POST /backups/{id}/action with "copy-backup",
// written from post-action-backup-copy.rst and upstream Trove, apart from the client's rules:
//
//   body        a JSON object with exactly one action, "copy-backup" (else 400)
//   backup      exists in the region the request went to (else 404 itemNotFound)
//   regions     source and target each one of DFW, IAD, ORD, HKG, SYD; LON refused (400);
//               target_backup_region required and not the backup's own region (400)
//   name        required, 1 to 255 characters with at least one letter or digit (400)
//   description optional, at most 255 characters (400)
//   state       the backup is COMPLETED (a backup being made or copied: 422 unprocessableEntity)
//   incremental its parent has a COMPLETED copy in the target region (else 400)
class RackspaceCopyActionRules final
{
public:
    struct Accepted
    {
        QString targetRegion;
        QString name;
        QString description;
    };

    static constexpr int MaxNameLength = 255;
    static constexpr int MaxDescriptionLength = 255;

    static std::variant<Accepted, RackspaceFault> check(const RackspaceDatabaseState &state,
                                                        const QString &region,
                                                        const QString &backupId,
                                                        const QByteArray &body);
};

} // namespace Copydeck::Sandbox
