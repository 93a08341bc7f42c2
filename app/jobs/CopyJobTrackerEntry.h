#pragma once

// The tracker's record of one job, shared by its source files (not part of the public API).
#include "CopyJobTracker.h"
#include "LedgerRecord.h"

#include <QTimer>

#include <chrono>
#include <optional>

namespace Copydeck {

struct CopyJobTracker::Entry
{
    CopyJob job;
    CopyRequest request;
    quint64 attempt = 0; // bumped by each (re)submission; older coroutines then stand down
    QTimer *timer = nullptr; // single-shot: the next poll; a child of the tracker
    std::chrono::milliseconds wait {0}; // the last wait between polls
    bool pollInFlight = false;
    bool pollAgain = false; // poll again as soon as the one in flight returns
    bool cancelling = false;
    bool refusedByRules = false;
    QString afterLocalId; // a queued job is sent once this job completes
    std::optional<LedgerEvent> written; // the last event written to the ledger
};

} // namespace Copydeck
