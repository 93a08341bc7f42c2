#include "SpannerSandboxFixture.h"

#include "providers/spanner/SpannerAccountSettings.h"

#include <QJsonDocument>
#include <QNetworkProxy>

namespace Copydeck::Test {

SpannerSandboxFixture::SpannerSandboxFixture()
    // The sandbox seeds relative to its clock: start both at the real time, so that a JWT's
    // times are plausible to anyone.
    : m_sandboxClock(QDateTime::currentDateTimeUtc())
    , m_clientClock(m_sandboxClock.now())
{
    m_network.setProxy(QNetworkProxy::NoProxy);
    m_sandbox
        = std::make_unique<Sandbox::SpannerSandbox>(m_sandboxClock, Sandbox::SandboxOptions {});
    m_provider.emplace(QProcessEnvironment(), m_home.path(), &m_clientClock);
}

SpannerSandboxFixture::~SpannerSandboxFixture() = default;

bool SpannerSandboxFixture::start(QString *error)
{
    if (!m_home.isValid()) {
        *error = QStringLiteral("no temporary home directory");
        return false;
    }
    return m_sandbox->start(0, error);
}

void SpannerSandboxFixture::advance(qint64 seconds)
{
    m_sandboxClock.advance(seconds);
    m_clientClock.advance(seconds);
}

void SpannerSandboxFixture::advanceSandbox(qint64 seconds)
{
    m_sandboxClock.advance(seconds);
}

Account SpannerSandboxFixture::serviceAccount(int pageSize, bool authorizedUser)
{
    using namespace SpannerAccountSettings;
    Account account;
    account.id = authorizedUser ? QStringLiteral("spanner-user") : QStringLiteral("spanner-sa");
    account.cloud = QString(Cloud);
    account.name = authorizedUser ? QStringLiteral("Demo user") : QStringLiteral("Demo robot");
    account.authMethod = QString(AuthServiceAccountKey);
    account.endpointOverride = m_sandbox->endpoint();
    account.settings.insert(QString(SettingProjects), QStringList {Demo, Archive});
    if (pageSize > 0)
        account.settings.insert(QString(SettingPageSize), pageSize);
    const QJsonObject file
        = authorizedUser ? m_sandbox->authorizedUser() : m_sandbox->serviceAccountKey();
    m_secrets.insert(account.secretKey(QString(SecretServiceAccountKey)),
                     QJsonDocument(file).toJson());
    return account;
}

ProviderContext SpannerSandboxFixture::context()
{
    ProviderContext context;
    context.network = &m_network;
    context.secrets = &m_secrets;
    context.retryPolicy = &m_policy;
    return context;
}

std::unique_ptr<SpannerConnection> SpannerSandboxFixture::connect(const Account &account)
{
    auto connection = m_provider->connect(account, context());
    return std::unique_ptr<SpannerConnection>(
        static_cast<SpannerConnection *>(connection.release()));
}

std::unique_ptr<SpannerConnection> SpannerSandboxFixture::connectServiceAccount(int pageSize)
{
    return connect(serviceAccount(pageSize));
}

std::optional<Location> SpannerSandboxFixture::instance(SpannerConnection &connection,
                                                        const QString &name)
{
    auto locations = finish(connection.listLocations());
    if (!locations || !locations->ok())
        return std::nullopt;
    for (const Location &location : locations->value()) {
        if (location.id == name)
            return location;
    }
    return std::nullopt;
}

QList<Backup> SpannerSandboxFixture::allBackups(SpannerConnection &connection,
                                                const Location &instance, const QString &filter)
{
    QList<Backup> backups;
    QString token;
    for (int page = 0; page < 1000; ++page) {
        auto result = finish(connection.listBackupsFiltered(instance, filter, token));
        if (!result || !result->ok()) {
            qWarning() << "listing failed:" << (result ? errorText(*result) : "timed out");
            return {};
        }
        backups.append(result->value().backups);
        token = result->value().nextPageToken;
        if (token.isEmpty())
            break;
    }
    return backups;
}

std::optional<Backup> SpannerSandboxFixture::backup(SpannerConnection &connection,
                                                    const QString &name)
{
    const auto where = instance(connection, name.section(QLatin1Char('/'), 0, 3));
    if (!where)
        return std::nullopt;
    for (const Backup &backup : allBackups(connection, *where)) {
        if (backup.id == name)
            return backup;
    }
    return std::nullopt;
}

CopyRequest SpannerSandboxFixture::copyRequest(SpannerConnection &connection,
                                               const QString &backupId)
{
    CopyRequest request;
    const auto source = backup(connection, OrdersProd + QStringLiteral("/backups/orders-daily-01"));
    const auto destination = instance(connection, OrdersEu);
    if (!source || !destination)
        return request;
    request.source = *source;
    request.destination = *destination;
    request.name = backupId;
    request.expireTime = source->created.addDays(30);
    return request;
}

CopyRequest SpannerSandboxFixture::createRequest(SpannerConnection &connection,
                                                 const QString &backupId)
{
    CopyRequest request;
    request.operation = CopyOperation::CreateBackup;
    const auto destination = instance(connection, OrdersEu);
    if (!destination)
        return request;
    auto databases = finish(connection.listDatabases(*destination));
    if (!databases || !databases->ok() || databases->value().isEmpty())
        return request;
    request.source = databases->value().constFirst();
    request.destination = *destination;
    request.name = backupId;
    request.expireTime = m_clientClock.now().addDays(7);
    return request;
}

} // namespace Copydeck::Test
