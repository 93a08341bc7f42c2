#pragma once

#include <QDateTime>

namespace Copydeck {

// The time, behind an interface so that anything timed can be tested with a clock the test moves.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

} // namespace Copydeck
