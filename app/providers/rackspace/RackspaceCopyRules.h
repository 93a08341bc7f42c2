#pragma once

#include "core/CopyRequest.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Copydeck {

// What Cloud Databases' copy-backup action would refuse, checked before anything is sent. Each
// issue names the CopyField the dialog shows it beside.
//
//   source       a backup in DFW, IAD, ORD, HKG or SYD (not LON), whose status is COMPLETED
//   destination  a region of DFW, IAD, ORD, HKG, SYD, not the backup's own
//   name         1 to 255 characters, at least one letter or digit
//   description  at most 255 characters
// Not checkable here (it needs the target region's backups): an incremental backup needs its
// parent already copied to the target region. The copy page looks that up and offers to copy the
// parent first; the cloud refuses with 400 otherwise.
class RackspaceCopyRules final
{
    Q_DECLARE_TR_FUNCTIONS(RackspaceCopyRules)

public:
    static QList<ValidationIssue> validate(const CopyRequest &request);

    // Why `region` cannot receive a copy of `source`, in words; empty when it can. Only the
    // destination's side: a source that cannot be copied at all is sourceRegionIssue's.
    static QString destinationIssue(const Backup &source, const QString &region);
    // Why no region can receive a copy of a backup in this region (LON); empty when they can.
    static QString sourceRegionIssue(const Backup &source);
    static QString nameIssue(const QString &name);
    static QString descriptionIssue(const QString &description);
    // The name the dialog proposes: "<source name>-copy", cut to fit.
    static QString defaultName(const Backup &source);

    static constexpr int MaxNameLength = 255;
    static constexpr int MaxDescriptionLength = 255;
};

} // namespace Copydeck
