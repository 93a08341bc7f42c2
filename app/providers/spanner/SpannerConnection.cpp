#include "SpannerConnection.h"

#include "SpannerAccountSettings.h"
#include "SpannerErrorParser.h"
#include "SpannerJson.h"
#include "SpannerLogging.h"

#include "core/Clock.h"
#include "core/Redaction.h"
#include "core/RetryPolicy.h"

#include <QJsonArray>
#include <QJsonDocument>

Q_LOGGING_CATEGORY(lcSpanner, "copydeck.spanner")

namespace Copydeck {

namespace {

using namespace SpannerAccountSettings;

int pageSizeOf(const Account &account)
{
    bool ok = false;
    const int size = account.settings.value(SettingPageSize).toInt(&ok);
    return ok && size >= 1 ? std::min(size, MaxPageSize) : DefaultPageSize;
}

// A 2xx answer whose body is not JSON was cut short on the way: worth another attempt.
bool isTransient(const HttpResponse &response)
{
    if (!response.isSuccess() || response.body.isEmpty())
        return false;
    QJsonParseError error {};
    QJsonDocument::fromJson(response.body, &error);
    return error.error != QJsonParseError::NoError;
}

} // namespace

SpannerConnection::SpannerConnection(Account account, const ProviderContext &context,
                                     SpannerCredentialResolver resolver, const Clock *clock)
    : m_account(std::move(account))
    , m_secrets(context.secrets)
    , m_resolver(std::move(resolver))
    , m_clock(clock)
    , m_http(context.network, context.retryPolicy ? *context.retryPolicy : RetryPolicy::standard(),
             lcSpanner())
    , m_pageSize(pageSizeOf(m_account))
{
    // Not a coroutine: it hands out the resolver's task, which takes its arguments by value.
    auto loader = [this]() { return m_resolver.load(m_account, m_secrets); };
    m_tokens = std::make_unique<GoogleTokenSource>(
        context.network, context.retryPolicy ? *context.retryPolicy : RetryPolicy::standard(),
        m_clock, loader);
}

SpannerConnection::~SpannerConnection() = default;

QCoro::Task<Result<QByteArray>> SpannerConnection::call(QByteArray method, QString path,
                                                        QList<std::pair<QString, QString>> query,
                                                        QByteArray body)
{
    // Resource names travel unescaped ({+name}); everything else in them is encoded.
    QByteArray url
        = m_resolver.endpoint(m_account).toEncoded(QUrl::RemoveQuery | QUrl::RemoveFragment) + "v1/"
        + QUrl::toPercentEncoding(path, "/:");
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
    request.setHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    if (!body.isEmpty() || method == "POST" || method == "PATCH") {
        request.setHeader(QByteArrayLiteral("Content-Type"),
                          QByteArrayLiteral("application/json; charset=utf-8"));
        request.body = body.isEmpty() ? QByteArrayLiteral("{}") : body;
    }

    // The token is asked for on every attempt (cached, refreshed before it expires); the one
    // sent is remembered so that a 401 retires exactly that token.
    auto sentToken = std::make_shared<QByteArray>();
    GoogleTokenSource *tokens = m_tokens.get();
    auto prepare = [tokens, sentToken](HttpRequest attempt) -> QCoro::Task<Result<HttpRequest>> {
        const Result<QByteArray> token = co_await tokens->accessToken();
        if (!token)
            co_return token.error();
        *sentToken = token.value();
        attempt.setHeader(QByteArrayLiteral("Authorization"), "Bearer " + token.value());
        co_return attempt;
    };

    std::optional<HttpResponse> answer;
    for (int authAttempt = 0; authAttempt < 2; ++authAttempt) {
        const Result<HttpResponse> sent = co_await m_http.send(request, prepare, &isTransient);
        if (!sent)
            co_return sent.error();
        answer = sent.value();
        if (answer->status != 401 || authAttempt > 0)
            break;
        qCInfo(lcSpanner).noquote()
            << method << Redaction::urlForLog(request.url) << "-> 401, fetching a new token";
        m_tokens->invalidate(*sentToken);
    }
    if (!answer->isSuccess()) {
        CloudError error = SpannerErrorParser::toCloudError(*answer);
        qCInfo(lcSpanner).noquote() << method << Redaction::urlForLog(request.url) << "->"
                                    << answer->status << error.cloudCode;
        co_return error;
    }
    co_return answer->body;
}

QCoro::Task<Result<QJsonObject>>
SpannerConnection::callJson(QByteArray method, QString path,
                            QList<std::pair<QString, QString>> query, QByteArray body)
{
    const Result<QByteArray> answer
        = co_await call(std::move(method), std::move(path), std::move(query), std::move(body));
    if (!answer)
        co_return answer.error();
    co_return SpannerJson::object(answer.value());
}

QCoro::Task<Result<QStringList>> SpannerConnection::projects()
{
    // Listed in the account: no credential is read to know them.
    const QStringList configured = SpannerCredentialResolver::configuredProjects(m_account);
    if (!configured.isEmpty())
        co_return configured;
    if (!m_credentialProject) {
        const Result<GoogleCredentials> credentials
            = co_await m_resolver.load(m_account, m_secrets);
        if (!credentials)
            co_return credentials.error();
        m_credentialProject = credentials.value().projectId;
    }
    const QStringList projects = m_resolver.projects(m_account, *m_credentialProject);
    if (projects.isEmpty()) {
        co_return CloudError::local(
            tr("No Google Cloud project is known for \"%1\".").arg(m_account.name),
            tr("Edit the account and list the projects whose instances it should show."));
    }
    co_return projects;
}

QCoro::Task<Result<QList<Location>>> SpannerConnection::listInstances(QString project, int limit)
{
    QList<Location> instances;
    QString token;
    do {
        QList<std::pair<QString, QString>> query
            = {{QStringLiteral("pageSize"), QString::number(limit > 0 ? limit : m_pageSize)}};
        if (!token.isEmpty())
            query.append({QStringLiteral("pageToken"), token});
        const Result<QJsonObject> page = co_await callJson(
            "GET", QStringLiteral("projects/") + project + QStringLiteral("/instances"), query);
        if (!page)
            co_return page.error();
        for (const QJsonValue &item : page.value().value(QStringLiteral("instances")).toArray())
            instances.append(SpannerJson::instance(item.toObject(), m_account.id));
        token = page.value().value(QStringLiteral("nextPageToken")).toString();
    } while (!token.isEmpty() && limit <= 0);
    co_return instances;
}

QCoro::Task<Result<QList<Location>>> SpannerConnection::listLocations()
{
    const Result<QStringList> projectList = co_await projects();
    if (!projectList)
        co_return projectList.error();
    QList<Location> locations;
    for (const QString &project : projectList.value()) {
        const Result<QList<Location>> instances = co_await listInstances(project, 0);
        if (!instances)
            co_return instances.error();
        locations.append(instances.value());
    }
    co_return locations;
}

QCoro::Task<Result<BackupPage>> SpannerConnection::listBackups(Location location, QString pageToken)
{
    const QString filter = m_account.settings.value(SettingBackupFilter).toString();
    const Result<BackupPage> page
        = co_await listBackupsFiltered(std::move(location), filter, std::move(pageToken));
    co_return page;
}

QCoro::Task<Result<BackupPage>>
SpannerConnection::listBackupsFiltered(Location instance, QString filter, QString pageToken)
{
    QList<std::pair<QString, QString>> query
        = {{QStringLiteral("pageSize"), QString::number(m_pageSize)}};
    if (!filter.trimmed().isEmpty())
        query.append({QStringLiteral("filter"), filter});
    if (!pageToken.isEmpty())
        query.append({QStringLiteral("pageToken"), pageToken});
    const Result<QByteArray> body
        = co_await call("GET", instance.id + QStringLiteral("/backups"), query);
    if (!body)
        co_return body.error();
    co_return SpannerJson::backupPage(body.value(), instance);
}

QCoro::Task<Result<QList<Location>>> SpannerConnection::listCopyDestinations(Backup)
{
    const Result<QList<Location>> locations = co_await listLocations();
    co_return locations;
}

QCoro::Task<Result<QList<Backup>>> SpannerConnection::listDatabases(Location instance)
{
    QList<Backup> databases;
    QString token;
    do {
        QList<std::pair<QString, QString>> query
            = {{QStringLiteral("pageSize"), QString::number(m_pageSize)}};
        if (!token.isEmpty())
            query.append({QStringLiteral("pageToken"), token});
        const Result<QJsonObject> page
            = co_await callJson("GET", instance.id + QStringLiteral("/databases"), query);
        if (!page)
            co_return page.error();
        for (const QJsonValue &item : page.value().value(QStringLiteral("databases")).toArray())
            databases.append(SpannerJson::database(item.toObject(), instance));
        token = page.value().value(QStringLiteral("nextPageToken")).toString();
    } while (!token.isEmpty());
    co_return databases;
}

QCoro::Task<Result<QStringList>> SpannerConnection::instanceConfigRegions(QString config)
{
    const Result<QJsonObject> found = co_await callJson("GET", config);
    if (!found)
        co_return found.error();
    QStringList regions;
    for (const QJsonValue &replica : found.value().value(QStringLiteral("replicas")).toArray()) {
        const QString location = replica[QLatin1String("location")].toString();
        if (replica[QLatin1String("type")].toString() != QLatin1String("WITNESS")
            && !regions.contains(location))
            regions << location;
    }
    co_return regions;
}

QCoro::Task<Result<void>> SpannerConnection::testConnection()
{
    const Result<QStringList> projectList = co_await projects();
    if (!projectList)
        co_return projectList.error();
    const Result<QList<Location>> instances
        = co_await listInstances(projectList.value().constFirst(), 1);
    if (!instances)
        co_return instances.error();
    co_return Result<void>();
}

} // namespace Copydeck
