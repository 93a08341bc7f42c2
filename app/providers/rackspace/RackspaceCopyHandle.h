#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace Copydeck {

// The handle of a Rackspace copy. The copy action answers 202 with no body, so the handle is what
// finds the copy later: the target region, the name asked for, and when the request was sent (the
// copy is the backup of that name created since). Kept as CopyJob::remoteId, so that it survives
// restarts in the ledger:
//   copy-backup?region=IAD&name=<percent-encoded>&after=2026-03-02T09:00:00Z&source=<id>&from=DFW
struct RackspaceCopyHandle
{
    QString targetRegion;
    QString name;
    QDateTime sentAfter;
    QString sourceId;
    QString sourceRegion;

    QString encode() const;
    static std::optional<RackspaceCopyHandle> decode(const QString &remoteId);
};

} // namespace Copydeck
