#pragma once

#include <QEventLoop>
#include <QTimer>
#include <QtGlobal>

#include <optional>

#include <qcoro/qcorotask.h>

namespace Copydeck::Test {

// Runs `task` in a nested event loop until it has finished, and gives its result; empty when it
// did not finish within `timeoutMs`. (QTest::qWaitFor sleeps between passes of the event loop,
// which adds milliseconds to every hop between a client and an in-process server.)
template<typename T> std::optional<T> finish(QCoro::Task<T> task, int timeoutMs = 20'000)
{
    std::optional<T> result;
    QEventLoop loop;
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    QCoro::connect(std::move(task), &loop, [&result, &loop](T value) {
        result.emplace(std::move(value));
        loop.quit();
    });
    if (!result)
        loop.exec();
    if (!result)
        qWarning("a task did not finish within %d ms", timeoutMs);
    return result;
}

} // namespace Copydeck::Test
