#include "CuttingProxy.h"

#include <QTcpSocket>

namespace Copydeck::Test {

CuttingProxy::CuttingProxy(QUrl target, QByteArray cutPrefix, CutAt cutAt, QObject *parent)
    : QObject(parent)
    , m_target(std::move(target))
    , m_cutPrefix(std::move(cutPrefix))
    , m_cutAt(cutAt)
{
    connect(&m_server, &QTcpServer::newConnection, this, &CuttingProxy::accept);
}

CuttingProxy::~CuttingProxy()
{
    for (Link *link : std::as_const(m_links))
        delete link;
}

bool CuttingProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost);
}

QUrl CuttingProxy::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server.serverPort());
    return url;
}

void CuttingProxy::accept()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        auto *link = new Link;
        link->client = client;
        link->server = new QTcpSocket(this);
        client->setParent(this);
        client->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_links.append(link);

        connect(client, &QTcpSocket::readyRead, this, [this, link] { fromClient(link); });
        connect(client, &QTcpSocket::disconnected, this, [this, link] { close(link); });
        connect(link->server, &QTcpSocket::connected, this, [link] {
            link->server->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            link->server->write(link->toServerPending);
            link->toServerPending.clear();
        });
        connect(link->server, &QTcpSocket::readyRead, this, [this, link] { fromServer(link); });
        connect(link->server, &QTcpSocket::disconnected, this, [this, link] { close(link); });
        link->server->connectToHost(m_target.host(), quint16(m_target.port()));
    }
}

void CuttingProxy::fromClient(Link *link)
{
    const QByteArray bytes = link->client->readAll();
    noteRequests(link, bytes);
    if (link->server->state() == QAbstractSocket::ConnectedState)
        link->server->write(bytes);
    else
        link->toServerPending += bytes;
}

// Finds the request lines in the client's stream: headers up to the blank line, then a body of
// Content-Length bytes. HTTP/1.1 clients here send one request at a time on a connection, so the
// next answer from the server is the answer to the last request seen.
void CuttingProxy::noteRequests(Link *link, const QByteArray &bytes)
{
    link->requestBuffer += bytes;
    for (;;) {
        if (link->bodyRemaining > 0) {
            const qint64 skip = std::min<qint64>(link->bodyRemaining, link->requestBuffer.size());
            link->requestBuffer.remove(0, skip);
            link->bodyRemaining -= skip;
            if (link->bodyRemaining > 0)
                return;
        }
        const qsizetype end = link->requestBuffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QByteArray head = link->requestBuffer.left(end);
        link->requestBuffer.remove(0, end + 4);
        const QList<QByteArray> lines = head.split('\n');
        for (const QByteArray &line : lines) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0
                && line.left(colon).trimmed().compare("content-length", Qt::CaseInsensitive) == 0)
                link->bodyRemaining = line.mid(colon + 1).trimmed().toLongLong();
        }
        if (lines.constFirst().startsWith(m_cutPrefix)) {
            ++m_matchingRequests;
            if (m_matchingRequests == 1)
                link->cutNextAnswer = true;
        }
    }
}

qsizetype CuttingProxy::bytesToKeep(const QByteArray &answer) const
{
    if (m_cutAt == CutAt::BeforeAnswer)
        return 0;
    const qsizetype headerEnd = answer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return -1;
    if (m_cutAt == CutAt::InHeaders)
        return headerEnd / 2;
    qint64 length = 0;
    const QList<QByteArray> lines = answer.left(headerEnd).split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0
            && line.left(colon).trimmed().compare("content-length", Qt::CaseInsensitive) == 0)
            length = line.mid(colon + 1).trimmed().toLongLong();
    }
    const qsizetype bodyStart = headerEnd + 4;
    if (answer.size() < bodyStart + length)
        return -1;
    return bodyStart + length / 2;
}

void CuttingProxy::fromServer(Link *link)
{
    const QByteArray bytes = link->server->readAll();
    if (!link->cutNextAnswer) {
        link->client->write(bytes);
        return;
    }
    // The server has answered: part of the answer, or none, reaches the client, then the
    // connection is gone.
    link->answerBuffer += bytes;
    const qsizetype keep = bytesToKeep(link->answerBuffer);
    if (keep < 0)
        return;
    ++m_cutAnswers;
    link->client->write(link->answerBuffer.left(keep));
    link->client->flush();
    close(link); // deletes the link
}

void CuttingProxy::close(Link *link)
{
    if (!m_links.removeOne(link))
        return;
    link->client->disconnect(this);
    link->server->disconnect(this);
    link->client->disconnectFromHost();
    link->server->disconnectFromHost();
    link->client->deleteLater();
    link->server->deleteLater();
    delete link;
}

} // namespace Copydeck::Test
