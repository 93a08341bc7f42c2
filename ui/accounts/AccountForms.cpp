#include "ui/accounts/AccountForms.h"

#include "ui/accounts/AccountFormRegistry.h"
#include "ui/aws/AwsAccountForm.h"

namespace Copydeck {

void registerBuiltInAccountForms(AccountFormRegistry &registry, const AccountFormContext &context)
{
    registry.add(AwsAccountForm::registration(context));
}

} // namespace Copydeck
