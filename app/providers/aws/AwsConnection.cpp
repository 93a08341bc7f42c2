#include "AwsConnection.h"

#include "AwsAccountSettings.h"
#include "AwsErrorParser.h"
#include "AwsJson.h"
#include "AwsLogging.h"
#include "AwsResourceName.h"

#include "auth/AwsSigV4Signer.h"
#include "core/RetryPolicy.h"
#include "core/SecretStore.h"

#include <QUuid>

Q_LOGGING_CATEGORY(lcAws, "copydeck.aws")

namespace Copydeck {

namespace {

using namespace AwsAccountSettings;

const QString Service = QStringLiteral("backup");

int pageSizeOf(const Account &account)
{
    bool ok = false;
    const int size = account.settings.value(SettingPageSize).toInt(&ok);
    return ok && size >= 1 ? std::min(size, MaxPageSize) : DefaultPageSize;
}

// A CloudError about one region says which.
CloudError inRegion(CloudError error, const QString &region)
{
    error.explanation = AwsConnection::tr("In %1: %2").arg(region, error.explanation);
    return error;
}

} // namespace

AwsConnection::AwsConnection(Account account, const ProviderContext &context,
                             AwsCredentialResolver resolver)
    : m_account(std::move(account))
    , m_secrets(context.secrets)
    , m_resolver(std::move(resolver))
    , m_http(context.network, context.retryPolicy ? *context.retryPolicy : RetryPolicy::standard(),
             lcAws())
    , m_pageSize(pageSizeOf(m_account))
{ }

AwsConnection::~AwsConnection() = default;

QCoro::Task<Result<AwsResolvedAccount>> AwsConnection::resolvedAccount()
{
    // QCoro 0.8 moves from an lvalue of another type given to co_return: return copies, so
    // that the cache is kept.
    if (m_resolved)
        co_return AwsResolvedAccount(*m_resolved);
    AwsCredentials stored;
    if (m_account.authMethod == AuthKeys || m_account.authMethod.isEmpty()) {
        if (!m_secrets)
            co_return CloudError::local(tr("No secret store is available to read the keys of "
                                           "\"%1\".")
                                            .arg(m_account.name));
        QString *targets[] = {&stored.accessKeyId, &stored.secretAccessKey, &stored.sessionToken};
        const QLatin1StringView names[]
            = {SecretAccessKeyId, SecretSecretAccessKey, SecretSessionToken};
        for (int i = 0; i < 3; ++i) {
            auto secret = co_await m_secrets->read(m_account.secretKey(names[i]));
            if (!secret)
                co_return secret.error();
            *targets[i] = QString::fromUtf8(secret.value()).trimmed();
        }
    }
    auto resolved = m_resolver.resolve(m_account, stored);
    if (!resolved)
        co_return resolved.error();
    qCDebug(lcAws).noquote() << "account" << m_account.name << "uses"
                             << resolved.value().credentialSource << "default region"
                             << resolved.value().defaultRegion << "regions"
                             << resolved.value().regions.join(QLatin1Char(','));
    // Another call may have resolved meanwhile; the first answer is kept.
    if (!m_resolved)
        m_resolved = std::move(resolved).value();
    co_return AwsResolvedAccount(*m_resolved);
}

QCoro::Task<Result<QByteArray>> AwsConnection::call(QByteArray method, QString region,
                                                    QByteArray path,
                                                    QList<std::pair<QString, QString>> query,
                                                    QByteArray body)
{
    auto resolved = co_await resolvedAccount();
    if (!resolved)
        co_return resolved.error();
    const AwsResolvedAccount account = std::move(resolved).value();
    if (region.isEmpty())
        region = account.defaultRegion;

    QByteArray url = account.endpoint(region).toEncoded(QUrl::RemoveQuery | QUrl::RemoveFragment
                                                        | QUrl::StripTrailingSlash)
        + path;
    // Every reserved character is encoded: a '+' in a page token must not arrive as a space.
    for (qsizetype i = 0; i < query.size(); ++i) {
        url.append(i == 0 ? '?' : '&');
        url.append(QUrl::toPercentEncoding(query.at(i).first));
        url.append('=');
        url.append(QUrl::toPercentEncoding(query.at(i).second));
    }

    HttpRequest request;
    request.method = method;
    request.url = QUrl::fromEncoded(url, QUrl::StrictMode);
    request.setHeader(QByteArrayLiteral("User-Agent"),
                      QByteArrayLiteral("Copydeck/" COPYDECK_VERSION));
    if (!body.isEmpty()) {
        request.setHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
        request.body = body;
    }

    // Each attempt is signed afresh: the signature carries the time.
    const AwsCredentials credentials = account.credentials;
    auto prepare = [credentials, region](HttpRequest attempt) -> QCoro::Task<Result<HttpRequest>> {
        AwsSigV4Signer(region, Service).sign(attempt, credentials, QDateTime::currentDateTimeUtc());
        co_return attempt;
    };
    auto sent = co_await m_http.send(std::move(request), prepare, &AwsErrorParser::isTransient);
    if (!sent)
        co_return sent.error();
    const HttpResponse &response = sent.value();
    if (!response.isSuccess()) {
        CloudError error = AwsErrorParser::toCloudError(response);
        qCInfo(lcAws).noquote() << method << path << "in" << region << "->" << response.status
                                << error.cloudCode << error.requestId;
        co_return error;
    }
    co_return response.body;
}

QCoro::Task<Result<QList<Location>>> AwsConnection::listVaults(QString region, int limit)
{
    QList<Location> vaults;
    QString token;
    do {
        QList<std::pair<QString, QString>> query
            = {{QStringLiteral("maxResults"), QString::number(limit > 0 ? limit : m_pageSize)}};
        if (!token.isEmpty())
            query.append({QStringLiteral("nextToken"), token});
        auto body = co_await call("GET", region, "/backup-vaults/", std::move(query));
        if (!body)
            co_return inRegion(body.error(), region);
        auto page = AwsJson::vaultPage(body.value(), region, m_account.id);
        if (!page)
            co_return inRegion(page.error(), region);
        vaults.append(page.value().vaults);
        token = page.value().nextToken;
    } while (!token.isEmpty() && limit <= 0);
    co_return vaults;
}

QCoro::Task<Result<QList<Location>>> AwsConnection::listLocations()
{
    auto resolved = co_await resolvedAccount();
    if (!resolved)
        co_return resolved.error();
    QList<Location> locations;
    for (const QString &region : resolved.value().regions) {
        auto vaults = co_await listVaults(region, 0);
        if (!vaults)
            co_return vaults.error();
        locations.append(vaults.value());
    }
    co_return locations;
}

QString AwsConnection::regionOf(const Location &location) const
{
    if (!location.region.isEmpty())
        return location.region;
    return AwsResourceName::regionOf(location.id); // empty: the default region
}

QCoro::Task<Result<BackupPage>> AwsConnection::listBackups(Location location, QString pageToken)
{
    QList<std::pair<QString, QString>> query
        = {{QStringLiteral("maxResults"), QString::number(m_pageSize)}};
    if (!pageToken.isEmpty())
        query.append({QStringLiteral("nextToken"), pageToken});
    const QByteArray path
        = "/backup-vaults/" + AwsJson::pathSegment(location.name) + "/recovery-points/";
    auto body = co_await call("GET", regionOf(location), path, std::move(query));
    if (!body)
        co_return body.error();
    co_return AwsJson::recoveryPointPage(body.value(), location);
}

QCoro::Task<Result<QList<Location>>> AwsConnection::listCopyDestinations(Backup backup)
{
    auto locations = co_await listLocations();
    if (!locations)
        co_return locations.error();
    QList<Location> destinations = std::move(locations).value();
    destinations.removeIf(
        [&backup](const Location &vault) { return vault.id == backup.location.id; });
    co_return destinations;
}

QCoro::Task<Result<CopyJob>> AwsConnection::startCopy(CopyRequest request)
{
    // Made once, then the same on every retry of this request, so that AWS Backup starts one
    // job however many times the request reaches it.
    if (request.clientToken.isEmpty())
        request.clientToken = QUuid::createUuid().toString(QUuid::WithoutBraces);

    CopyJob job;
    job.cloud = QString(Cloud);
    job.accountId = m_account.id;
    job.sourceId = request.source.id;
    job.sourceName = request.source.name;
    job.sourceLocation = request.source.location;
    job.destination = request.destination;
    job.sizeBytes = request.source.sizeBytes;
    job.clientToken = request.clientToken;
    job.created = QDateTime::currentDateTimeUtc();

    // The job belongs to the source region: the request is signed for it.
    QString region = regionOf(request.source.location);
    if (region.isEmpty())
        region = AwsResourceName::regionOf(request.source.id);
    auto body = co_await call("PUT", region, "/copy-jobs", {},
                              AwsJson::startCopyJobBody(request, request.clientToken));
    if (!body)
        co_return body.error();
    auto started = AwsJson::startedCopyJob(body.value(), std::move(job));
    if (started)
        qCInfo(lcAws).noquote() << "copy job" << started.value().remoteId << "started in" << region;
    co_return started;
}

QCoro::Task<Result<CopyJob>> AwsConnection::pollCopy(CopyJob job)
{
    if (job.remoteId.isEmpty())
        co_return CloudError::local(tr("This copy was never accepted by AWS Backup, so there is "
                                       "nothing to ask about."));
    QString region = regionOf(job.sourceLocation);
    if (region.isEmpty())
        region = AwsResourceName::regionOf(job.sourceId);
    auto body
        = co_await call("GET", region, "/copy-jobs/" + AwsJson::pathSegment(job.remoteId), {});
    if (!body)
        co_return body.error();
    co_return AwsJson::describedCopyJob(body.value(), std::move(job));
}

QCoro::Task<Result<void>> AwsConnection::testConnection()
{
    auto resolved = co_await resolvedAccount();
    if (!resolved)
        co_return resolved.error();
    auto vaults = co_await listVaults(resolved.value().defaultRegion, 1);
    if (!vaults)
        co_return vaults.error();
    co_return Result<void>();
}

} // namespace Copydeck
