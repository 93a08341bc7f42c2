#pragma once

#include "RackspaceRawClient.h"

#include "core/Clock.h"
#include "sandbox/rackspace/RackspaceSandbox.h"

#include <QJsonObject>
#include <QTimeZone>

#include <memory>

namespace Copydeck::Test {

// A wall clock the test moves.
class ManualClock final : public Clock
{
public:
    QDateTime now() const override { return m_now; }
    void advance(qint64 ms) { m_now = m_now.addMSecs(ms); }

private:
    QDateTime m_now = QDateTime(QDate(2026, 3, 2), QTime(9, 0), QTimeZone::utc());
};

// The Rackspace sandbox module alone on a loopback port, on a clock the test moves, and a raw
// client signed in as its demo user.
class RackspaceSandboxHarness final
{
    Q_DISABLE_COPY_MOVE(RackspaceSandboxHarness)

public:
    RackspaceSandboxHarness();
    ~RackspaceSandboxHarness();

    // Starts the module and signs the client in; false (with `error`) when either fails.
    bool start(QString *error);

    ManualClock clock;
    std::unique_ptr<Sandbox::RackspaceSandbox> sandbox;
    RackspaceRawClient client;
    QString tenant;

    QUrl regionUrl(const QString &region, const QString &path = {}) const;
    QString idOf(const QString &region, const QString &name) const;
    RackspaceRawClient::Reply showIn(const QString &region, const QString &id);
    QString statusIn(const QString &region, const QString &id);
    RackspaceRawClient::Reply copy(const QString &region, const QString &id,
                                   const QByteArray &body);
    // The backup called `name` in `region`, through the listing's pages; empty when absent.
    QJsonObject findByName(const QString &region, const QString &name);
};

} // namespace Copydeck::Test
