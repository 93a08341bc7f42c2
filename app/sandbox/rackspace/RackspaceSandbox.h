#pragma once

#include "sandbox/SandboxCredential.h"
#include "sandbox/SandboxOptions.h"
#include "sandbox/SandboxRequest.h"
#include "sandbox/SandboxResponse.h"

#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <memory>

namespace Copydeck {
class Clock;
}

namespace Copydeck::Sandbox {

class RackspaceDatabaseState;
class RackspaceDatabasesApi;
class RackspaceIdentityService;
class SandboxHttpServer;
class SimulatedClock;

// The Rackspace part of the sandbox, on one loopback port:
//   /v2.0/tokens                      Identity v2.0 (API key or password credentials)
//   /<region>/v1.0/<tenant>/...       Cloud Databases v1.0 for that region, region in lower case
//                                     (/dfw/, /iad/, /ord/, /lon/, /hkg/, /syd/)
// A path prefix per region stands for Rackspace's host per region
// (dfw.databases.api.rackspacecloud.com); clients find each region's URL in the service catalog.
class RackspaceSandbox final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RackspaceSandbox)

public:
    RackspaceSandbox(const Clock &wallClock, const SandboxOptions &options,
                     QObject *parent = nullptr);
    ~RackspaceSandbox() override;

    bool start(quint16 port, QString *error = nullptr);
    // http://127.0.0.1:<port>/v2.0/ : where clients POST tokens.
    QUrl identityEndpoint() const;
    QUrl regionUrl(const QString &region, const QString &tenantId) const;
    // The demo user: name, accessKeyId = username, secretAccessKey = API key,
    // accountNumber = tenant id, regions that hold demo data.
    SandboxCredential credential() const;
    QString demoPassword() const;
    // {"identityEndpoint", "accounts":[{"name","username","apiKey","password","tenantId",
    //  "regions"}]}
    QJsonObject startupInfo() const;
    void setSpeed(double speed);

    SandboxResponse handle(const SandboxRequest &request);

    // ---- state access for tests ----
    SandboxHttpServer *httpServer() const { return m_server; }
    RackspaceDatabaseState &state() const;
    RackspaceIdentityService &identity() const { return *m_identity; }
    // The next `count` Cloud Databases requests are refused with Rackspace's rate limit (413
    // overLimit, Retry-After: 0) before anything else is checked.
    void refuseOverLimit(int count) { m_overLimit = count; }
    // The next copy action is carried out, then answered 500 instanceFault (the answer a client
    // sees when the cloud fails after doing the work).
    void failAfterNextCopy() { m_failAfterCopy = true; }

private:
    SandboxResponse route(const SandboxRequest &request);

    std::unique_ptr<SimulatedClock> m_clock;
    std::unique_ptr<RackspaceDatabaseState> m_state;
    std::unique_ptr<RackspaceIdentityService> m_identity;
    std::unique_ptr<RackspaceDatabasesApi> m_api;
    SandboxHttpServer *m_server = nullptr;
    int m_overLimit = 0;
    bool m_failAfterCopy = false;
};

} // namespace Copydeck::Sandbox
