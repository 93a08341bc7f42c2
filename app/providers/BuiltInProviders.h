#pragma once

namespace Copydeck {

class ProviderRegistry;

// Adds every cloud Copydeck ships with. A new cloud is one line here.
void registerBuiltInProviders(ProviderRegistry &registry);

} // namespace Copydeck
