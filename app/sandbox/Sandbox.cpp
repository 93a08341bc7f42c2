#include "Sandbox.h"

#include "SandboxFaults.h"
#include "SandboxHttpServer.h"

#include "aws/AwsBackupSandbox.h"
#include "core/Clock.h"
#include "huawei/HuaweiSandbox.h"
#include "rackspace/RackspaceSandbox.h"
#include "spanner/SpannerSandbox.h"

namespace Copydeck::Sandbox {

Sandbox::Sandbox(QObject *parent)
    : QObject(parent)
    , m_clock(std::make_unique<SystemClock>())
{ }

Sandbox::~Sandbox()
{
    // The modules refer to the clock: they go first.
    delete m_huawei;
    m_huawei = nullptr;
    delete m_rackspace;
    m_rackspace = nullptr;
    delete m_spanner;
    m_spanner = nullptr;
    delete m_aws;
    m_aws = nullptr;
}

bool Sandbox::start(const SandboxOptions &options, QString *error)
{
    if (m_aws) {
        if (error)
            *error = tr("The sandbox is already running.");
        return false;
    }
    auto *aws = new AwsBackupSandbox(*m_clock, options, this);
    if (!aws->start(options.port, error)) {
        delete aws;
        return false;
    }
    auto *spanner = new SpannerSandbox(*m_clock, options, this);
    const quint16 spannerPort = options.port == 0 ? 0 : quint16(options.port + 1);
    if (!spanner->start(spannerPort, error)) {
        delete spanner;
        delete aws;
        return false;
    }
    // Rackspace takes the port two after AWS's (Spanner has the one after it).
    auto *rackspace = new RackspaceSandbox(*m_clock, options, this);
    const quint16 rackspacePort = options.port == 0 ? 0 : quint16(options.port + 2);
    if (!rackspace->start(rackspacePort, error)) {
        delete rackspace;
        delete spanner;
        delete aws;
        return false;
    }
    // Huawei takes the port three after AWS's.
    auto *huawei = new HuaweiSandbox(*m_clock, options, this);
    if (!huawei->start(options.port == 0 ? 0 : quint16(options.port + 3), error)) {
        delete huawei;
        delete rackspace;
        delete spanner;
        delete aws;
        return false;
    }
    m_aws = aws;
    m_spanner = spanner;
    m_rackspace = rackspace;
    m_huawei = huawei;
    // Every module's server, whichever modules there are: faults live in the shared HTTP layer.
    m_faults = std::make_unique<SandboxFaults>(options.faults);
    const QList<SandboxHttpServer *> servers = findChildren<SandboxHttpServer *>();
    for (SandboxHttpServer *server : servers)
        server->setFaults(m_faults.get());
    return true;
}

QUrl Sandbox::awsEndpoint() const
{
    return m_aws ? m_aws->endpoint() : QUrl();
}

QUrl Sandbox::spannerEndpoint() const
{
    return m_spanner ? m_spanner->endpoint() : QUrl();
}

QUrl Sandbox::rackspaceIdentityEndpoint() const
{
    return m_rackspace ? m_rackspace->identityEndpoint() : QUrl();
}

SandboxCredential Sandbox::rackspaceCredential() const
{
    return m_rackspace ? m_rackspace->credential() : SandboxCredential();
}

QString Sandbox::huaweiEndpoint() const
{
    return m_huawei ? m_huawei->cbrEndpointTemplate() : QString();
}

QUrl Sandbox::huaweiIamEndpoint() const
{
    return m_huawei ? m_huawei->iamEndpoint() : QUrl();
}

QList<SandboxCredential> Sandbox::credentials() const
{
    return m_aws ? m_aws->credentials() : QList<SandboxCredential>();
}

QJsonObject Sandbox::startupInfo() const
{
    QJsonObject info;
    if (m_aws)
        info.insert(QStringLiteral("aws"), m_aws->startupInfo());
    if (m_spanner)
        info.insert(QStringLiteral("spanner"), m_spanner->startupInfo());
    if (m_rackspace)
        info.insert(QStringLiteral("rackspace"), m_rackspace->startupInfo());
    if (m_huawei)
        info.insert(QStringLiteral("huawei"), m_huawei->startupInfo());
    return info;
}

void Sandbox::setSpeed(double speed)
{
    if (m_aws)
        m_aws->setSpeed(speed);
    if (m_spanner)
        m_spanner->setSpeed(speed);
    if (m_rackspace)
        m_rackspace->setSpeed(speed);
    if (m_huawei)
        m_huawei->setSpeed(speed);
}

} // namespace Copydeck::Sandbox
