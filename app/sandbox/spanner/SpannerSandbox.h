#pragma once

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

class SandboxHttpServer;
class SimulatedClock;
class SpannerOAuth;
class SpannerReadApi;
class SpannerState;
class SpannerWriteApi;

// The Google Cloud Spanner part of the sandbox: the Admin REST v1 API under /v1/ and Google's
// OAuth 2.0 token endpoint at /token, on one loopback port. Every API call needs a bearer token
// that the token endpoint issued.
class SpannerSandbox final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpannerSandbox)

public:
    SpannerSandbox(const Clock &wallClock, const SandboxOptions &options,
                   QObject *parent = nullptr);
    ~SpannerSandbox() override;

    bool start(quint16 port, QString *error = nullptr);
    QUrl endpoint() const; // the API root: http://127.0.0.1:<port>/
    QUrl tokenUri() const; // http://127.0.0.1:<port>/token
    QJsonObject serviceAccountKey() const;
    QJsonObject authorizedUser() const;
    // {"endpoint","tokenUri","projects":[...],"serviceAccountKey":{...},"authorizedUser":{...}}
    QJsonObject startupInfo() const;
    void setSpeed(double speed);

    SandboxResponse handle(const SandboxRequest &request);

    SandboxHttpServer *httpServer() const { return m_server; }
    SpannerState &state() const { return *m_state; }

private:
    SandboxResponse route(const SandboxRequest &request);

    std::unique_ptr<SimulatedClock> m_clock;
    std::unique_ptr<SpannerState> m_state;
    std::unique_ptr<SpannerOAuth> m_oauth;
    std::unique_ptr<SpannerReadApi> m_read;
    std::unique_ptr<SpannerWriteApi> m_write;
    SandboxHttpServer *m_server = nullptr;
};

} // namespace Copydeck::Sandbox
