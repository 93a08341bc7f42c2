#pragma once

#include "SandboxFaultPlan.h"
#include "SandboxRequest.h"
#include "SandboxResponse.h"

#include <QAbstractHttpServer>
#include <QString>

#include <functional>

namespace Copydeck::Sandbox {

class LowDelayTcpServer;
class SandboxFaults;

// One cloud's HTTP front: listens on loopback through a LowDelayTcpServer, hands every request to
// the cloud module as a SandboxRequest (raw path, raw query, headers as received) and writes the
// module's SandboxResponse back byte for byte.
//
// With SandboxFaults set, it also puts the plan's faults in front of the module (see SandboxFault
// for which of them let the module apply the request first), and answers GET /_sandbox/faults
// with the counts (never faulted).
class SandboxHttpServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxHttpServer)

public:
    using Handler = std::function<SandboxResponse(const SandboxRequest &)>;
    // The cloud's own error for an injected 429, 500 or 503 (its body shape, error code, request
    // id header). Retry-After is added by the server. Without one: a generic JSON error.
    using FaultReply = std::function<SandboxResponse(int status)>;

    SandboxHttpServer(QString name, Handler handler, QObject *parent = nullptr);
    ~SandboxHttpServer() override;

    // Listens on 127.0.0.1:port (0 = any free port).
    bool start(quint16 port, QString *error = nullptr);
    quint16 port() const { return m_port; }
    QString name() const { return m_name; }

    // Faults to inject (null: none); must outlive the server. Sandbox sets it on every module.
    void setFaults(SandboxFaults *faults) { m_faults = faults; }
    void setFaultReply(FaultReply reply) { m_faultReply = std::move(reply); }

    // Test hooks: how many requests were served, and how many of them arrived on a socket without
    // TCP_NODELAY (always 0 unless the server is wired wrong).
    int requestCount() const { return m_requestCount; }
    int requestsWithoutLowDelay() const { return m_requestsWithoutLowDelay; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    SandboxRequest incoming(const QHttpServerRequest &request) const;
    void write(const QHttpServerRequest &request, QTcpSocket *socket,
               const SandboxResponse &response);
    // Serves the request under a fault; the module's handler runs only when the fault lets it.
    void serveWithFault(SandboxFault fault, const QHttpServerRequest &request, QTcpSocket *socket);
    SandboxResponse faultReply(int status) const;

    QString m_name;
    Handler m_handler;
    FaultReply m_faultReply;
    SandboxFaults *m_faults = nullptr;
    LowDelayTcpServer *m_tcpServer = nullptr;
    quint16 m_port = 0;
    int m_requestCount = 0;
    int m_requestsWithoutLowDelay = 0;
};

} // namespace Copydeck::Sandbox
