#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpServer>

class QTcpSocket;

namespace Copydeck::Test {

// A tiny HTTP/1.1 server on 127.0.0.1 that answers each request with the next scripted response
// (the last one repeats) and closes the connection. It records what it was sent.
class ScriptedHttpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScriptedHttpServer)

public:
    struct Reply
    {
        int status = 200;
        QByteArray body;
        QList<std::pair<QByteArray, QByteArray>> headers;
    };
    struct Received
    {
        QByteArray requestLine;
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QByteArray header(QByteArrayView name) const;
    };

    explicit ScriptedHttpServer(QList<Reply> script, QObject *parent = nullptr);

    bool listen(); // on 127.0.0.1, any free port
    quint16 port() const { return m_server.serverPort(); }
    const QList<Received> &received() const { return m_received; }

private:
    void accept();
    void read(QTcpSocket *socket);

    QTcpServer m_server;
    QList<Reply> m_script;
    QList<Received> m_received;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace Copydeck::Test
