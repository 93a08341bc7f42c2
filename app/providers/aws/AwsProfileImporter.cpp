#include "AwsProfileImporter.h"

#include "AwsAccountSettings.h"
#include "AwsIniFile.h"

#include "accounts/AccountIds.h"

#include <QDir>

namespace Copydeck {

namespace {

using namespace AwsAccountSettings;

// "[profile work]" and "[default]" name profiles in the config file; "[sso-session x]",
// "[services x]" and other sections do not.
QString profileOfConfigSection(const QString &section)
{
    if (section == QLatin1String("default"))
        return section;
    if (section.startsWith(QLatin1String("profile ")))
        return section.mid(8).trimmed();
    return {};
}

void addProblem(AccountImporter::Discovery &discovery, const CloudError &problem)
{
    for (const CloudError &known : std::as_const(discovery.problems)) {
        if (known.explanation == problem.explanation)
            return;
    }
    discovery.problems.append(problem);
}

Account profileAccount(const QString &profile)
{
    Account account;
    account.cloud = QString(Cloud);
    account.authMethod = QString(AuthProfile);
    account.settings.insert(QString(SettingProfile), profile);
    return account;
}

} // namespace

AwsProfileImporter::AwsProfileImporter(QProcessEnvironment environment, QString homeDirectory)
    : m_resolver(std::move(environment), std::move(homeDirectory))
{ }

QString AwsProfileImporter::cloud() const
{
    return QString(Cloud);
}

QString AwsProfileImporter::displayPath(const QString &path) const
{
    const QString home = QDir::cleanPath(m_resolver.homeDirectory());
    const QString clean = QDir::cleanPath(path);
    if (!home.isEmpty() && clean.startsWith(home + QLatin1Char('/')))
        return QLatin1String("~") + clean.mid(home.size());
    return clean;
}

Result<QList<AwsProfileImporter::Profile>> AwsProfileImporter::profiles() const
{
    const auto credentials = AwsIniFile::read(m_resolver.credentialsFilePath());
    if (!credentials)
        return credentials.error();
    const auto config = AwsIniFile::read(m_resolver.configFilePath());
    if (!config)
        return config.error();

    QStringList names;
    QHash<QString, QString> files;
    for (const QString &section : credentials.value().sectionNames()) {
        if (!names.contains(section)) {
            names.append(section);
            files.insert(section, credentials.value().path());
        }
    }
    for (const QString &section : config.value().sectionNames()) {
        const QString name = profileOfConfigSection(section);
        if (!name.isEmpty() && !names.contains(name)) {
            names.append(name);
            files.insert(name, config.value().path());
        }
    }

    QList<Profile> result;
    for (const QString &name : std::as_const(names)) {
        Profile profile;
        profile.name = name;
        profile.file = files.value(name);
        const auto described = m_resolver.profile(name);
        if (!described)
            return described.error();
        profile.region = described.value().region;
        // The resolver says whether and why it could not sign in with the profile.
        const auto resolved = m_resolver.resolve(profileAccount(name));
        if (!resolved)
            profile.problem = resolved.error();
        result.append(profile);
    }
    return result;
}

AccountImporter::Proposal AwsProfileImporter::proposal(const Profile &profile,
                                                       const QList<Account> &existing) const
{
    Proposal proposal;
    Account &account = proposal.account;
    account = profileAccount(profile.name);
    account.id = AccountIds::generate(account.cloud);
    account.name
        = profile.name == QLatin1String("default") ? tr("AWS") : tr("AWS %1").arg(profile.name);
    if (!profile.region.isEmpty()) {
        account.regions = QStringList {profile.region};
        account.settings.insert(QString(SettingRegion), profile.region);
        proposal.source = tr("profile \"%1\" in %2, region %3")
                              .arg(profile.name, displayPath(profile.file), profile.region);
    } else {
        proposal.source = tr("profile \"%1\" in %2").arg(profile.name, displayPath(profile.file));
    }
    for (const Account &other : existing) {
        if (other.cloud == account.cloud && other.authMethod == account.authMethod
            && m_resolver.profileName(other) == profile.name)
            proposal.alreadyAdded = true;
    }
    return proposal;
}

void AwsProfileImporter::discoverEnvironment(const QList<Account> &existing,
                                             Discovery &discovery) const
{
    const QProcessEnvironment &environment = m_resolver.environment();
    if (environment.value(QStringLiteral("AWS_ACCESS_KEY_ID")).trimmed().isEmpty())
        return;
    Account account;
    account.cloud = QString(Cloud);
    account.authMethod = QString(AuthEnvironment);
    const auto resolved = m_resolver.resolve(account);
    if (!resolved) {
        addProblem(discovery, resolved.error());
        return;
    }
    Proposal proposal;
    account.id = AccountIds::generate(account.cloud);
    account.name = tr("AWS (environment)");
    // Only a region the environment names: it stays the environment's to change.
    for (const char *name : {"AWS_REGION", "AWS_DEFAULT_REGION"}) {
        const QString region = environment.value(QString::fromLatin1(name)).trimmed();
        if (!region.isEmpty()) {
            account.regions = QStringList {region};
            break;
        }
    }
    proposal.account = account;
    proposal.source = tr("AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY in the environment");
    for (const Account &other : existing) {
        if (other.cloud == account.cloud && other.authMethod == account.authMethod)
            proposal.alreadyAdded = true;
    }
    discovery.proposals.append(proposal);
}

AccountImporter::Discovery AwsProfileImporter::discover(const QList<Account> &existing) const
{
    Discovery discovery;
    const auto found = profiles();
    if (!found) {
        addProblem(discovery, found.error());
    } else {
        for (const Profile &profile : found.value()) {
            if (profile.problem) {
                addProblem(discovery, *profile.problem);
                continue;
            }
            discovery.proposals.append(proposal(profile, existing));
        }
    }
    discoverEnvironment(existing, discovery);
    return discovery;
}

} // namespace Copydeck
