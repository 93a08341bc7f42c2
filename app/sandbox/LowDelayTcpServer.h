#pragma once

#include <QTcpServer>

namespace Copydeck::Sandbox {

// A QTcpServer whose accepted sockets have TCP_NODELAY set. QtHttpServer writes a response in
// several small pieces; with Nagle's algorithm on, a kept-alive connection then waits for the
// client's delayed ACK (about 40 ms) on every request.
class LowDelayTcpServer final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LowDelayTcpServer)

public:
    explicit LowDelayTcpServer(QObject *parent = nullptr);

protected:
    void incomingConnection(qintptr socketDescriptor) override;
};

} // namespace Copydeck::Sandbox
