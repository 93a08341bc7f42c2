#include "RackspaceConnection.h"

#include "RackspaceAccountSettings.h"
#include "RackspaceCopyRules.h"
#include "RackspaceFaultParser.h"
#include "RackspaceJson.h"
#include "RackspaceLogging.h"
#include "RackspaceRegions.h"

#include "core/RetryPolicy.h"
#include "core/SecretStore.h"

Q_LOGGING_CATEGORY(lcRackspace, "copydeck.rackspace")

namespace Copydeck {

namespace {

using namespace RackspaceAccountSettings;

int pageSizeOf(const Account &account)
{
    bool ok = false;
    const int size = account.settings.value(SettingPageSize).toInt(&ok);
    return ok && size >= 1 ? std::min(size, MaxPageSize) : MaxPageSize;
}

std::chrono::seconds appearTimeoutOf(const Account &account)
{
    bool ok = false;
    const int seconds = account.settings.value(SettingCopyAppearSeconds).toInt(&ok);
    return std::chrono::seconds(ok && seconds > 0 ? seconds : DefaultCopyAppearSeconds);
}

QString firstSet(const QProcessEnvironment &environment,
                 std::initializer_list<QLatin1StringView> names)
{
    for (QLatin1StringView name : names) {
        const QString value = environment.value(QString(name)).trimmed();
        if (!value.isEmpty())
            return value;
    }
    return {};
}

} // namespace

RackspaceConnection::RackspaceConnection(Account account, const ProviderContext &context,
                                         QProcessEnvironment environment)
    : m_account(std::move(account))
    , m_secrets(context.secrets)
    , m_environment(std::move(environment))
    , m_http(context.network, context.retryPolicy ? *context.retryPolicy : RetryPolicy::standard(),
             lcRackspace())
    , m_pageSize(pageSizeOf(m_account))
    , m_copyAppearTimeout(appearTimeoutOf(m_account))
{ }

RackspaceConnection::~RackspaceConnection() = default;

QCoro::Task<Result<RackspaceConnection::Credentials>> RackspaceConnection::credentials()
{
    Credentials credentials;
    credentials.identityEndpoint = m_account.endpointOverride;
    if (m_account.authMethod == AuthEnvironment) {
        credentials.username = firstSet(m_environment, {EnvUsername, EnvUsernameOpenStack});
        credentials.secret = firstSet(m_environment, {EnvApiKey, EnvApiKeyOpenStack});
        if (credentials.secret.isEmpty()) {
            credentials.secret = firstSet(m_environment, {EnvPassword});
            credentials.isPassword = true;
        }
        if (credentials.identityEndpoint.isEmpty()) {
            const QString url = firstSet(m_environment, {EnvAuthUrl, EnvAuthUrlOpenStack});
            if (!url.isEmpty())
                credentials.identityEndpoint = QUrl(url);
        }
        if (credentials.username.isEmpty() || credentials.secret.isEmpty())
            co_return CloudError::local(
                tr("The environment does not hold Rackspace credentials for \"%1\".")
                    .arg(m_account.name),
                tr("Set RAX_USERNAME and RAX_API_KEY (or OS_USERNAME and OS_API_KEY) before "
                   "starting Copydeck."));
    } else {
        credentials.isPassword = m_account.authMethod == AuthPassword;
        credentials.username = m_account.settings.value(SettingUsername).toString().trimmed();
        if (!m_secrets)
            co_return CloudError::local(
                tr("No secret store is available to read the key of \"%1\".").arg(m_account.name));
        const QString key = m_account.secretKey(credentials.isPassword ? QString(SecretPassword)
                                                                       : QString(SecretApiKey));
        auto secret = co_await m_secrets->read(key);
        if (!secret)
            co_return secret.error();
        credentials.secret = QString::fromUtf8(secret.value()).trimmed();
        if (credentials.username.isEmpty() || credentials.secret.isEmpty())
            co_return CloudError::local(
                tr("The account \"%1\" has no username or %2.")
                    .arg(m_account.name, credentials.isPassword ? tr("password") : tr("API key")),
                tr("Open Accounts… and enter them."));
    }
    if (credentials.identityEndpoint.isEmpty())
        credentials.identityEndpoint = QUrl(QString(DefaultIdentityEndpoint));
    co_return credentials;
}

QCoro::Task<Result<RackspaceToken>> RackspaceConnection::token(bool renew)
{
    if (!renew && m_token && m_token->isFresh(QDateTime::currentDateTimeUtc()))
        co_return RackspaceToken(*m_token);
    auto found = co_await credentials();
    if (!found)
        co_return found.error();
    const Credentials credentials = std::move(found).value();

    HttpRequest request;
    request.method = "POST";
    request.url = RackspaceIdentity::tokensUrl(credentials.identityEndpoint);
    request.setHeader("Content-Type", "application/json");
    request.setHeader("Accept", "application/json");
    request.setHeader("User-Agent", QByteArrayLiteral("Copydeck/" COPYDECK_VERSION));
    request.body = credentials.isPassword
        ? RackspaceIdentity::passwordBody(credentials.username, credentials.secret)
        : RackspaceIdentity::apiKeyBody(credentials.username, credentials.secret);
    auto sent = co_await m_http.send(std::move(request), {}, &RackspaceFaultParser::isTransient);
    if (!sent)
        co_return sent.error();
    const HttpResponse &response = sent.value();
    if (!response.isSuccess()) {
        CloudError error = RackspaceFaultParser::toCloudError(response, tr("Rackspace Identity"));
        qCInfo(lcRackspace).noquote() << "sign-in of" << credentials.username
                                      << "refused:" << response.status << error.cloudCode;
        co_return error;
    }
    auto parsed = RackspaceIdentity::parse(response.body);
    if (!parsed)
        co_return parsed.error();
    m_token = std::move(parsed).value();
    qCInfo(lcRackspace).noquote() << "signed in as" << credentials.username << "tenant"
                                  << m_token->tenantId << "token expires"
                                  << m_token->expires.toString(Qt::ISODate) << "regions"
                                  << m_token->databaseEndpoints.keys().join(QLatin1Char(','));
    co_return RackspaceToken(*m_token);
}

QCoro::Task<Result<HttpResponse>> RackspaceConnection::sendWithToken(QByteArray method, QUrl url,
                                                                     QByteArray body,
                                                                     RackspaceToken token,
                                                                     bool once)
{
    HttpRequest request;
    request.method = method;
    request.url = url;
    request.setHeader("Accept", "application/json");
    request.setHeader("User-Agent", QByteArrayLiteral("Copydeck/" COPYDECK_VERSION));
    request.setHeader("X-Auth-Token", token.id); // never logged: HttpClient logs no headers
    if (!body.isEmpty()) {
        request.setHeader("Content-Type", "application/json");
        request.body = body;
    }
    // Sent once: neither HttpClient nor Qt's HTTP stack sends it again by itself.
    request.idempotent = !once;
    co_return co_await m_http.send(std::move(request), {}, &RackspaceFaultParser::isTransient);
}

QCoro::Task<Result<QByteArray>> RackspaceConnection::call(QByteArray method, QString region,
                                                          QString path, QByteArray body, bool once)
{
    for (int attempt = 1;; ++attempt) {
        auto signedIn = co_await token(attempt > 1);
        if (!signedIn)
            co_return signedIn.error();
        const RackspaceToken current = std::move(signedIn).value();
        const QUrl endpoint = current.databaseEndpoints.value(region);
        if (!endpoint.isValid() || endpoint.isEmpty()) {
            CloudError error;
            error.kind = CloudError::Kind::NotFound;
            error.explanation
                = tr("The account's service catalog has no Cloud Databases endpoint in %1.")
                      .arg(region);
            error.nextStep = tr("Remove %1 from the account's regions.").arg(region);
            co_return error;
        }
        const QUrl url = QUrl::fromEncoded(
            endpoint.toEncoded(QUrl::StripTrailingSlash) + path.toUtf8(), QUrl::StrictMode);
        auto sent = co_await sendWithToken(method, url, body, current, once);
        if (!sent)
            co_return sent.error();
        const HttpResponse response = std::move(sent).value();
        // A token can be revoked or expire early: sign in again once, then believe the 401.
        if (response.status == 401 && attempt == 1) {
            qCInfo(lcRackspace) << "token refused in" << region << "- signing in again";
            m_token.reset();
            continue;
        }
        if (!response.isSuccess()) {
            CloudError error = RackspaceFaultParser::toCloudError(response, tr("Cloud Databases"));
            qCInfo(lcRackspace).noquote()
                << method << region << path.section(QLatin1Char('?'), 0, 0) << "->"
                << response.status << error.cloudCode;
            co_return error;
        }
        co_return response.body;
    }
}

Location RackspaceConnection::regionLocation(const QString &region) const
{
    return RackspaceJson::region(m_account.id, m_token ? m_token->tenantId : QString(), region);
}

QCoro::Task<Result<QList<Location>>> RackspaceConnection::listLocations()
{
    auto signedIn = co_await token(false);
    if (!signedIn)
        co_return signedIn.error();
    QStringList regions;
    const QStringList catalog = signedIn.value().databaseEndpoints.keys();
    for (const QString &region : RackspaceRegions::all()) {
        if (catalog.contains(region))
            regions << region;
    }
    for (const QString &region : catalog) {
        if (!regions.contains(region))
            regions << region;
    }
    QList<Location> locations;
    for (const QString &region : std::as_const(regions)) {
        if (m_account.regions.isEmpty() || m_account.regions.contains(region))
            locations << regionLocation(region);
    }
    co_return locations;
}

QCoro::Task<Result<BackupPage>> RackspaceConnection::listBackups(Location location,
                                                                 QString pageToken)
{
    QString path = QStringLiteral("/backups?limit=%1").arg(m_pageSize);
    if (!pageToken.isEmpty())
        path
            += QStringLiteral("&marker=") + QString::fromLatin1(QUrl::toPercentEncoding(pageToken));
    auto body = co_await call("GET", location.region, path);
    if (!body)
        co_return body.error();
    auto page = RackspaceJson::backupPage(body.value(), regionLocation(location.region));
    if (!page)
        co_return page.error();
    if (!m_instanceNamesLoaded)
        co_await loadInstanceNames();
    BackupPage named = std::move(page).value();
    nameSources(named.backups);
    co_return named;
}

QCoro::Task<> RackspaceConnection::loadInstanceNames()
{
    m_instanceNamesLoaded = true; // once, even when it fails: names are a nicety
    auto signedIn = co_await token(false);
    if (!signedIn)
        co_return;
    const QStringList regions = signedIn.value().databaseEndpoints.keys();
    for (const QString &region : regions) {
        QString marker;
        for (int page = 0; page < 100; ++page) {
            QString path = QStringLiteral("/instances?limit=%1").arg(MaxPageSize);
            if (!marker.isEmpty())
                path += QStringLiteral("&marker=")
                    + QString::fromLatin1(QUrl::toPercentEncoding(marker));
            auto body = co_await call("GET", region, path);
            if (!body)
                break;
            auto parsed = RackspaceJson::instancePage(body.value());
            if (!parsed)
                break;
            m_instanceNames.insert(parsed.value().first);
            marker = parsed.value().second;
            if (marker.isEmpty())
                break;
        }
    }
}

void RackspaceConnection::nameSources(QList<Backup> &backups) const
{
    for (Backup &backup : backups) {
        const QString name = m_instanceNames.value(RackspaceJson::instanceIdOf(backup));
        if (!name.isEmpty())
            backup.sourceResource = name;
    }
}

QCoro::Task<Result<Backup>> RackspaceConnection::showBackup(Location region, QString backupId)
{
    auto body = co_await call("GET", region.region,
                              QStringLiteral("/backups/")
                                  + QString::fromLatin1(QUrl::toPercentEncoding(backupId)));
    if (!body)
        co_return body.error();
    co_return RackspaceJson::shownBackup(body.value(), regionLocation(region.region));
}

QCoro::Task<Result<QList<Location>>> RackspaceConnection::listCopyDestinations(Backup backup)
{
    auto locations = co_await listLocations();
    if (!locations)
        co_return locations.error();
    QList<Location> destinations;
    if (!RackspaceCopyRules::sourceRegionIssue(backup).isEmpty())
        co_return destinations; // nothing leaves LON
    for (const Location &location : locations.value()) {
        if (RackspaceCopyRules::destinationIssue(backup, location.region).isEmpty())
            destinations << location;
    }
    co_return destinations;
}

QCoro::Task<Result<void>> RackspaceConnection::testConnection()
{
    auto signedIn = co_await token(true);
    if (!signedIn)
        co_return signedIn.error();
    QString region = m_account.regions.value(0);
    if (region.isEmpty())
        region = signedIn.value().databaseEndpoints.firstKey();
    auto body = co_await call("GET", region, QStringLiteral("/backups?limit=1"));
    if (!body)
        co_return body.error();
    co_return Result<void>();
}

} // namespace Copydeck
