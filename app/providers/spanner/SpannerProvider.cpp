#include "SpannerProvider.h"

#include "SpannerAccountSettings.h"
#include "SpannerConnection.h"
#include "SpannerCopyRules.h"
#include "SpannerCredentialResolver.h"

#include "core/Clock.h"

#include <QDir>

namespace Copydeck {

SpannerProvider::SpannerProvider()
    : SpannerProvider(QProcessEnvironment::systemEnvironment(), QDir::homePath())
{ }

SpannerProvider::SpannerProvider(QProcessEnvironment environment, QString homeDirectory,
                                 const Clock *clock)
    : m_environment(std::move(environment))
    , m_home(std::move(homeDirectory))
    , m_ownClock(clock ? nullptr : std::make_unique<SystemClock>())
    , m_clock(clock ? clock : m_ownClock.get())
{ }

SpannerProvider::~SpannerProvider() = default;

QString SpannerProvider::id() const
{
    return QString(SpannerAccountSettings::Cloud);
}

QString SpannerProvider::displayName() const
{
    return tr("Google Cloud Spanner");
}

ProviderCapabilities SpannerProvider::capabilities() const
{
    ProviderCapabilities capabilities;
    capabilities.canCancel = true; // operations :cancel, the destination is deleted
    capabilities.givesPercent = true; // metadata.progress.progressPercent
    capabilities.canCreateBackup = true;
    capabilities.canExtendExpiry = true; // backups.patch updateMask=expireTime
    capabilities.needsRoleArn = false;
    capabilities.hasLifecycle = false;
    capabilities.hasExpireTime = true;
    capabilities.hasEncryptionChoice = true;
    capabilities.hasNameAndDescription = true; // the name is the backup id; no description
    capabilities.destinationInOtherRegion = true;
    return capabilities;
}

QList<ValidationIssue> SpannerProvider::validateCopy(const CopyRequest &request) const
{
    return SpannerCopyRules::validate(request, m_clock->now());
}

std::unique_ptr<ProviderConnection> SpannerProvider::connect(const Account &account,
                                                             const ProviderContext &context) const
{
    return std::make_unique<SpannerConnection>(
        account, context, SpannerCredentialResolver(m_environment, m_home), m_clock);
}

} // namespace Copydeck
