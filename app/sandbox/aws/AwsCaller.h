#pragma once

#include <QString>

namespace Copydeck::Sandbox {

// Who signed a request, and for which region.
struct AwsCaller
{
    QString accessKeyId;
    QString accountId;
    QString region;
};

} // namespace Copydeck::Sandbox
