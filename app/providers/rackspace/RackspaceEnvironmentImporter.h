#pragma once

#include "accounts/AccountImporter.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

namespace Copydeck {

// Proposes a Rackspace account when the environment holds Rackspace credentials, the way
// pyrax, rack and the OpenStack clients read them:
//   RAX_USERNAME, else OS_USERNAME                       the user
//   RAX_API_KEY, else OS_API_KEY (else OS_PASSWORD)      the API key (or password)
//   RAX_AUTH_URL, else OS_AUTH_URL                       the identity endpoint, if not Rackspace's
//   OS_REGION_NAME                                       listed first among the regions
// The proposed account reads them again at each connection (authMethod "environment"): the
// secret stays in the environment and never reaches Copydeck's settings or keychain.
class RackspaceEnvironmentImporter final : public AccountImporter
{
    Q_DECLARE_TR_FUNCTIONS(RackspaceEnvironmentImporter)

public:
    explicit RackspaceEnvironmentImporter(QProcessEnvironment environment);

    QString cloud() const override;
    Discovery discover(const QList<Account> &existing) const override;

private:
    QProcessEnvironment m_environment;
};

} // namespace Copydeck
