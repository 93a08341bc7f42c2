#pragma once

#include "core/HttpMessage.h"

#include <QByteArray>

namespace Copydeck::Sandbox {

// One HTTP response; Content-Length is added when it is written.
struct SandboxResponse
{
    int status = 200;
    HeaderList headers;
    QByteArray body;
};

} // namespace Copydeck::Sandbox
