#pragma once

#include "Provider.h"

#include <QString>

#include <memory>
#include <vector>

namespace Copydeck {

// The clouds Copydeck knows, built once by the composition root.
class ProviderRegistry final
{
public:
    ProviderRegistry() = default;
    Q_DISABLE_COPY_MOVE(ProviderRegistry)

    void add(std::unique_ptr<Provider> provider);
    const Provider *find(const QString &id) const;
    QList<const Provider *> providers() const;

private:
    std::vector<std::unique_ptr<Provider>> m_providers;
};

} // namespace Copydeck
