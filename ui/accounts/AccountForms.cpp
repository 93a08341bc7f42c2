#include "ui/accounts/AccountForms.h"

#include "ui/accounts/AccountFormRegistry.h"
#include "ui/aws/AwsAccountForm.h"
#include "ui/huawei/HuaweiAccountForm.h"
#include "ui/rackspace/RackspaceAccountForm.h"
#include "ui/spanner/GoogleAccountForm.h"

namespace Copydeck {

void registerBuiltInAccountForms(AccountFormRegistry &registry, const AccountFormContext &context)
{
    registry.add(AwsAccountForm::registration(context));
    registry.add(HuaweiAccountForm::registration(context));
    registry.add(RackspaceAccountForm::registration(context));
    registry.add(GoogleAccountForm::registration(context));
}

} // namespace Copydeck
