#include "BuiltInProviders.h"

#include "core/ProviderRegistry.h"
#include "providers/aws/AwsProvider.h"

namespace Copydeck {

void registerBuiltInProviders(ProviderRegistry &registry)
{
    registry.add(std::make_unique<AwsProvider>());
}

} // namespace Copydeck
