#include "ProviderRegistry.h"

namespace Copydeck {

void ProviderRegistry::add(std::unique_ptr<Provider> provider)
{
    Q_ASSERT(provider && !find(provider->id()));
    m_providers.push_back(std::move(provider));
}

const Provider *ProviderRegistry::find(const QString &id) const
{
    for (const auto &provider : m_providers) {
        if (provider->id() == id)
            return provider.get();
    }
    return nullptr;
}

QList<const Provider *> ProviderRegistry::providers() const
{
    QList<const Provider *> result;
    result.reserve(qsizetype(m_providers.size()));
    for (const auto &provider : m_providers)
        result << provider.get();
    return result;
}

} // namespace Copydeck
