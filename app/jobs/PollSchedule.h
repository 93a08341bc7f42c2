#pragma once

#include <chrono>

namespace Copydeck {

// How often a running copy is asked where it is: quickly at first, so that short copies finish
// promptly on screen, then less and less often for long ones, never slower than `max`.
struct PollSchedule
{
    std::chrono::milliseconds first {1000};
    std::chrono::milliseconds max {30000};
    double growth = 1.5;

    // 20 ms growing to 200 ms, for tests and the embedded sandbox.
    static PollSchedule fast();

    // The wait after a poll that followed a wait of `previous`; `first` when there was none.
    std::chrono::milliseconds next(std::chrono::milliseconds previous) const;
};

} // namespace Copydeck
