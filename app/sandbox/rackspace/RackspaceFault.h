#pragma once

#include "sandbox/SandboxResponse.h"

#include <QString>

namespace Copydeck::Sandbox {

// A Cloud Databases / Identity fault as Rackspace sends it: one top-level member named after the
// fault type, {"<type>": {"code": <http status>, "message": "...", ["details": "..."]}}.
struct RackspaceFault
{
    int code = 400;
    QString type = QStringLiteral("badRequest");
    QString message;
    QString details;

    static RackspaceFault badRequest(const QString &message);
    static RackspaceFault unauthorized(const QString &message);
    static RackspaceFault forbidden(const QString &message);
    static RackspaceFault itemNotFound(const QString &message);
    static RackspaceFault badMethod(const QString &message);
    static RackspaceFault overLimit(const QString &message);
    static RackspaceFault badMediaType(const QString &message);
    static RackspaceFault unprocessableEntity(const QString &message);
    static RackspaceFault instanceFault(const QString &message);

    SandboxResponse toResponse() const;
};

} // namespace Copydeck::Sandbox
