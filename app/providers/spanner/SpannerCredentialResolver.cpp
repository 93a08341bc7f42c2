#include "SpannerCredentialResolver.h"

#include "SpannerAccountSettings.h"

#include "core/SecretStore.h"

namespace Copydeck {

using namespace SpannerAccountSettings;

SpannerCredentialResolver::SpannerCredentialResolver(QProcessEnvironment environment,
                                                     QString homeDirectory)
    : m_environment(std::move(environment))
    , m_home(std::move(homeDirectory))
{ }

QCoro::Task<Result<GoogleCredentials>> SpannerCredentialResolver::load(Account account,
                                                                       SecretStore *secrets) const
{
    if (account.authMethod == AuthApplicationDefault)
        co_return GoogleCredentialFile::applicationDefault(m_environment, m_home);
    if (account.authMethod == AuthCredentialsFile) {
        const QString path = account.settings.value(SettingCredentialsFile).toString();
        if (path.isEmpty()) {
            co_return CloudError::local(
                tr("No credential file is chosen for \"%1\".").arg(account.name),
                tr("Edit the account and choose a service-account key file."));
        }
        co_return GoogleCredentialFile::read(path);
    }
    if (account.authMethod != AuthServiceAccountKey && !account.authMethod.isEmpty()) {
        co_return CloudError::local(tr("\"%1\" uses a sign-in method Copydeck does not know (%2).")
                                        .arg(account.name, account.authMethod),
                                    tr("Edit the account and choose how it signs in."));
    }
    if (!secrets) {
        co_return CloudError::local(
            tr("No secret store is available to read the key of \"%1\".").arg(account.name));
    }
    const Result<QByteArray> key
        = co_await secrets->read(account.secretKey(QString(SecretServiceAccountKey)));
    if (!key)
        co_return key.error();
    if (key.value().isEmpty()) {
        co_return CloudError::local(tr("No key is stored for \"%1\".").arg(account.name),
                                    tr("Edit the account and add its service-account key."));
    }
    co_return GoogleCredentialFile::parse(
        key.value(), tr("The service-account key of \"%1\"").arg(account.name));
}

QUrl SpannerCredentialResolver::endpoint(const Account &account) const
{
    QUrl url = account.endpointOverride;
    if (url.isEmpty()) {
        const QString fromEnvironment
            = m_environment.value(QStringLiteral("CLOUDSDK_API_ENDPOINT_OVERRIDES_SPANNER"));
        url = QUrl(fromEnvironment.isEmpty() ? QString(DefaultEndpoint) : fromEnvironment);
    }
    QString path = url.path();
    // gcloud's override names the versioned root ("https://host/"); the calls add "v1/...".
    if (path.endsWith(QLatin1String("/v1/")))
        path.chop(3);
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    url.setPath(path);
    return url;
}

QStringList SpannerCredentialResolver::configuredProjects(const Account &account)
{
    QStringList projects;
    const QVariant configured = account.settings.value(SettingProjects);
    const QStringList listed = configured.typeId() == QMetaType::QString
        ? configured.toString().split(QLatin1Char(','), Qt::SkipEmptyParts)
        : configured.toStringList();
    for (const QString &project : listed) {
        if (!project.trimmed().isEmpty() && !projects.contains(project.trimmed()))
            projects << project.trimmed();
    }
    return projects;
}

QStringList SpannerCredentialResolver::projects(const Account &account,
                                                const QString &credentialProject) const
{
    const QStringList projects = configuredProjects(account);
    if (!projects.isEmpty())
        return projects;
    if (!credentialProject.isEmpty())
        return {credentialProject};
    for (const char *name : {"GOOGLE_CLOUD_PROJECT", "CLOUDSDK_CORE_PROJECT"}) {
        const QString project = m_environment.value(QLatin1String(name));
        if (!project.isEmpty())
            return {project};
    }
    return {};
}

} // namespace Copydeck
