#include "AwsProvider.h"

#include "AwsAccountSettings.h"
#include "AwsConnection.h"
#include "AwsCopyRules.h"
#include "AwsCredentialResolver.h"

#include <QDir>

namespace Copydeck {

AwsProvider::AwsProvider()
    : AwsProvider(QProcessEnvironment::systemEnvironment(), QDir::homePath())
{ }

AwsProvider::AwsProvider(QProcessEnvironment environment, QString homeDirectory)
    : m_environment(std::move(environment))
    , m_home(std::move(homeDirectory))
{ }

AwsProvider::~AwsProvider() = default;

QString AwsProvider::id() const
{
    return QString(AwsAccountSettings::Cloud);
}

QString AwsProvider::displayName() const
{
    return tr("AWS Backup");
}

ProviderCapabilities AwsProvider::capabilities() const
{
    ProviderCapabilities capabilities;
    capabilities.canCancel = false; // StopBackupJob exists, but nothing stops a copy job
    capabilities.givesPercent = false;
    capabilities.canCreateBackup = false;
    capabilities.needsRoleArn = true;
    capabilities.hasLifecycle = true;
    capabilities.hasExpireTime = false;
    capabilities.hasEncryptionChoice = false; // the destination vault's key encrypts the copy
    capabilities.hasNameAndDescription = false;
    capabilities.destinationInOtherRegion = true;
    return capabilities;
}

QList<ValidationIssue> AwsProvider::validateCopy(const CopyRequest &request) const
{
    return AwsCopyRules::validate(request);
}

std::unique_ptr<ProviderConnection> AwsProvider::connect(const Account &account,
                                                         const ProviderContext &context) const
{
    return std::make_unique<AwsConnection>(account, context,
                                           AwsCredentialResolver(m_environment, m_home));
}

} // namespace Copydeck
