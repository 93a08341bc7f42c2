#pragma once

#include "core/CopyRequest.h"

#include <QCoreApplication>
#include <QList>

namespace Copydeck {

// What CBR's replicate would refuse, as far as it can be told before sending:
//   source       an available backup that is not itself a replica
//   destination  a vault (id) in a region with its project id (Location::owner); another region
//                than the backup's; not a region that already holds (or is receiving) a replica
//                of this backup
//   name         optional; when given 1 to 64 characters
//   description  at most 255 characters, no '<' or '>'
// Whether the region is one the source may replicate to and whether the vault is a replication
// vault are the cloud's to say (the copy dialog offers only such destinations).
class HuaweiCopyRules final
{
    Q_DECLARE_TR_FUNCTIONS(HuaweiCopyRules)

public:
    static QList<ValidationIssue> validate(const CopyRequest &request);

    static constexpr int MaxNameLength = 64;
    static constexpr int MaxDescriptionLength = 255;
};

} // namespace Copydeck
