#include "SimulatedClock.h"

#include "core/Clock.h"

#include <cmath>

namespace Copydeck::Sandbox {

namespace {
double sanitizedSpeed(double speed)
{
    return (std::isfinite(speed) && speed > 0.0) ? speed : 1.0;
}
} // namespace

SimulatedClock::SimulatedClock(const Clock &wallClock, double speed)
    : m_wallClock(wallClock)
    , m_speed(sanitizedSpeed(speed))
    , m_anchorWallMs(wallMs())
{ }

qint64 SimulatedClock::wallMs() const
{
    return m_wallClock.now().toMSecsSinceEpoch();
}

qint64 SimulatedClock::simulatedMs() const
{
    const double elapsed = double(wallMs() - m_anchorWallMs) * m_speed;
    return m_anchorSimulatedMs + qint64(std::llround(elapsed));
}

qint64 SimulatedClock::wallMsAt(qint64 simulatedMs) const
{
    const double elapsed = double(simulatedMs - m_anchorSimulatedMs) / m_speed;
    return m_anchorWallMs + qint64(std::llround(elapsed));
}

void SimulatedClock::setSpeed(double speed)
{
    const qint64 now = wallMs();
    m_anchorSimulatedMs += qint64(std::llround(double(now - m_anchorWallMs) * m_speed));
    m_anchorWallMs = now;
    m_speed = sanitizedSpeed(speed);
}

} // namespace Copydeck::Sandbox
