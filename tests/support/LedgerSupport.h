#pragma once

// Waiting on the copy ledger from a test: the ledger reads and writes on a thread of its own, and
// the tracker hears its answers through the event loop.
#include "jobs/CopyJobTracker.h"
#include "jobs/CopyLedger.h"

#include <QCoreApplication>
#include <QTest>

namespace Copydeck::Test {

// Waits until `tracker` has read its ledger's jobs.
inline bool waitUntilLoaded(const CopyJobTracker &tracker, int timeoutMs = 10'000)
{
    return QTest::qWaitFor([&tracker] { return !tracker.isLoading(); }, timeoutMs);
}

// Returns once the tracker has heard the ledger confirm every write queued so far, and acted on
// it: a copy submitted before is then on its way to the cloud (its sending has begun), and the
// cloud's answer has not been heard yet. For tests that stop Copydeck while a copy is being sent.
inline void letRecordedCopiesGo(CopyLedger &ledger)
{
    ledger.flush().waitForFinished();
    // Each confirmation was posted to this thread before flush() answered: one pass delivers them.
    QCoreApplication::processEvents();
}

} // namespace Copydeck::Test
