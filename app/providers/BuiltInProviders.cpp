#include "BuiltInProviders.h"

#include "core/ProviderRegistry.h"
#include "providers/aws/AwsProvider.h"
#include "providers/huawei/HuaweiProvider.h"
#include "providers/rackspace/RackspaceProvider.h"
#include "providers/spanner/SpannerProvider.h"

namespace Copydeck {

void registerBuiltInProviders(ProviderRegistry &registry)
{
    registry.add(std::make_unique<AwsProvider>());
    registry.add(std::make_unique<RackspaceProvider>());
    registry.add(std::make_unique<SpannerProvider>());
    registry.add(std::make_unique<HuaweiProvider>());
}

} // namespace Copydeck
