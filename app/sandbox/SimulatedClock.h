#pragma once

#include <QtGlobal>

namespace Copydeck {
class Clock;
}

namespace Copydeck::Sandbox {

// Simulated time for anything the sandbox lets progress (copies, backups in creation). It runs
// `speed` times faster than the wall clock; changing the speed keeps the simulated time continuous.
// Timestamps shown to clients are wall-clock times; simulated time only measures progress.
class SimulatedClock final
{
    Q_DISABLE_COPY_MOVE(SimulatedClock)

public:
    SimulatedClock(const Clock &wallClock, double speed);

    qint64 wallMs() const; // milliseconds since the epoch, UTC
    qint64 simulatedMs() const; // milliseconds of simulated time since the clock was made
    // The wall-clock time at which the simulated clock reads (or read) `simulatedMs`, at the
    // current speed.
    qint64 wallMsAt(qint64 simulatedMs) const;

    double speed() const { return m_speed; }
    void setSpeed(double speed);

private:
    const Clock &m_wallClock;
    double m_speed = 1.0;
    qint64 m_anchorWallMs = 0;
    qint64 m_anchorSimulatedMs = 0;
};

} // namespace Copydeck::Sandbox
