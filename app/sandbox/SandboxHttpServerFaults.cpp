// SandboxHttpServer under a fault: what the client sees, and whether the module applied the
// request first (SandboxFault says which do).
#include "SandboxHttpServer.h"

#include "SandboxFaults.h"

#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

Q_LOGGING_CATEGORY(lcSandboxFaults, "copydeck.sandbox.faults")

namespace Copydeck::Sandbox {

namespace {

// The response as bytes, for the faults that write it late or cut: QHttpServerResponder keeps a
// reference to the request, which does not outlive handleRequest().
QByteArray rawResponse(const SandboxResponse &response)
{
    QByteArray bytes = QByteArrayLiteral("HTTP/1.1 ") + QByteArray::number(response.status)
        + (response.status < 400 ? QByteArrayLiteral(" OK\r\n") : QByteArrayLiteral(" Error\r\n"));
    for (const auto &[name, value] : response.headers)
        bytes += name + QByteArrayLiteral(": ") + value + QByteArrayLiteral("\r\n");
    bytes += QByteArrayLiteral("Content-Length: ") + QByteArray::number(response.body.size())
        + QByteArrayLiteral("\r\n\r\n") + response.body;
    return bytes;
}

// An RST rather than a FIN: linger 0, then close.
void resetConnection(QTcpSocket *socket)
{
#ifdef Q_OS_UNIX
    const qintptr descriptor = socket->socketDescriptor();
    if (descriptor >= 0) {
        const linger immediate {1, 0};
        ::setsockopt(int(descriptor), SOL_SOCKET, SO_LINGER, &immediate, sizeof immediate);
    }
#endif
    socket->abort();
}

} // namespace

SandboxResponse SandboxHttpServer::faultReply(int status) const
{
    SandboxResponse response;
    if (m_faultReply) {
        response = m_faultReply(status);
    } else {
        response.status = status;
        response.headers
            = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}};
        const QString message = status == 429 ? QStringLiteral("Too many requests.")
            : status == 503                   ? QStringLiteral("The service is unavailable.")
                                              : QStringLiteral("Internal error.");
        response.body = QJsonDocument(QJsonObject {{QStringLiteral("code"), status},
                                                   {QStringLiteral("message"), message}})
                            .toJson(QJsonDocument::Compact);
    }
    if (status == 429 || status == 503)
        response.headers.append({QByteArrayLiteral("Retry-After"),
                                 QByteArray::number(m_faults->plan().retryAfterSeconds)});
    return response;
}

void SandboxHttpServer::serveWithFault(SandboxFault fault, const QHttpServerRequest &request,
                                       QTcpSocket *socket)
{
    const SandboxFaultPlan &plan = m_faults->plan();
    qCInfo(lcSandboxFaults).noquote()
        << m_name << "fault" << SandboxFaultPlan::key(fault) << "on" << request.url().path()
        << (SandboxFaultPlan::appliesRequest(fault) ? "(applied)" : "(not applied)");
    // The module changes its state here for the faults that strike after it.
    SandboxResponse response;
    if (SandboxFaultPlan::appliesRequest(fault))
        response = m_handler(incoming(request));

    const QPointer<QTcpSocket> guarded(socket);
    switch (fault) {
    case SandboxFault::Throttle:
        write(request, socket, faultReply(429));
        return;
    case SandboxFault::Unavailable:
        write(request, socket, faultReply(503));
        return;
    case SandboxFault::InternalError:
        write(request, socket, faultReply(500));
        return;
    case SandboxFault::Reset:
        // Once handleRequest() has returned: the server is still reading from the socket.
        QTimer::singleShot(0, socket, [guarded] {
            if (guarded)
                resetConnection(guarded);
        });
        return;
    case SandboxFault::Slow:
        QTimer::singleShot(plan.slowDelay, socket, [guarded, bytes = rawResponse(response)] {
            if (guarded)
                guarded->write(bytes);
        });
        return;
    case SandboxFault::Truncated:
        if (response.body.size() < 2) {
            // Nothing to cut: answered as is, and not counted.
            m_faults->uncount(fault);
            write(request, socket, response);
            return;
        }
        response.body.truncate(response.body.size() / 2);
        socket->write(rawResponse(response));
        return;
    case SandboxFault::Hang:
        QTimer::singleShot(plan.hangFor, socket, [guarded] {
            if (guarded)
                guarded->abort();
        });
        return;
    }
}

} // namespace Copydeck::Sandbox
