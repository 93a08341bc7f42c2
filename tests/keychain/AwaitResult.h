#pragma once

#include <QObject>
#include <QTest>

#include <qcoro/qcorotask.h>

#include <chrono>
#include <optional>

namespace Copydeck::Testing {

// Runs `task` to its end in the test's event loop and hands back its result, or nothing when it
// did not finish within `timeout`.
template<typename T>
std::optional<T> awaitResult(QCoro::Task<T> task,
                             std::chrono::milliseconds timeout = std::chrono::seconds(30))
{
    std::optional<T> result;
    QObject context;
    QCoro::connect(std::move(task), &context,
                   [&result](T value) { result.emplace(std::move(value)); });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, int(timeout.count())))
        return std::nullopt;
    return result;
}

} // namespace Copydeck::Testing
