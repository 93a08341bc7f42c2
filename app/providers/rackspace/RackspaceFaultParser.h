#pragma once

#include "core/CloudError.h"
#include "core/HttpMessage.h"

#include <QCoreApplication>

namespace Copydeck {

// Reads a Rackspace fault ({"<faultType>": {"code", "message", ["details"]}}: the single top-level
// member names the type) and turns it into a CloudError that keeps Rackspace's words and adds
// Copydeck's explanation and next step.
class RackspaceFaultParser final
{
    Q_DECLARE_TR_FUNCTIONS(RackspaceFaultParser)

public:
    struct Fault
    {
        QString type; // "badRequest", "itemNotFound", ...
        int code = 0;
        QString message;
        QString details;
    };

    static Fault fault(const QByteArray &body);
    // For a response that is not a success. `service` names what answered ("Cloud Databases",
    // "Rackspace Identity").
    static CloudError toCloudError(const HttpResponse &response, const QString &service);
    // Rackspace's answers worth another attempt beyond RetryPolicy's common ones: 413 overLimit is
    // its rate limit (with Retry-After), not a request too large.
    static bool isTransient(const HttpResponse &response);
};

} // namespace Copydeck
