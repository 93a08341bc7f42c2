#pragma once

// The fault tests read the ledger and wait for the tracker's first read of it. The ledger answers
// either at once or, once it works on a thread of its own, through a QFuture; these read both.
#include <QEventLoop>
#include <QFuture>
#include <QObject>

namespace Copydeck::Test {

template<typename T> T ledgerAnswer(T answer)
{
    return answer;
}

template<typename T> T ledgerAnswer(QFuture<T> answer)
{
    answer.waitForFinished(); // the ledger's own thread answers it
    return answer.result();
}

// Waits (in an event loop) until a tracker built on a ledger has read the jobs it holds, for a
// tracker that reads them after its constructor.
template<typename Tracker> void waitUntilLoaded(Tracker &tracker)
{
    if constexpr (requires { tracker.isLoading(); }) {
        if (!tracker.isLoading())
            return;
        QEventLoop loop;
        QObject::connect(&tracker, &Tracker::loaded, &loop, &QEventLoop::quit);
        loop.exec();
    }
}

} // namespace Copydeck::Test
