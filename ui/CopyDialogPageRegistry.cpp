#include "ui/CopyDialogPageRegistry.h"

#include "ui/CopyDialogPage.h"

namespace Copydeck {

void CopyDialogPageRegistry::add(const QString &providerId, Factory factory)
{
    m_factories.insert(providerId, std::move(factory));
}

bool CopyDialogPageRegistry::contains(const QString &providerId) const
{
    return m_factories.contains(providerId);
}

CopyDialogPage *CopyDialogPageRegistry::create(const QString &providerId,
                                               const CopyDialogPageContext &context,
                                               QWidget *parent) const
{
    const auto it = m_factories.constFind(providerId);
    if (it == m_factories.cend())
        return nullptr;
    return (*it)(context, parent);
}

} // namespace Copydeck
