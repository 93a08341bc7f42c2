#include "HuaweiProvider.h"

#include "HuaweiAccountSettings.h"
#include "HuaweiConnection.h"
#include "HuaweiCopyRules.h"

namespace Copydeck {

HuaweiProvider::HuaweiProvider()
    : HuaweiProvider(QProcessEnvironment::systemEnvironment())
{ }

HuaweiProvider::HuaweiProvider(QProcessEnvironment environment)
    : m_environment(std::move(environment))
{ }

HuaweiProvider::~HuaweiProvider() = default;

QString HuaweiProvider::id() const
{
    return QString(HuaweiAccountSettings::Cloud);
}

QString HuaweiProvider::displayName() const
{
    return tr("Huawei Cloud CBR");
}

ProviderCapabilities HuaweiProvider::capabilities() const
{
    ProviderCapabilities capabilities;
    capabilities.canCancel = false; // CBR has no call that stops a replication
    capabilities.givesPercent = true;
    capabilities.canCreateBackup = false;
    capabilities.needsRoleArn = false;
    capabilities.hasLifecycle = false;
    capabilities.hasExpireTime = false;
    capabilities.hasEncryptionChoice = false;
    capabilities.hasNameAndDescription = true;
    capabilities.destinationInOtherRegion = true;
    return capabilities;
}

QList<ValidationIssue> HuaweiProvider::validateCopy(const CopyRequest &request) const
{
    return HuaweiCopyRules::validate(request);
}

std::unique_ptr<ProviderConnection> HuaweiProvider::connect(const Account &account,
                                                            const ProviderContext &context) const
{
    return std::make_unique<HuaweiConnection>(account, context, m_environment);
}

} // namespace Copydeck
