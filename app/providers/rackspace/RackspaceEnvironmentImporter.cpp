#include "RackspaceEnvironmentImporter.h"

#include "RackspaceAccountSettings.h"
#include "RackspaceRegions.h"

#include "accounts/AccountIds.h"

namespace Copydeck {

using namespace RackspaceAccountSettings;

RackspaceEnvironmentImporter::RackspaceEnvironmentImporter(QProcessEnvironment environment)
    : m_environment(std::move(environment))
{ }

QString RackspaceEnvironmentImporter::cloud() const
{
    return QString(Cloud);
}

AccountImporter::Discovery
RackspaceEnvironmentImporter::discover(const QList<Account> &existing) const
{
    Discovery discovery;
    const auto first
        = [this](std::initializer_list<QLatin1StringView> names, QString *which = nullptr) {
              for (QLatin1StringView name : names) {
                  const QString value = m_environment.value(QString(name)).trimmed();
                  if (!value.isEmpty()) {
                      if (which)
                          *which = QString(name);
                      return value;
                  }
              }
              return QString();
          };
    QString userVariable;
    QString keyVariable;
    const QString username = first({EnvUsername, EnvUsernameOpenStack}, &userVariable);
    const QString key = first({EnvApiKey, EnvApiKeyOpenStack, EnvPassword}, &keyVariable);
    if (username.isEmpty() && key.isEmpty())
        return discovery;
    if (username.isEmpty() || key.isEmpty()) {
        CloudError problem = CloudError::local(
            username.isEmpty()
                ? tr("%1 is set, but no Rackspace username (RAX_USERNAME or OS_USERNAME).")
                      .arg(keyVariable)
                : tr("%1 is set, but no Rackspace API key (RAX_API_KEY or OS_API_KEY).")
                      .arg(userVariable),
            tr("Set both before starting Copydeck, or add the account by hand."));
        discovery.problems << problem;
        return discovery;
    }

    Proposal proposal;
    Account &account = proposal.account;
    account.id = AccountIds::generate(QString(Cloud));
    account.cloud = QString(Cloud);
    account.name = tr("Rackspace %1 (environment)").arg(username);
    account.authMethod = QString(AuthEnvironment);
    account.settings.insert(QString(SettingUsername), username);
    const QString authUrl = first({EnvAuthUrl, EnvAuthUrlOpenStack});
    if (!authUrl.isEmpty())
        account.endpointOverride = QUrl(authUrl);
    const QString region = m_environment.value(QString(EnvRegion)).trimmed().toUpper();
    if (RackspaceRegions::all().contains(region)) {
        account.regions << region;
        for (const QString &other : RackspaceRegions::all()) {
            if (other != region)
                account.regions << other;
        }
    }
    proposal.source = tr("environment variables %1 and %2").arg(userVariable, keyVariable);
    for (const Account &known : existing) {
        if (known.cloud == account.cloud && known.authMethod == account.authMethod)
            proposal.alreadyAdded = true;
    }
    discovery.proposals << proposal;
    return discovery;
}

} // namespace Copydeck
