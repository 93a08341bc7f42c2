#include "SandboxHttpServer.h"

#include "LowDelayTcpServer.h"
#include "SandboxFaults.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTcpSocket>

Q_LOGGING_CATEGORY(lcSandboxHttp, "copydeck.sandbox.http")

namespace Copydeck::Sandbox {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QByteArrayLiteral("PATCH");
    case QHttpServerRequest::Method::Connect:
        return QByteArrayLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace:
        return QByteArrayLiteral("TRACE");
    default:
        return QByteArrayLiteral("UNKNOWN");
    }
}

} // namespace

SandboxHttpServer::SandboxHttpServer(QString name, Handler handler, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_name(std::move(name))
    , m_handler(std::move(handler))
{ }

SandboxHttpServer::~SandboxHttpServer() = default;

bool SandboxHttpServer::start(quint16 port, QString *error)
{
    auto *tcpServer = new LowDelayTcpServer(this);
    if (!tcpServer->listen(QHostAddress::LocalHost, port)) {
        if (error)
            *error = tr("The %1 sandbox cannot listen on 127.0.0.1:%2: %3")
                         .arg(m_name)
                         .arg(port)
                         .arg(tcpServer->errorString());
        delete tcpServer;
        return false;
    }
    // bind() takes the server as is; it must already listen.
    bind(tcpServer);
    m_tcpServer = tcpServer;
    m_port = tcpServer->serverPort();
    qCInfo(lcSandboxHttp) << m_name << "sandbox listening on 127.0.0.1:" << m_port;
    return true;
}

SandboxRequest SandboxHttpServer::incoming(const QHttpServerRequest &request) const
{
    const QUrl url = request.url();
    SandboxRequest incoming;
    incoming.method = methodName(request.method());
    incoming.rawPath = url.path(QUrl::FullyEncoded).toLatin1();
    if (incoming.rawPath.isEmpty())
        incoming.rawPath = QByteArrayLiteral("/");
    incoming.rawQuery = url.query(QUrl::FullyEncoded).toLatin1();
    const auto headers = request.headers();
    incoming.headers.reserve(headers.size());
    for (const auto &header : headers)
        incoming.headers.append({header.first, header.second});
    incoming.body = request.body();
    return incoming;
}

bool SandboxHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    ++m_requestCount;
    if (socket->socketOption(QAbstractSocket::LowDelayOption).toInt() == 0)
        ++m_requestsWithoutLowDelay;

    if (m_faults) {
        if (request.url().path() == QLatin1String("/_sandbox/faults")) {
            SandboxResponse counts;
            counts.headers
                = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}};
            counts.body = QJsonDocument(m_faults->toJson()).toJson(QJsonDocument::Compact);
            write(request, socket, counts);
            return true;
        }
        if (const std::optional<SandboxFault> fault = m_faults->draw(m_name)) {
            serveWithFault(*fault, request, socket);
            return true;
        }
    }
    write(request, socket, m_handler(incoming(request)));
    return true;
}

void SandboxHttpServer::write(const QHttpServerRequest &request, QTcpSocket *socket,
                              const SandboxResponse &response)
{
    auto responder = makeResponder(request, socket);
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    for (const auto &[name, value] : response.headers)
        responder.writeHeader(name, value);
    responder.writeHeader(QByteArrayLiteral("Content-Length"),
                          QByteArray::number(response.body.size()));
    responder.writeBody(response.body);
}

void SandboxHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Not reached: handleRequest() answers every request.
    auto responder = makeResponder(request, socket);
    responder.write(QHttpServerResponder::StatusCode::NotFound);
}

} // namespace Copydeck::Sandbox
