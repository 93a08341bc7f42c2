#include "HuaweiEnvironmentImporter.h"

#include "HuaweiAccountSettings.h"

#include "accounts/AccountIds.h"

namespace Copydeck {

using namespace HuaweiAccountSettings;

HuaweiEnvironmentImporter::HuaweiEnvironmentImporter(QProcessEnvironment environment)
    : m_environment(std::move(environment))
{ }

QString HuaweiEnvironmentImporter::cloud() const
{
    return QString(Cloud);
}

AccountImporter::Discovery HuaweiEnvironmentImporter::discover(const QList<Account> &existing) const
{
    Discovery discovery;
    const bool hasKey = !m_environment.value(EnvAccessKey).trimmed().isEmpty();
    const bool hasSecret = !m_environment.value(EnvSecretKey).trimmed().isEmpty();
    if (!hasKey && !hasSecret)
        return discovery;
    if (!hasKey || !hasSecret) {
        discovery.problems.append(CloudError::local(
            tr("Only one of HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK is set in the environment; "
               "an account needs both.")));
        return discovery;
    }
    Proposal proposal;
    Account &account = proposal.account;
    account.id = AccountIds::generate(QString(Cloud));
    account.cloud = QString(Cloud);
    account.name = tr("Huawei Cloud (environment)");
    account.authMethod = QString(AuthEnvironment);
    proposal.source = tr("HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK in the environment");
    if (!m_environment.value(EnvProjectId).trimmed().isEmpty())
        proposal.source = tr("HUAWEICLOUD_SDK_AK, HUAWEICLOUD_SDK_SK and "
                             "HUAWEICLOUD_SDK_PROJECT_ID in the environment");
    for (const Account &other : existing) {
        if (other.cloud == account.cloud && other.authMethod == account.authMethod)
            proposal.alreadyAdded = true;
    }
    discovery.proposals.append(proposal);
    return discovery;
}

} // namespace Copydeck
