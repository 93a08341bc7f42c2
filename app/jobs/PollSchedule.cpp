#include "PollSchedule.h"

#include <algorithm>
#include <cmath>

namespace Copydeck {

PollSchedule PollSchedule::fast()
{
    PollSchedule schedule;
    schedule.first = std::chrono::milliseconds(20);
    schedule.max = std::chrono::milliseconds(200);
    return schedule;
}

std::chrono::milliseconds PollSchedule::next(std::chrono::milliseconds previous) const
{
    const auto lowest = std::max(first, std::chrono::milliseconds(1));
    const auto highest = std::max(max, lowest);
    if (previous <= std::chrono::milliseconds::zero())
        return std::min(lowest, highest);
    const double grown = std::ceil(double(previous.count()) * std::max(growth, 1.0));
    const auto wait = std::chrono::milliseconds(
        static_cast<std::chrono::milliseconds::rep>(std::min(grown, double(highest.count()))));
    return std::clamp(wait, lowest, highest);
}

} // namespace Copydeck
