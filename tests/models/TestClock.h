#pragma once

#include "core/Clock.h"

#include <QTimeZone>

namespace Copydeck::Test {

// A clock the test moves by hand.
class TestClock final : public Clock
{
public:
    explicit TestClock(QDateTime start
                       = QDateTime(QDate(2025, 3, 1), QTime(12, 0), QTimeZone::utc()))
        : m_now(start)
    { }
    QDateTime now() const override { return m_now; }
    void set(const QDateTime &now) { m_now = now; }
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

} // namespace Copydeck::Test
