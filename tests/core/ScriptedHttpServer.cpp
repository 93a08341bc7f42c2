#include "ScriptedHttpServer.h"

#include <QTcpSocket>

namespace Copydeck::Test {

QByteArray ScriptedHttpServer::Received::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

ScriptedHttpServer::ScriptedHttpServer(QList<Reply> script, QObject *parent)
    : QObject(parent)
    , m_script(std::move(script))
{
    connect(&m_server, &QTcpServer::newConnection, this, &ScriptedHttpServer::accept);
}

bool ScriptedHttpServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void ScriptedHttpServer::accept()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void ScriptedHttpServer::read(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return;
    Received request;
    const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
    request.requestLine = lines.first().trimmed();
    qsizetype contentLength = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = lines[i].left(colon).trimmed();
        const QByteArray value = lines[i].mid(colon + 1).trimmed();
        request.headers.append({name, value});
        if (name.compare("content-length", Qt::CaseInsensitive) == 0)
            contentLength = value.toLongLong();
    }
    if (buffer.size() < headEnd + 4 + contentLength)
        return; // the body is still on its way
    request.body = buffer.mid(headEnd + 4, contentLength);
    buffer.clear();

    const Reply &reply = m_script.at(std::min(m_received.size(), m_script.size() - 1));
    m_received.append(request);
    QByteArray response = "HTTP/1.1 " + QByteArray::number(reply.status) + " Scripted\r\n";
    for (const auto &[name, value] : reply.headers)
        response += name + ": " + value + "\r\n";
    response += "Content-Type: application/json\r\nContent-Length: "
        + QByteArray::number(reply.body.size()) + "\r\nConnection: close\r\n\r\n" + reply.body;
    socket->write(response);
    socket->disconnectFromHost();
}

} // namespace Copydeck::Test
