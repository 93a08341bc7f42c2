#include "HuaweiAuthSession.h"

#include "HuaweiAccountSettings.h"
#include "HuaweiErrorParser.h"
#include "HuaweiJson.h"
#include "HuaweiLogging.h"
#include "HuaweiTime.h"

#include "auth/HuaweiSigner.h"
#include "core/SecretStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Copydeck {

using namespace HuaweiAccountSettings;

namespace {

// Coroutines take their values as parameters; the lambdas that call them are plain functions.
QCoro::Task<Result<HttpRequest>> withToken(HttpRequest attempt, QByteArray token)
{
    attempt.setHeader("X-Auth-Token", token);
    co_return attempt;
}

QCoro::Task<Result<HttpRequest>> signedWith(HttpRequest attempt, HuaweiCredentials keys,
                                            QByteArray projectId)
{
    if (!projectId.isEmpty())
        attempt.setHeader("X-Project-Id", projectId);
    HuaweiSigner::sign(attempt, keys, QDateTime::currentDateTimeUtc());
    co_return attempt;
}

HttpClient::Prepare tokenPrepare(QByteArray token)
{
    return [token](HttpRequest attempt) { return withToken(std::move(attempt), token); };
}

HttpClient::Prepare keyPrepare(HuaweiCredentials keys, QByteArray projectId)
{
    return [keys, projectId](HttpRequest attempt) {
        return signedWith(std::move(attempt), keys, projectId);
    };
}

} // namespace

HuaweiAuthSession::HuaweiAuthSession(Account account, SecretStore *secrets,
                                     QProcessEnvironment environment, HttpClient &http)
    : m_account(std::move(account))
    , m_secrets(secrets)
    , m_environment(std::move(environment))
    , m_http(http)
{ }

QUrl HuaweiAuthSession::cbrEndpoint(const QString &region) const
{
    if (m_account.endpointOverride.isEmpty())
        return QUrl(QStringLiteral("https://cbr.%1.myhuaweicloud.com").arg(region));
    QString text = m_account.endpointOverride.toString();
    text.replace(QLatin1String("%7Bregion%7D"), region, Qt::CaseInsensitive);
    text.replace(QLatin1String("{region}"), region);
    return QUrl(text);
}

QUrl HuaweiAuthSession::iamEndpoint() const
{
    const QString configured = m_account.settings.value(SettingIamEndpoint).toString();
    if (!configured.isEmpty())
        return QUrl(configured);
    if (m_account.endpointOverride.isEmpty())
        return QUrl(QStringLiteral("https://iam.myhuaweicloud.com"));
    return m_account.endpointOverride.adjusted(QUrl::RemovePath | QUrl::RemoveQuery
                                               | QUrl::RemoveFragment);
}

QString HuaweiAuthSession::environmentProjectId() const
{
    if (m_account.authMethod != AuthEnvironment)
        return {};
    return m_environment.value(EnvProjectId).trimmed();
}

bool HuaweiAuthSession::needsRenewal(const QDateTime &issued, const QDateTime &expires,
                                     const QDateTime &now)
{
    const qint64 lifetime = issued.isValid() ? issued.msecsTo(expires) : 0;
    const qint64 margin = std::min<qint64>(3600 * 1000, std::max<qint64>(0, lifetime / 4));
    return !expires.isValid() || now.msecsTo(expires) <= margin;
}

QCoro::Task<Result<void>> HuaweiAuthSession::loadCredentials()
{
    if (m_credentialsLoaded)
        co_return Result<void>();
    if (m_account.authMethod == AuthEnvironment) {
        m_keys.accessKey = m_environment.value(EnvAccessKey).trimmed();
        m_keys.secretKey = m_environment.value(EnvSecretKey).trimmed();
        m_keys.securityToken = m_environment.value(EnvSecurityToken).trimmed();
        if (!m_keys.isValid())
            co_return CloudError::local(
                tr("HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK are not both set in Copydeck's "
                   "environment."),
                tr("Set them before starting Copydeck, or give the account its keys."));
        m_credentialsLoaded = true;
        co_return Result<void>();
    }
    if (!m_secrets)
        co_return CloudError::local(
            tr("No secret store is available to read the credentials of \"%1\".")
                .arg(m_account.name));
    if (m_account.authMethod == AuthPassword) {
        auto password = co_await m_secrets->read(m_account.secretKey(SecretPassword));
        if (!password)
            co_return password.error();
        m_password = password.value();
        if (m_password.isEmpty() || m_account.settings.value(SettingUserName).toString().isEmpty()
            || m_account.settings.value(SettingDomainName).toString().isEmpty())
            co_return CloudError::local(
                tr("The account \"%1\" has no IAM user name, account name or password.")
                    .arg(m_account.name));
        m_credentialsLoaded = true;
        co_return Result<void>();
    }
    QString *targets[] = {&m_keys.accessKey, &m_keys.secretKey, &m_keys.securityToken};
    const QLatin1StringView names[] = {SecretAccessKey, SecretSecretKey, SecretSecurityToken};
    for (int i = 0; i < 3; ++i) {
        auto secret = co_await m_secrets->read(m_account.secretKey(names[i]));
        if (!secret)
            co_return secret.error();
        *targets[i] = QString::fromUtf8(secret.value()).trimmed();
    }
    if (!m_keys.isValid())
        co_return CloudError::local(
            tr("The account \"%1\" has no access key and secret key.").arg(m_account.name));
    m_credentialsLoaded = true;
    co_return Result<void>();
}

QCoro::Task<Result<HuaweiAuthSession::Token>> HuaweiAuthSession::token(QString region)
{
    const auto cached = m_tokens.constFind(region);
    if (cached != m_tokens.cend()
        && !needsRenewal(cached->issued, cached->expires, QDateTime::currentDateTimeUtc()))
        co_return Token(*cached);
    auto fetched = co_await fetchToken(region);
    if (!fetched)
        co_return fetched.error();
    m_tokens.insert(region, fetched.value());
    co_return Token(fetched.value());
}

QCoro::Task<Result<HuaweiAuthSession::Token>> HuaweiAuthSession::fetchToken(QString region)
{
    const QJsonObject user {
        {QStringLiteral("name"), m_account.settings.value(SettingUserName).toString()},
        {QStringLiteral("password"), QString::fromUtf8(m_password)},
        {QStringLiteral("domain"),
         QJsonObject {
             {QStringLiteral("name"), m_account.settings.value(SettingDomainName).toString()}}}};
    const QJsonObject scope = region.isEmpty()
        ? QJsonObject {{QStringLiteral("domain"),
                        QJsonObject {{QStringLiteral("name"),
                                      m_account.settings.value(SettingDomainName).toString()}}}}
        : QJsonObject {{QStringLiteral("project"), QJsonObject {{QStringLiteral("name"), region}}}};
    const QJsonObject body {
        {QStringLiteral("auth"),
         QJsonObject {
             {QStringLiteral("identity"),
              QJsonObject {
                  {QStringLiteral("methods"), QJsonArray {QStringLiteral("password")}},
                  {QStringLiteral("password"), QJsonObject {{QStringLiteral("user"), user}}}}},
             {QStringLiteral("scope"), scope}}}};
    HttpRequest request;
    request.method = "POST";
    request.url = iamEndpoint();
    request.url.setPath(request.url.path() + QStringLiteral("/v3/auth/tokens"));
    request.setHeader("Content-Type", "application/json;charset=UTF-8");
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    auto sent = co_await m_http.send(std::move(request));
    if (!sent)
        co_return sent.error();
    const HttpResponse &response = sent.value();
    if (response.status != 201 && !response.isSuccess())
        co_return HuaweiErrorParser::toCloudError(response);
    const QJsonObject token
        = QJsonDocument::fromJson(response.body).object().value(QStringLiteral("token")).toObject();
    Token result;
    result.value = response.header("X-Subject-Token");
    result.issued = HuaweiTime::parse(token.value(QStringLiteral("issued_at")).toString());
    result.expires = HuaweiTime::parse(token.value(QStringLiteral("expires_at")).toString());
    result.projectId
        = token.value(QStringLiteral("project")).toObject().value(QStringLiteral("id")).toString();
    if (result.value.isEmpty() || !result.expires.isValid())
        co_return CloudError::protocol(
            tr("IAM answered without a token (X-Subject-Token) or its expiry."));
    ++m_tokensFetched;
    qCInfo(lcHuawei).noquote() << "IAM token for"
                               << (region.isEmpty() ? QStringLiteral("the domain") : region)
                               << "until" << result.expires.toString(Qt::ISODate);
    co_return result;
}

QCoro::Task<Result<HttpClient::Prepare>> HuaweiAuthSession::iamAuthorizer()
{
    auto loaded = co_await loadCredentials();
    if (!loaded)
        co_return loaded.error();
    if (m_account.authMethod == AuthPassword) {
        auto domainToken = co_await token(QString());
        if (!domainToken)
            co_return domainToken.error();
        co_return tokenPrepare(domainToken.value().value);
    }
    co_return keyPrepare(m_keys, QByteArray());
}

QCoro::Task<Result<QHash<QString, QString>>> HuaweiAuthSession::projects()
{
    if (!m_iamProjects) {
        auto prepare = co_await iamAuthorizer();
        if (!prepare)
            co_return prepare.error();
        HttpRequest request;
        request.url = iamEndpoint();
        request.url.setPath(request.url.path() + QStringLiteral("/v3/projects"));
        auto sent = co_await m_http.send(std::move(request), prepare.value(),
                                         &HuaweiErrorParser::isTransient);
        if (!sent)
            co_return sent.error();
        if (!sent.value().isSuccess())
            co_return HuaweiErrorParser::toCloudError(sent.value());
        auto parsed = HuaweiJson::projects(sent.value().body);
        if (!parsed)
            co_return parsed.error();
        if (!m_iamProjects)
            m_iamProjects = parsed.value();
    }
    QHash<QString, QString> result = *m_iamProjects;
    const QVariantMap configured = m_account.settings.value(SettingProjects).toMap();
    for (auto it = configured.cbegin(); it != configured.cend(); ++it) {
        if (!it.value().toString().isEmpty())
            result.insert(it.key(), it.value().toString());
    }
    co_return result;
}

QCoro::Task<Result<QString>> HuaweiAuthSession::projectId(QString region)
{
    const QString configured
        = m_account.settings.value(SettingProjects).toMap().value(region).toString();
    if (!configured.isEmpty())
        co_return configured;
    if (m_account.authMethod == AuthPassword) {
        auto loaded = co_await loadCredentials();
        if (!loaded)
            co_return loaded.error();
        auto scoped = co_await token(region);
        if (!scoped)
            co_return scoped.error();
        co_return QString(scoped.value().projectId);
    }
    auto all = co_await projects();
    if (!all)
        co_return all.error();
    const QString id = all.value().value(region);
    if (id.isEmpty())
        co_return CloudError::local(
            tr("The account has no project in %1, so nothing can be listed or replicated there.")
                .arg(region),
            tr("Add the region's project id to the account, or choose another region."));
    co_return id;
}

QCoro::Task<Result<HttpClient::Prepare>> HuaweiAuthSession::authorizer(QString region,
                                                                       QString projectId)
{
    auto loaded = co_await loadCredentials();
    if (!loaded)
        co_return loaded.error();
    if (m_account.authMethod == AuthPassword) {
        auto scoped = co_await token(region);
        if (!scoped)
            co_return scoped.error();
        co_return tokenPrepare(scoped.value().value);
    }
    co_return keyPrepare(m_keys, projectId.toUtf8());
}

} // namespace Copydeck
