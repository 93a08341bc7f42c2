#include "LowDelayTcpServer.h"

#include <QTcpSocket>

namespace Copydeck::Sandbox {

LowDelayTcpServer::LowDelayTcpServer(QObject *parent)
    : QTcpServer(parent)
{ }

void LowDelayTcpServer::incomingConnection(qintptr socketDescriptor)
{
    // The socket handed to QAbstractHttpServer through nextPendingConnection() is this one, so the
    // option is set on the socket that actually serves the requests.
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    addPendingConnection(socket);
}

} // namespace Copydeck::Sandbox
