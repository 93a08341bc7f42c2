#include "RackspaceSandboxFixture.h"

#include <QElapsedTimer>
#include <QNetworkProxy>
#include <QTest>

namespace Copydeck::Test {

RackspaceSandboxFixture::RackspaceSandboxFixture()
    : m_provider(QProcessEnvironment())
{
    m_network.setProxy(QNetworkProxy::NoProxy);
}

RackspaceSandboxFixture::~RackspaceSandboxFixture() = default;

bool RackspaceSandboxFixture::start(QString *error)
{
    return m_sandbox.start(Sandbox::SandboxOptions {}, error);
}

Account RackspaceSandboxFixture::demoAccount(int pageSize) const
{
    const Sandbox::SandboxCredential demo = m_sandbox.rackspaceCredential();
    Account account;
    account.id = QStringLiteral("sandbox-rackspace-test");
    account.cloud = QStringLiteral("rackspace");
    account.name = demo.name;
    account.authMethod = QStringLiteral("apiKey");
    account.endpointOverride = m_sandbox.rackspaceIdentityEndpoint();
    account.settings.insert(QStringLiteral("username"), demo.accessKeyId);
    if (pageSize > 0)
        account.settings.insert(QStringLiteral("pageSize"), pageSize);
    return account;
}

std::unique_ptr<RackspaceConnection> RackspaceSandboxFixture::connect(const Account &account,
                                                                      const QByteArray &secret)
{
    const bool password = account.authMethod == QLatin1String("password");
    m_secrets.insert(
        account.secretKey(password ? QStringLiteral("password") : QStringLiteral("apiKey")),
        secret.isEmpty() ? m_sandbox.rackspaceCredential().secretAccessKey.toUtf8() : secret);
    ProviderContext context;
    context.network = &m_network;
    context.secrets = &m_secrets;
    context.retryPolicy = &m_policy;
    std::unique_ptr<ProviderConnection> connection = m_provider.connect(account, context);
    return std::unique_ptr<RackspaceConnection>(
        static_cast<RackspaceConnection *>(connection.release()));
}

std::unique_ptr<RackspaceConnection> RackspaceSandboxFixture::connectDemo(int pageSize)
{
    return connect(demoAccount(pageSize));
}

Location RackspaceSandboxFixture::region(RackspaceConnection &connection, const QString &region)
{
    auto locations = finish(connection.listLocations());
    if (locations && locations->ok()) {
        for (const Location &location : locations->value()) {
            if (location.region == region)
                return location;
        }
    }
    return {};
}

QList<Backup> RackspaceSandboxFixture::allBackups(RackspaceConnection &connection,
                                                  const QString &regionName)
{
    const Location location = region(connection, regionName);
    QList<Backup> backups;
    QString token;
    for (int page = 0; page < 200; ++page) {
        auto result = finish(connection.listBackups(location, token));
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

std::optional<Backup> RackspaceSandboxFixture::backupNamed(RackspaceConnection &connection,
                                                           const QString &regionName,
                                                           const QString &name)
{
    for (const Backup &backup : allBackups(connection, regionName)) {
        if (backup.name == name)
            return backup;
    }
    return std::nullopt;
}

std::optional<CopyRequest> RackspaceSandboxFixture::request(RackspaceConnection &connection,
                                                            const QString &from,
                                                            const QString &name, const QString &to,
                                                            const QString &copyName)
{
    const auto source = backupNamed(connection, from, name);
    if (!source)
        return std::nullopt;
    CopyRequest request;
    request.source = *source;
    request.destination = region(connection, to);
    if (request.destination.region.isEmpty())
        request.destination.region = to;
    request.name = copyName;
    request.description = QStringLiteral("copied by a test");
    return request;
}

CopyJob RackspaceSandboxFixture::follow(RackspaceConnection &connection, CopyJob job,
                                        QList<CopyJobState> *seen, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!job.isTerminal() && timer.elapsed() < timeoutMs) {
        auto polled = finish(connection.pollCopy(job));
        if (!polled || !polled->ok()) {
            qWarning() << "poll failed:" << (polled ? errorText(*polled) : "timed out");
            return job;
        }
        job = polled->value();
        if (seen && (seen->isEmpty() || seen->last() != job.state))
            seen->append(job.state);
        if (!job.isTerminal())
            QTest::qWait(20);
    }
    return job;
}

} // namespace Copydeck::Test
