#include "AwsCredentialResolver.h"

#include "AwsAccountSettings.h"

#include <QDir>

namespace Copydeck {

namespace {

using namespace AwsAccountSettings;

// The profile's section in the config file: "[profile name]", and "[default]" for the default.
std::optional<AwsIniFile::Section> configSection(const AwsIniFile &config, const QString &name)
{
    if (auto section = config.section(QLatin1String("profile ") + name))
        return section;
    if (name == QLatin1String("default"))
        return config.section(name);
    return std::nullopt;
}

bool isTrue(const QString &value)
{
    return value.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

} // namespace

AwsCredentialResolver::AwsCredentialResolver(QProcessEnvironment environment, QString homeDirectory)
    : m_environment(std::move(environment))
    , m_home(std::move(homeDirectory))
{ }

QString AwsCredentialResolver::environmentValue(const char *name) const
{
    return m_environment.value(QString::fromLatin1(name)).trimmed();
}

QString AwsCredentialResolver::expandHome(const QString &path) const
{
    if (path == QLatin1String("~"))
        return m_home;
    if (path.startsWith(QLatin1String("~/")))
        return QDir(m_home).filePath(path.mid(2));
    return path;
}

QString AwsCredentialResolver::credentialsFilePath() const
{
    const QString configured = environmentValue("AWS_SHARED_CREDENTIALS_FILE");
    if (!configured.isEmpty())
        return expandHome(configured);
    return QDir(m_home).filePath(QStringLiteral(".aws/credentials"));
}

QString AwsCredentialResolver::configFilePath() const
{
    const QString configured = environmentValue("AWS_CONFIG_FILE");
    if (!configured.isEmpty())
        return expandHome(configured);
    return QDir(m_home).filePath(QStringLiteral(".aws/config"));
}

QString AwsCredentialResolver::profileName(const Account &account) const
{
    const QString configured = account.settings.value(SettingProfile).toString().trimmed();
    if (!configured.isEmpty())
        return configured;
    const QString fromEnvironment = environmentValue("AWS_PROFILE");
    return fromEnvironment.isEmpty() ? QStringLiteral("default") : fromEnvironment;
}

QUrl AwsCredentialResolver::endpointOverride(const Account &account) const
{
    if (!account.endpointOverride.isEmpty())
        return account.endpointOverride;
    if (isTrue(environmentValue("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS")))
        return {};
    for (const char *name : {"AWS_ENDPOINT_URL_BACKUP", "AWS_ENDPOINT_URL"}) {
        const QString value = environmentValue(name);
        if (!value.isEmpty())
            return QUrl(value, QUrl::StrictMode);
    }
    return {};
}

Result<AwsCredentialResolver::Profile> AwsCredentialResolver::profile(const QString &name) const
{
    auto credentials = AwsIniFile::read(credentialsFilePath());
    if (!credentials)
        return credentials.error();
    auto config = AwsIniFile::read(configFilePath());
    if (!config)
        return config.error();

    const auto fromConfig = configSection(config.value(), name);
    const auto fromCredentials = credentials.value().section(name);
    if (!fromConfig && !fromCredentials) {
        return CloudError::local(
            tr("The AWS profile \"%1\" is in neither %2 nor %3.")
                .arg(name, credentials.value().path(), config.value().path()),
            tr("Create it with \"aws configure --profile %1\", or choose another profile.")
                .arg(name));
    }

    Profile profile;
    profile.name = name;
    if (fromConfig)
        profile.settings = *fromConfig;
    if (fromCredentials) {
        for (auto it = fromCredentials->cbegin(); it != fromCredentials->cend(); ++it)
            profile.settings.insert(it.key(), it.value());
    }
    profile.credentials.accessKeyId = profile.settings.value(QStringLiteral("aws_access_key_id"));
    profile.credentials.secretAccessKey
        = profile.settings.value(QStringLiteral("aws_secret_access_key"));
    profile.credentials.sessionToken = profile.settings.value(QStringLiteral("aws_session_token"));
    // The region belongs in the config file; the credentials file's is a fallback.
    profile.region = fromConfig ? fromConfig->value(QStringLiteral("region")) : QString();
    if (profile.region.isEmpty() && fromCredentials)
        profile.region = fromCredentials->value(QStringLiteral("region"));
    return profile;
}

Result<AwsResolvedAccount> AwsCredentialResolver::fromProfile(const QString &name) const
{
    auto found = profile(name);
    if (!found)
        return found.error();
    const Profile &profile = found.value();
    if (!profile.credentials.isValid()) {
        for (const char *key : {"sso_session", "sso_start_url", "role_arn", "credential_process",
                                "web_identity_token_file"}) {
            if (profile.settings.contains(QString::fromLatin1(key))) {
                return CloudError::local(
                    tr("The AWS profile \"%1\" gets its credentials through %2, which "
                       "Copydeck cannot use yet.")
                        .arg(name, QString::fromLatin1(key)),
                    tr("Use a profile with aws_access_key_id and aws_secret_access_key, or "
                       "export temporary keys (\"aws configure export-credentials --profile "
                       "%1 --format env\") and use the environment.")
                        .arg(name));
            }
        }
        return CloudError::local(
            tr("The AWS profile \"%1\" has no aws_access_key_id and aws_secret_access_key.")
                .arg(name),
            tr("Add both to the profile in %1, or choose another profile.")
                .arg(credentialsFilePath()));
    }
    AwsResolvedAccount resolved;
    resolved.credentials = profile.credentials;
    resolved.defaultRegion = profile.region;
    resolved.profile = name;
    resolved.credentialSource = tr("profile \"%1\"").arg(name);
    return resolved;
}

Result<AwsResolvedAccount> AwsCredentialResolver::fromEnvironment(const Account &account) const
{
    const QString keyId = environmentValue("AWS_ACCESS_KEY_ID");
    const QString secret = environmentValue("AWS_SECRET_ACCESS_KEY");
    if (keyId.isEmpty() && secret.isEmpty())
        return fromProfile(profileName(account));
    if (keyId.isEmpty() || secret.isEmpty()) {
        return CloudError::local(
            tr("Only one of AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY is set."),
            tr("Set both, or neither to use the profile in AWS_PROFILE."));
    }
    AwsResolvedAccount resolved;
    resolved.credentials = {keyId, secret, environmentValue("AWS_SESSION_TOKEN")};
    resolved.credentialSource = tr("the environment (AWS_ACCESS_KEY_ID)");
    // The region may still come from the profile's config, as it does for the AWS CLI.
    auto config = AwsIniFile::read(configFilePath());
    if (!config)
        return config.error();
    if (const auto section = configSection(config.value(), profileName(account)))
        resolved.defaultRegion = section->value(QStringLiteral("region"));
    return resolved;
}

Result<AwsResolvedAccount> AwsCredentialResolver::resolve(const Account &account,
                                                          const AwsCredentials &storedKeys) const
{
    std::optional<Result<AwsResolvedAccount>> found;
    if (account.authMethod == AuthKeys || account.authMethod.isEmpty()) {
        if (!storedKeys.isValid()) {
            return CloudError::local(
                tr("The access key id or the secret access key of \"%1\" is missing.")
                    .arg(account.name),
                tr("Enter both in the account's settings."));
        }
        AwsResolvedAccount resolved;
        resolved.credentials = storedKeys;
        resolved.credentialSource = tr("the keys saved for this account");
        found.emplace(std::move(resolved));
    } else if (account.authMethod == AuthProfile) {
        found.emplace(fromProfile(profileName(account)));
    } else if (account.authMethod == AuthEnvironment) {
        found.emplace(fromEnvironment(account));
    } else {
        return CloudError::local(
            tr("\"%1\" is not a way Copydeck knows to sign in to AWS.").arg(account.authMethod),
            tr("Choose access keys, a profile or the environment in the account's settings."));
    }
    if (!*found)
        return found->error();
    AwsResolvedAccount resolved = std::move(*found).value();

    // The default region, first answer wins.
    const QString candidates[]
        = {account.settings.value(SettingRegion).toString().trimmed(),
           environmentValue("AWS_REGION"),
           environmentValue("AWS_DEFAULT_REGION"),
           resolved.defaultRegion,
           account.regions.isEmpty() ? QString() : account.regions.constFirst().trimmed(),
           QString(FallbackRegion)};
    for (const QString &candidate : candidates) {
        if (!candidate.isEmpty()) {
            resolved.defaultRegion = candidate;
            break;
        }
    }

    for (const QString &region : account.regions) {
        const QString trimmed = region.trimmed();
        if (!trimmed.isEmpty() && !resolved.regions.contains(trimmed))
            resolved.regions.append(trimmed);
    }
    if (resolved.regions.isEmpty())
        resolved.regions.append(resolved.defaultRegion);

    resolved.endpointOverride = endpointOverride(account);
    if (!resolved.endpointOverride.isEmpty()
        && (!resolved.endpointOverride.isValid() || resolved.endpointOverride.host().isEmpty()
            || (resolved.endpointOverride.scheme() != QLatin1String("http")
                && resolved.endpointOverride.scheme() != QLatin1String("https")))) {
        return CloudError::local(
            tr("The AWS Backup endpoint \"%1\" is not an http or https URL.")
                .arg(resolved.endpointOverride.toString()),
            tr("Correct the endpoint in the account's settings, AWS_ENDPOINT_URL_BACKUP or "
               "AWS_ENDPOINT_URL."));
    }
    return resolved;
}

} // namespace Copydeck
