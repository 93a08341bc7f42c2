#include "RackspaceFault.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Copydeck::Sandbox {

namespace {

RackspaceFault make(int code, const char *type, const QString &message)
{
    RackspaceFault fault;
    fault.code = code;
    fault.type = QString::fromLatin1(type);
    fault.message = message;
    return fault;
}

} // namespace

RackspaceFault RackspaceFault::badRequest(const QString &message)
{
    return make(400, "badRequest", message);
}

RackspaceFault RackspaceFault::unauthorized(const QString &message)
{
    return make(401, "unauthorized", message);
}

RackspaceFault RackspaceFault::forbidden(const QString &message)
{
    return make(403, "forbidden", message);
}

RackspaceFault RackspaceFault::itemNotFound(const QString &message)
{
    return make(404, "itemNotFound", message);
}

RackspaceFault RackspaceFault::badMethod(const QString &message)
{
    return make(405, "badMethod", message);
}

RackspaceFault RackspaceFault::overLimit(const QString &message)
{
    return make(413, "overLimit", message);
}

RackspaceFault RackspaceFault::badMediaType(const QString &message)
{
    return make(415, "badMediaType", message);
}

RackspaceFault RackspaceFault::unprocessableEntity(const QString &message)
{
    return make(422, "unprocessableEntity", message);
}

RackspaceFault RackspaceFault::instanceFault(const QString &message)
{
    return make(500, "instanceFault", message);
}

RackspaceFault RackspaceFault::serviceUnavailable(const QString &message)
{
    return make(503, "serviceUnavailable", message);
}

RackspaceFault RackspaceFault::injected(int status)
{
    if (status == 429) {
        RackspaceFault fault = make(429, "overLimit", QStringLiteral("Too many requests..."));
        fault.details = QStringLiteral("Only 50 GET request(s) can be made to \"*\" every "
                                       "minute; wait, then try again.");
        return fault;
    }
    if (status == 503)
        return serviceUnavailable(QStringLiteral("The service is not available."));
    RackspaceFault fault = instanceFault(QStringLiteral("The instance has experienced a fault."));
    fault.code = status;
    return fault;
}

SandboxResponse RackspaceFault::toResponse() const
{
    QJsonObject inner;
    inner.insert(QStringLiteral("code"), code);
    inner.insert(QStringLiteral("message"), message);
    if (!details.isEmpty())
        inner.insert(QStringLiteral("details"), details);
    QJsonObject outer;
    outer.insert(type, inner);
    SandboxResponse response;
    response.status = code;
    response.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}};
    response.body = QJsonDocument(outer).toJson(QJsonDocument::Compact);
    return response;
}

} // namespace Copydeck::Sandbox
