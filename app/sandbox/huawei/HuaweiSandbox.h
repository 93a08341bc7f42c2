#pragma once

#include "HuaweiSeed.h"
#include "sandbox/SandboxOptions.h"
#include "sandbox/SandboxRequest.h"
#include "sandbox/SandboxResponse.h"

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

namespace Copydeck {
class Clock;
}

namespace Copydeck::Sandbox {

class HuaweiCbrApi;
class HuaweiIdentity;
class HuaweiState;
class SandboxHttpServer;
class SimulatedClock;

// The Huawei Cloud part of the sandbox, on one loopback port. Regions are addressed by a path
// prefix, because one server stands for every region's endpoint:
//
//   IAM (global)        http://127.0.0.1:<port>/v3/auth/tokens, /v3/projects
//   CBR of region R     http://127.0.0.1:<port>/cbr/R/v3/{project_id}/...
//
// so a client's per-region endpoint template is http://127.0.0.1:<port>/cbr/{region}. A project
// id belongs to one region: using it at another region's prefix is refused, as the real
// gateway refuses a token or project of another region.
class HuaweiSandbox final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HuaweiSandbox)

public:
    HuaweiSandbox(const Clock &wallClock, const SandboxOptions &options, QObject *parent = nullptr);
    ~HuaweiSandbox() override;

    bool start(quint16 port, QString *error = nullptr);
    QUrl iamEndpoint() const; // http://127.0.0.1:<port>
    // "http://127.0.0.1:<port>/cbr/{region}"
    QString cbrEndpointTemplate() const;
    QUrl cbrEndpoint(const QString &region) const;
    HuaweiDemoAccount demoAccount() const;
    QString projectId(const QString &region) const;
    // {"endpoint": <template>, "iamEndpoint", "domainName", "userName", "password", "accessKey",
    //  "secretKey", "regions": [...], "projects": {region: id}}
    QJsonObject startupInfo() const;
    void setSpeed(double speed);

    SandboxResponse handle(const SandboxRequest &request);

    // ---- for tests (brought up to the simulated now first) ----
    SandboxHttpServer *httpServer() const { return m_server; }
    HuaweiState &state() const;
    HuaweiIdentity &identity() const { return *m_identity; }

private:
    SandboxResponse route(const SandboxRequest &request, const QByteArray &requestId);

    std::unique_ptr<SimulatedClock> m_clock;
    std::unique_ptr<HuaweiState> m_state;
    std::unique_ptr<HuaweiIdentity> m_identity;
    std::unique_ptr<HuaweiCbrApi> m_cbr;
    SandboxHttpServer *m_server = nullptr;
};

} // namespace Copydeck::Sandbox
