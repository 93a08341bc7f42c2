#include "SandboxFaults.h"

namespace Copydeck::Sandbox {

namespace {

// FNV-1a: a name's hash that is the same in every process (qHash is seeded per process).
quint32 stableHash(const QString &text)
{
    quint32 hash = 2166136261u;
    for (const QChar c : text) {
        hash ^= c.unicode();
        hash *= 16777619u;
    }
    return hash;
}

} // namespace

SandboxFaults::SandboxFaults(SandboxFaultPlan plan)
    : m_plan(std::move(plan))
{ }

void SandboxFaults::setPlan(SandboxFaultPlan plan)
{
    m_plan = std::move(plan);
    m_generators.clear();
}

std::optional<SandboxFault> SandboxFaults::draw(const QString &server)
{
    ++m_requests;
    if (!m_plan.isActive())
        return std::nullopt;
    auto found = m_generators.find(server);
    const bool first = found == m_generators.end();
    if (first)
        found = m_generators.insert(server, QRandomGenerator(m_plan.seed ^ stableHash(server)));
    QRandomGenerator &generator = found.value();
    // Two draws every time, so that the sequence does not depend on the outcome of the first.
    const double roll = generator.generateDouble();
    const quint32 pick = generator.bounded(quint32(m_plan.kinds.size()));
    if (roll >= m_plan.share && !(first && m_plan.faultFirst))
        return std::nullopt;
    const SandboxFault kind = m_plan.kinds.at(pick);
    ++m_injected[int(kind)];
    return kind;
}

void SandboxFaults::uncount(SandboxFault kind)
{
    if (m_injected.value(int(kind)) > 0)
        --m_injected[int(kind)];
}

int SandboxFaults::injectedTotal() const
{
    int total = 0;
    for (const int count : m_injected)
        total += count;
    return total;
}

QJsonObject SandboxFaults::toJson() const
{
    QJsonObject byKind;
    for (const SandboxFault kind : SandboxFaultPlan::allKinds())
        byKind.insert(SandboxFaultPlan::key(kind), injected(kind));
    return {
        {QStringLiteral("requests"), m_requests},
        {QStringLiteral("injected"), injectedTotal()},
        {QStringLiteral("byKind"), byKind},
        {QStringLiteral("share"), m_plan.share},
        {QStringLiteral("seed"), qint64(m_plan.seed)},
    };
}

} // namespace Copydeck::Sandbox
