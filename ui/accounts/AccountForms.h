#pragma once

namespace Copydeck {

class AccountFormRegistry;
struct AccountFormContext;

// Adds the account form, secret names and importer of every cloud Copydeck ships with. A new cloud
// is one line here.
void registerBuiltInAccountForms(AccountFormRegistry &registry, const AccountFormContext &context);

} // namespace Copydeck
