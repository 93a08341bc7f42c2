#include "RackspaceProvider.h"

#include "RackspaceAccountSettings.h"
#include "RackspaceConnection.h"
#include "RackspaceCopyRules.h"

namespace Copydeck {

RackspaceProvider::RackspaceProvider()
    : RackspaceProvider(QProcessEnvironment::systemEnvironment())
{ }

RackspaceProvider::RackspaceProvider(QProcessEnvironment environment)
    : m_environment(std::move(environment))
{ }

RackspaceProvider::~RackspaceProvider() = default;

QString RackspaceProvider::id() const
{
    return QString(RackspaceAccountSettings::Cloud);
}

QString RackspaceProvider::displayName() const
{
    return tr("Rackspace Cloud Databases");
}

ProviderCapabilities RackspaceProvider::capabilities() const
{
    ProviderCapabilities capabilities;
    capabilities.canCancel = false;
    capabilities.givesPercent = false; // the copy action answers 202 and nothing more
    capabilities.canCreateBackup = false;
    capabilities.needsRoleArn = false;
    capabilities.hasLifecycle = false;
    capabilities.hasExpireTime = false;
    capabilities.hasEncryptionChoice = false;
    capabilities.hasNameAndDescription = true;
    capabilities.destinationInOtherRegion = true;
    return capabilities;
}

QList<ValidationIssue> RackspaceProvider::validateCopy(const CopyRequest &request) const
{
    return RackspaceCopyRules::validate(request);
}

std::unique_ptr<ProviderConnection> RackspaceProvider::connect(const Account &account,
                                                               const ProviderContext &context) const
{
    return std::make_unique<RackspaceConnection>(account, context, m_environment);
}

} // namespace Copydeck
