#pragma once

#include "SandboxRequest.h"
#include "SandboxResponse.h"

#include <QAbstractHttpServer>
#include <QString>

#include <functional>

namespace Copydeck::Sandbox {

class LowDelayTcpServer;

// One cloud's HTTP front: listens on loopback through a LowDelayTcpServer, hands every request to
// the cloud module as a SandboxRequest (raw path, raw query, headers as received) and writes the
// module's SandboxResponse back byte for byte.
class SandboxHttpServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxHttpServer)

public:
    using Handler = std::function<SandboxResponse(const SandboxRequest &)>;

    SandboxHttpServer(QString name, Handler handler, QObject *parent = nullptr);
    ~SandboxHttpServer() override;

    // Listens on 127.0.0.1:port (0 = any free port).
    bool start(quint16 port, QString *error = nullptr);
    quint16 port() const { return m_port; }

    // Test hooks: how many requests were served, and how many of them arrived on a socket without
    // TCP_NODELAY (always 0 unless the server is wired wrong).
    int requestCount() const { return m_requestCount; }
    int requestsWithoutLowDelay() const { return m_requestsWithoutLowDelay; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    QString m_name;
    Handler m_handler;
    LowDelayTcpServer *m_tcpServer = nullptr;
    quint16 m_port = 0;
    int m_requestCount = 0;
    int m_requestsWithoutLowDelay = 0;
};

} // namespace Copydeck::Sandbox
