#include "HuaweiSandboxFixture.h"

#include "sandbox/huawei/HuaweiSandbox.h"

#include <QNetworkProxy>

namespace Copydeck::Test {

HuaweiSandboxFixture::HuaweiSandboxFixture(QProcessEnvironment environment)
{
    m_network.setProxy(QNetworkProxy::NoProxy);
    m_provider.emplace(std::move(environment));
}

HuaweiSandboxFixture::~HuaweiSandboxFixture() = default;

bool HuaweiSandboxFixture::start(QString *error, double speed)
{
    Sandbox::SandboxOptions options;
    options.speed = speed;
    return m_sandbox.start(options, error);
}

Account HuaweiSandboxFixture::account(Auth auth, int pageSize, const QByteArray &secretOverride)
{
    const Sandbox::HuaweiDemoAccount demo = m_sandbox.huawei()->demoAccount();
    Account account;
    account.id = auth == Auth::Keys ? QStringLiteral("sandbox-huawei-keys")
                                    : QStringLiteral("sandbox-huawei-iam");
    account.cloud = QStringLiteral("huawei");
    account.name
        = auth == Auth::Keys ? QStringLiteral("Huawei keys") : QStringLiteral("Huawei IAM");
    account.regions = demo.regions;
    account.endpointOverride = QUrl(m_sandbox.huaweiEndpoint());
    account.settings.insert(QStringLiteral("iamEndpoint"),
                            m_sandbox.huaweiIamEndpoint().toString());
    if (pageSize > 0)
        account.settings.insert(QStringLiteral("pageSize"), pageSize);
    if (auth == Auth::Keys) {
        account.authMethod = QStringLiteral("aksk");
        m_secrets.insert(account.secretKey(QStringLiteral("accessKey")), demo.accessKey.toUtf8());
        m_secrets.insert(account.secretKey(QStringLiteral("secretKey")),
                         secretOverride.isEmpty() ? demo.secretKey.toUtf8() : secretOverride);
    } else {
        account.authMethod = QStringLiteral("password");
        account.settings.insert(QStringLiteral("userName"), demo.userName);
        account.settings.insert(QStringLiteral("domainName"), demo.domainName);
        m_secrets.insert(account.secretKey(QStringLiteral("password")),
                         secretOverride.isEmpty() ? demo.password.toUtf8() : secretOverride);
    }
    return account;
}

std::unique_ptr<HuaweiConnection> HuaweiSandboxFixture::connect(const Account &account)
{
    ProviderContext context;
    context.network = &m_network;
    context.secrets = &m_secrets;
    context.retryPolicy = &m_policy;
    auto connection = m_provider->connect(account, context);
    return std::unique_ptr<HuaweiConnection>(static_cast<HuaweiConnection *>(connection.release()));
}

QList<Backup> HuaweiSandboxFixture::allBackups(ProviderConnection &connection,
                                               const Location &vault)
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

std::optional<Location> HuaweiSandboxFixture::vault(ProviderConnection &connection,
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

std::optional<Backup> HuaweiSandboxFixture::availableBackup(ProviderConnection &connection,
                                                            const QString &resource)
{
    const auto prod
        = vault(connection, QStringLiteral("cn-north-4"), QStringLiteral("vault-prod-servers"));
    if (!prod)
        return std::nullopt;
    for (const Backup &backup : allBackups(connection, *prod)) {
        if (backup.rawState == QLatin1String("available") && backup.sourceResource == resource)
            return backup;
    }
    return std::nullopt;
}

CopyRequest HuaweiSandboxFixture::requestTo(ProviderConnection &connection, const Backup &source,
                                            const QString &region, const QString &vaultName)
{
    CopyRequest request;
    request.source = source;
    if (const auto destination = vault(connection, region, vaultName))
        request.destination = *destination;
    request.name = QStringLiteral("replica-of-") + source.name;
    request.description = QStringLiteral("Made by Copydeck's tests");
    return request;
}

} // namespace Copydeck::Test
