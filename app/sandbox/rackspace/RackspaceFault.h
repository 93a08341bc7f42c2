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
    static RackspaceFault serviceUnavailable(const QString &message);
    // The sandbox's injected faults (--faults): 429 overLimit (ASSUMED: the documented rate limit
    // fault is 413 overLimit; Rackspace's rate limiter, Repose, may answer 429, and the fault plan
    // asks for a 429), 500 instanceFault and 503 serviceUnavailable, worded as the fault table of
    // the Cloud Databases API reference words them.
    static RackspaceFault injected(int status);

    SandboxResponse toResponse() const;
};

} // namespace Copydeck::Sandbox
