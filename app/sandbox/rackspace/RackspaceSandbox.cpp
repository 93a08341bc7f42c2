#include "RackspaceSandbox.h"

#include "RackspaceDatabaseState.h"
#include "RackspaceDatabasesApi.h"
#include "RackspaceFault.h"
#include "RackspaceIdentityService.h"
#include "RackspaceSandboxLogging.h"
#include "RackspaceSeed.h"
#include "core/Clock.h"
#include "sandbox/SandboxHttpServer.h"
#include "sandbox/SimulatedClock.h"

#include <QJsonArray>

Q_LOGGING_CATEGORY(lcSandboxRackspace, "copydeck.sandbox.rackspace")

namespace Copydeck::Sandbox {

RackspaceSandbox::RackspaceSandbox(const Clock &wallClock, const SandboxOptions &options,
                                   QObject *parent)
    : QObject(parent)
    , m_clock(std::make_unique<SimulatedClock>(wallClock, options.speed))
    , m_state(std::make_unique<RackspaceDatabaseState>(*m_clock))
    , m_identity(std::make_unique<RackspaceIdentityService>(
          wallClock,
          [this](const QString &region, const QString &tenantId) {
              return regionUrl(region, tenantId);
          }))
    , m_api(std::make_unique<RackspaceDatabasesApi>(*m_state))
{
    m_identity->addUser(RackspaceSeed::demoUser());
    RackspaceSeed::populate(*m_state, options.seed, options.scale, m_state->now());
}

RackspaceSandbox::~RackspaceSandbox() = default;

bool RackspaceSandbox::start(quint16 port, QString *error)
{
    auto *server = new SandboxHttpServer(
        QStringLiteral("Rackspace Cloud Databases"),
        [this](const SandboxRequest &request) { return handle(request); }, this);
    if (!server->start(port, error)) {
        delete server;
        return false;
    }
    // Injected faults (--faults) answer as Rackspace does: one fault object named by its type.
    server->setFaultReply([](int status) { return RackspaceFault::injected(status).toResponse(); });
    m_server = server;
    return true;
}

QUrl RackspaceSandbox::identityEndpoint() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server ? m_server->port() : 0);
    url.setPath(QStringLiteral("/v2.0/"));
    return url;
}

QUrl RackspaceSandbox::regionUrl(const QString &region, const QString &tenantId) const
{
    QUrl url = identityEndpoint();
    url.setPath(QLatin1Char('/') + region.toLower() + QStringLiteral("/v1.0/") + tenantId);
    return url;
}

SandboxCredential RackspaceSandbox::credential() const
{
    const auto user = RackspaceSeed::demoUser();
    SandboxCredential credential;
    credential.cloud = QStringLiteral("rackspace");
    credential.name = QStringLiteral("Cloud Databases");
    credential.accessKeyId = user.username;
    credential.secretAccessKey = user.apiKey;
    credential.accountNumber = user.tenantId;
    credential.regions = RackspaceDatabaseState::regions();
    return credential;
}

QString RackspaceSandbox::demoPassword() const
{
    return RackspaceSeed::demoUser().password;
}

QJsonObject RackspaceSandbox::startupInfo() const
{
    const SandboxCredential demo = credential();
    QJsonObject account;
    account.insert(QStringLiteral("name"), demo.name);
    account.insert(QStringLiteral("username"), demo.accessKeyId);
    account.insert(QStringLiteral("apiKey"), demo.secretAccessKey);
    account.insert(QStringLiteral("password"), demoPassword());
    account.insert(QStringLiteral("tenantId"), demo.accountNumber);
    account.insert(QStringLiteral("regions"), QJsonArray::fromStringList(demo.regions));
    QJsonObject info;
    info.insert(QStringLiteral("identityEndpoint"), identityEndpoint().toString());
    info.insert(QStringLiteral("accounts"), QJsonArray {account});
    return info;
}

void RackspaceSandbox::setSpeed(double speed)
{
    m_state->settle();
    m_clock->setSpeed(speed);
}

RackspaceDatabaseState &RackspaceSandbox::state() const
{
    m_state->settle();
    return *m_state;
}

SandboxResponse RackspaceSandbox::handle(const SandboxRequest &request)
{
    m_state->settle();
    const SandboxResponse response = route(request);
    qCDebug(lcSandboxRackspace).noquote()
        << request.method << QString::fromLatin1(request.rawPath) << response.status;
    return response;
}

SandboxResponse RackspaceSandbox::route(const SandboxRequest &request)
{
    QStringList path;
    for (const QByteArray &segment : request.rawPath.split('/')) {
        if (!segment.isEmpty())
            path << QUrl::fromPercentEncoding(segment);
    }
    if (path == QStringList {QStringLiteral("v2.0"), QStringLiteral("tokens")})
        return m_identity->tokens(request);
    const QString region = path.value(0).toUpper();
    if (path.size() >= 3 && path.at(0) == path.at(0).toLower()
        && RackspaceDatabaseState::regions().contains(region)
        && path.at(1) == QLatin1String("v1.0")) {
        const QString tenantId = path.at(2);
        if (m_overLimit > 0) {
            --m_overLimit;
            SandboxResponse limited
                = RackspaceFault::overLimit(QStringLiteral("Rate limit exceeded: try again later."))
                      .toResponse();
            limited.headers.append({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("0")});
            return limited;
        }
        if (const auto refused = m_identity->authorize(request, tenantId))
            return refused->toResponse();
        SandboxResponse response = m_api->handle(
            request, region, tenantId, regionUrl(region, tenantId).toString(), path.mid(3));
        if (response.status == 202 && m_failAfterCopy) {
            m_failAfterCopy = false;
            return RackspaceFault::instanceFault(QStringLiteral("The server has either erred or is "
                                                                "incapable of performing the "
                                                                "requested operation."))
                .toResponse();
        }
        return response;
    }
    return RackspaceFault::itemNotFound(QStringLiteral("The resource could not be found."))
        .toResponse();
}

} // namespace Copydeck::Sandbox
