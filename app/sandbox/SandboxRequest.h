#pragma once

#include "core/HttpMessage.h"

#include <QByteArray>

namespace Copydeck::Sandbox {

// One HTTP request as it arrived on the wire. The path and query stay percent-encoded exactly as
// the client sent them, because signatures are computed over those bytes.
struct SandboxRequest
{
    QByteArray method; // "GET", "PUT", ...
    QByteArray rawPath; // "/backup-vaults/v/recovery-points/arn%3Aaws%3A..."
    QByteArray rawQuery; // without the '?'
    HeaderList headers; // in the order received, names as the client spelled them
    QByteArray body;

    QByteArray header(QByteArrayView name) const { return headerValue(headers, name); }
};

} // namespace Copydeck::Sandbox
