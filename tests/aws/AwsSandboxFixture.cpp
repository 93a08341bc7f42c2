#include "AwsSandboxFixture.h"

#include <QNetworkProxy>

namespace Copydeck::Test {

AwsSandboxFixture::AwsSandboxFixture()
{
    m_network.setProxy(QNetworkProxy::NoProxy);
    m_provider.emplace(QProcessEnvironment(), m_home.path());
}

AwsSandboxFixture::~AwsSandboxFixture() = default;

bool AwsSandboxFixture::start(QString *error)
{
    if (!m_home.isValid()) {
        *error = QStringLiteral("no temporary home directory");
        return false;
    }
    return m_sandbox.start(Sandbox::SandboxOptions {}, error);
}

std::unique_ptr<ProviderConnection> AwsSandboxFixture::connectAs(int index, int pageSize,
                                                                 std::optional<QUrl> endpoint,
                                                                 const QString &secretOverride)
{
    const Sandbox::SandboxCredential credential = m_sandbox.credentials().at(index);
    Account account;
    account.id = QStringLiteral("sandbox-aws-%1").arg(index);
    account.cloud = QStringLiteral("aws");
    account.name = credential.name;
    account.authMethod = QStringLiteral("keys");
    account.regions = credential.regions;
    account.endpointOverride = endpoint.value_or(m_sandbox.awsEndpoint());
    if (pageSize > 0)
        account.settings.insert(QStringLiteral("pageSize"), pageSize);
    m_secrets.insert(account.secretKey(QStringLiteral("accessKeyId")),
                     credential.accessKeyId.toUtf8());
    m_secrets.insert(
        account.secretKey(QStringLiteral("secretAccessKey")),
        (secretOverride.isEmpty() ? credential.secretAccessKey : secretOverride).toUtf8());
    m_secrets.insert(account.secretKey(QStringLiteral("sessionToken")),
                     credential.sessionToken.toUtf8());
    return connect(account);
}

std::unique_ptr<ProviderConnection> AwsSandboxFixture::connect(const Account &account)
{
    ProviderContext context;
    context.network = &m_network;
    context.secrets = &m_secrets;
    context.retryPolicy = &m_policy;
    return m_provider->connect(account, context);
}

QList<Backup> AwsSandboxFixture::allBackups(ProviderConnection &connection, const Location &vault)
{
    QList<Backup> backups;
    QString token;
    for (int page = 0; page < 1000; ++page) {
        auto result = finish(connection.listBackups(vault, token));
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

std::optional<Location> AwsSandboxFixture::vault(ProviderConnection &connection,
                                                 const QString &region, const QString &name)
{
    auto locations = finish(connection.listLocations());
    if (!locations || !locations->ok())
        return std::nullopt;
    for (const Location &location : locations->value()) {
        if (location.region == region && location.name == name)
            return location;
    }
    return std::nullopt;
}

std::optional<Backup>
AwsSandboxFixture::findBackup(const QList<Backup> &backups,
                              const std::function<bool(const Backup &)> &matches)
{
    for (const Backup &backup : backups) {
        if (matches(backup))
            return backup;
    }
    return std::nullopt;
}

CopyRequest AwsSandboxFixture::validRequest(ProviderConnection &connection)
{
    CopyRequest request;
    const auto source
        = vault(connection, QStringLiteral("us-east-1"), QStringLiteral("prod-daily"));
    const auto destination
        = vault(connection, QStringLiteral("us-west-2"), QStringLiteral("prod-dr-copies"));
    if (!source || !destination)
        return request;
    const auto backup = findBackup(allBackups(connection, *source), [](const Backup &b) {
        return b.rawState == QLatin1String("COMPLETED")
            && b.resourceType == QLatin1String("DynamoDB") && !b.continuous;
    });
    if (!backup)
        return request;
    request.source = *backup;
    request.destination = *destination;
    request.roleArn = Role;
    return request;
}

QStringList idsOf(const QList<Location> &locations)
{
    QStringList ids;
    for (const Location &location : locations)
        ids << location.id;
    return ids;
}

} // namespace Copydeck::Test
