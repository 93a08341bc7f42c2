#pragma once

#include "SandboxFaultPlan.h"

#include <QHash>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QString>

#include <optional>

namespace Copydeck::Sandbox {

// Draws the faults of one sandbox and counts them. Shared by every module's SandboxHttpServer, so
// every cloud meets the same plan; each server draws from its own generator (seeded from the plan's
// seed and the server's name), so one cloud's sequence of faults does not depend on how its
// requests interleave with another cloud's.
class SandboxFaults final
{
    Q_DISABLE_COPY_MOVE(SandboxFaults)

public:
    explicit SandboxFaults(SandboxFaultPlan plan = {});

    const SandboxFaultPlan &plan() const { return m_plan; }
    void setPlan(SandboxFaultPlan plan); // the generators start again from the new seed

    // The fault for the next request `server` serves, if any, counted as injected; uncount()
    // takes it back when it could not be (an empty body cannot be cut).
    std::optional<SandboxFault> draw(const QString &server);
    void uncount(SandboxFault kind);

    int requests() const { return m_requests; }
    int injected(SandboxFault kind) const { return m_injected.value(int(kind)); }
    int injectedTotal() const;
    // {"requests": N, "injected": M, "byKind": {"429": n, ...}, "share": s, "seed": n}
    QJsonObject toJson() const;

private:
    SandboxFaultPlan m_plan;
    QHash<QString, QRandomGenerator> m_generators; // server name -> its generator
    QHash<int, int> m_injected; // SandboxFault -> count
    int m_requests = 0;
};

} // namespace Copydeck::Sandbox
