#pragma once

#include "core/CopyJob.h"
#include "core/CopyRequest.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace Copydeck {

// One job as the ledger keeps it: what Copydeck knows of the copy, and the request that can be sent
// again (with its client token) when the first sending was interrupted.
struct LedgerRecord
{
    CopyJob job;
    CopyRequest request;
    bool refusedByRules = false; // the cloud's rules refused it before sending: no retry
    QString afterLocalId; // sent only once this job completes (CopyJobState::Queued until then)
};

// One state change of a job, appended and never rewritten.
struct LedgerEvent
{
    QString localId;
    QDateTime time;
    CopyJobState state = CopyJobState::Submitting;
    QString rawState;
    std::optional<double> percent;
    QString message;
};

} // namespace Copydeck
